// docker-compose.yml describes the production layout; no Docker engine runs in CI, so this test
// reads the file and checks what the layout promises.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../src/paths.js';

const compose = parse(readFileSync(path.join(projectRoot, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, { command?: string[]; healthcheck?: unknown; deploy?: { replicas?: number }; volumes?: string[]; environment?: Record<string, string>; depends_on?: Record<string, { condition: string }> }>;
};

describe('docker-compose.yml', () => {
  it('has redis, postgres, api, worker and scheduler, each with a health check, and a one-shot migrate service', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['api', 'migrate', 'postgres', 'redis', 'scheduler', 'worker']);
    for (const [name, s] of Object.entries(compose.services)) if (name !== 'migrate') expect(s.healthcheck, name).toBeDefined();
  });

  it('migrates as the owner, and runs the processes as kim_app with the audit key (issue 14, finding 8)', () => {
    expect(compose.services.migrate!.command).toEqual(['db-roles']);
    expect(compose.services.migrate!.environment!.KIM_MIGRATE_DATABASE_URL).toMatch(/^postgres:\/\/kim:/);
    for (const s of ['api', 'worker', 'scheduler']) {
      const service = compose.services[s]!;
      expect(service.environment!.DATABASE_URL, s).toMatch(/^postgres:\/\/kim_app:/);
      expect(service.environment!.KIM_AUDIT_KEY, s).toBe('${KIM_AUDIT_KEY:-}');
      expect(service.environment!.KIM_MIGRATE_DATABASE_URL, s).toBeUndefined();
      expect(service.depends_on!.migrate, s).toEqual({ condition: 'service_completed_successfully' });
    }
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
