// docker-compose.yml describes the production layout; no Docker engine runs in CI, so this test
// reads the file and checks what the layout promises.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../src/paths.js';

const compose = parse(readFileSync(path.join(projectRoot, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, { command?: string[]; healthcheck?: unknown; deploy?: { replicas?: number }; volumes?: string[]; environment?: Record<string, string> }>;
};

describe('docker-compose.yml', () => {
  it('has redis, postgres, api, worker and scheduler, each with a health check', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['api', 'postgres', 'redis', 'scheduler', 'worker']);
    for (const [name, s] of Object.entries(compose.services)) expect(s.healthcheck, name).toBeDefined();
  });

  it('runs Redis with AOF and maxmemory-policy noeviction', () => {
    const cmd = compose.services.redis!.command!.join(' ');
    expect(cmd).toMatch(/--appendonly yes/);
    expect(cmd).toMatch(/--maxmemory-policy noeviction/);
  });

  it('keeps PostgreSQL data in a volume and runs workers as replicas', () => {
    expect(compose.services.postgres!.volumes!.join(' ')).toMatch(/:\/var\/lib\/postgresql\/data/);
    expect(compose.services.worker!.deploy!.replicas).toBeGreaterThanOrEqual(2);
  });

  it('starts each process role with its kim-hub command and the same configuration', () => {
    expect(compose.services.api!.command).toEqual(['api']);
    expect(compose.services.worker!.command).toEqual(['worker']);
    expect(compose.services.scheduler!.command).toEqual(['scheduler']);
    for (const s of ['api', 'worker', 'scheduler']) expect(compose.services[s]!.environment!.DATABASE_URL).toMatch(/^postgres:\/\//);
  });
});
