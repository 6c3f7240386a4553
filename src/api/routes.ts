// The routes an Express app really answers, read from its router stack: what the OpenAPI
// document is checked against (tests/service-auth.test.ts), so neither can name a route the
// other lacks.
import type express from 'express';

export interface AppRoute {
  /** lower-case HTTP method, or 'use' for a router of its own mounted at `path` (the queue dashboard) */
  method: string;
  /** in OpenAPI's form: /inbox/{recipient} */
  path: string;
}

interface Layer {
  route?: { path: string; methods: Record<string, boolean> };
  rawPath?: unknown;
  /** a Router has its stack; an Express app mounted as middleware has its router */
  handle: { stack?: Layer[]; router?: { stack: Layer[] } };
}

const openApiPath = (p: string) => p.replace(/:(\w+)/g, '{$1}');

function walk(stack: Layer[], prefix: string, out: AppRoute[]): void {
  for (const layer of stack) {
    if (layer.route) {
      for (const method of Object.keys(layer.route.methods)) out.push({ method, path: openApiPath(prefix + layer.route.path) });
      continue;
    }
    const inner = layer.handle.stack ?? layer.handle.router?.stack;
    if (!inner) continue; // plain middleware
    const mount = typeof layer.rawPath === 'string' && layer.rawPath !== '/' ? layer.rawPath : '';
    // A router or app mounted at a path of its own (bull-board) is one entry: its inner routes are its own business.
    if (mount) out.push({ method: 'use', path: openApiPath(prefix + mount) });
    else walk(inner, prefix, out);
  }
}

/** Every route of the app, once per path and method. */
export function appRoutes(app: express.Express): AppRoute[] {
  const out: AppRoute[] = [];
  walk((app as unknown as { router: { stack: Layer[] } }).router.stack, '', out);
  const seen = new Set<string>();
  return out.filter((r) => !seen.has(`${r.method} ${r.path}`) && seen.add(`${r.method} ${r.path}`));
}
