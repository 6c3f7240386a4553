// The OpenAPI 3.1 document of the API, served at /openapi.json. Its schemas are the $defs of
// schemas/api.schema.json, the same ones the API validates requests with (OpenAPI 3.1 speaks
// JSON Schema 2020-12), so the document cannot promise what the checks do not enforce.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { schemasDir } from '../paths.js';

type Json = Record<string, unknown>;

/** The $defs with their refs pointing into components/schemas. */
function componentSchemas(): Record<string, Json> {
  const raw = readFileSync(path.join(schemasDir, 'api.schema.json'), 'utf8').replaceAll('"#/$defs/', '"#/components/schemas/');
  return (JSON.parse(raw) as { $defs: Record<string, Json> }).$defs;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: Json, description: string) => ({ description, content: { 'application/json': { schema } } });
const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: ref('Problem') } } });
const refusals = {
  '401': problem('no credentials, or a token or key that is invalid (KIM_ERR_AUTH_UNAUTHENTICATED)'),
};
const personal = { ...refusals, '404': problem('not found, or not yours to see (another recipient or tenant): the two are not told apart') };
const operations = { ...refusals, '403': problem('your role or key scope does not allow this (KIM_ERR_AUTH_FORBIDDEN)') };

/** Query parameters from an object schema of the contract. */
function queryParameters(defs: Record<string, Json>, name: string) {
  const props = (defs[name]!.properties ?? {}) as Record<string, Json>;
  return Object.entries(props).map(([param, schema]) => ({ name: param, in: 'query', required: false, schema, ...(schema.description ? { description: schema.description } : {}) }));
}

const pathId = (name: string, description: string, pattern?: string) => ({ name, in: 'path', required: true, description, schema: { type: 'string', ...(pattern ? { pattern } : {}) } });
const recipient = pathId('recipient', 'a case manager user id, or an ABH/EBB authority id');
const signalId = pathId('id', 'signal id', '^[0-9]+$');
const importId = pathId('id', 'import id', '^[0-9a-f-]{36}$');
const ebbId = pathId('ebb', 'the EBB authority id, e.g. EBB-05158');

function healthPaths(): Json {
  return {
    '/healthz': { get: { summary: 'the process is up', tags: ['operations'], security: [], responses: { '200': json({ type: 'object' }, 'up') } } },
    '/readyz': { get: { summary: 'Redis and PostgreSQL reachable, migrations current', tags: ['operations'], security: [], responses: { '200': json({ type: 'object' }, 'ready'), '503': json({ type: 'object' }, 'not ready') } } },
    '/openapi.json': { get: { summary: 'this document', tags: ['operations'], security: [], responses: { '200': json({ type: 'object' }, 'the OpenAPI document') } } },
    '/metrics': {
      get: {
        summary: 'Prometheus metrics (aggregates only); it_admin or a key with scope metrics',
        tags: ['operations'],
        responses: { '200': { description: 'metrics', content: { 'text/plain': { schema: { type: 'string' } } } }, ...operations },
      },
    },
  };
}

function importPaths(defs: Record<string, Json>): Json {
  return {
    '/imports': {
      post: {
        summary: 'upload an export (streamed to the spool); it_admin, or a key with scope imports for its own sources and authority (403 KIM_ERR_AUTH_KEY_SCOPE otherwise)',
        tags: ['imports'],
        parameters: queryParameters(defs, 'ImportQuery'),
        requestBody: { required: true, content: { 'multipart/form-data': { schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', contentMediaType: 'application/octet-stream' } } } } } },
        responses: { '202': json(ref('ImportStatus'), 'queued'), '400': problem('no file or an unknown source'), '413': problem('larger than KIM_UPLOAD_MAX_BYTES; nothing is imported'), ...operations },
      },
    },
    '/imports/{id}': { get: { summary: "an import's status and figures", tags: ['imports'], parameters: [importId], responses: { '200': json(ref('ImportStatus'), 'status'), '404': problem('no such import'), ...operations } } },
    '/imports/{id}/replay': {
      post: {
        summary: "run an import's file again while the hub still keeps it (an import with rejected records, for KIM_REPLAY_DAYS); it_admin",
        tags: ['imports'],
        parameters: [importId],
        responses: { '202': json(ref('ImportStatus'), 'the new import'), '404': problem('no such import'), '410': problem('the export has been read and is no longer kept (the hub keeps no export once read)'), ...operations },
      },
    },
    '/imports/{id}/confirm': {
      post: {
        summary: 'confirm a held full snapshot (status held): it closes what it no longer contains; it_admin, audited',
        tags: ['imports'],
        parameters: [importId],
        responses: { '200': json(ref('ImportStatus'), 'confirmed, linking'), '404': problem('no such import'), '409': problem('the import is not held'), ...operations },
      },
    },
    '/quarantine': {
      get: {
        summary: 'rejected records, without their values, or (kind=warning) the values outside code lists of accepted records; it_admin',
        tags: ['imports'],
        parameters: queryParameters(defs, 'QuarantineQuery'),
        responses: { '200': json({ type: 'array', items: ref('QuarantineEntry') }, 'rejections or warnings'), '400': problem('invalid query'), ...operations },
      },
    },
  };
}

function inboxPaths(defs: Record<string, Json>): Json {
  const entry = { parameters: [recipient, signalId] };
  const stateChange = (what: string) => ({ summary: what, tags: ['inbox'], responses: { '200': json(ref('InboxDetail'), 'the entry after the change'), ...personal } });
  return {
    '/inbox/{recipient}': {
      get: {
        summary: "a recipient's inbox, a page at a time (deadlines first, none last): the owner only",
        tags: ['inbox'],
        parameters: [recipient, ...queryParameters(defs, 'InboxQuery')],
        responses: {
          '200': {
            ...json({ type: 'array', items: ref('InboxEntry') }, 'one page of entries: `limit` of them unless it is the last page'),
            headers: {
              Link: {
                description: 'RFC 8288: `<…>; rel="next"`, the next page (same filters and limit, its cursor) when there is one; absent on the last page',
                schema: { type: 'string' },
              },
            },
          },
          '400': problem('invalid query, a limit outside 1–500, or a cursor the hub did not hand out (KIM_ERR_REQUEST_INVALID)'),
          ...personal,
        },
      },
    },
    '/inbox/{recipient}/signals/{id}': { ...entry, get: { summary: 'one entry with its explanation and conditions', tags: ['inbox'], responses: { '200': json(ref('InboxDetail'), 'the entry'), ...personal } } },
    '/inbox/{recipient}/signals/{id}/acknowledge': { ...entry, post: stateChange('acknowledge an entry') },
    '/inbox/{recipient}/signals/{id}/done': { ...entry, post: stateChange('mark an entry done') },
  };
}

function listPaths(defs: Record<string, Json>): Json {
  return {
    '/backlog/{ebb}': {
      get: {
        summary: "an EBB's pending naturalisation applications (ebb_b3 of that EBB): days pending, overdue, readiness for a decision; JSON, CSV or XLSX",
        tags: ['backlog'],
        parameters: [ebbId, ...queryParameters(defs, 'BacklogQuery')],
        responses: {
          '200': {
            description: 'the list',
            content: {
              'application/json': { schema: { type: 'array', items: { type: 'object' } } },
              'text/csv': { schema: { type: 'string' } },
              'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: { type: 'string', contentMediaType: 'application/octet-stream' } },
            },
          },
          '400': problem('invalid query'),
          ...personal,
        },
      },
    },
    '/outreach/{ebb}': {
      get: {
        summary: "the naturalisation campaign's outreach list (ebb_b3 of that EBB), only where the policy file enables it and names a basis or a consent purpose; JSON or CSV",
        tags: ['backlog'],
        parameters: [ebbId, ...queryParameters(defs, 'OutreachQuery')],
        responses: {
          '200': { description: 'the list', content: { 'application/json': { schema: { type: 'array', items: { type: 'object' } } }, 'text/csv': { schema: { type: 'string' } } } },
          '400': problem('invalid query'),
          ...personal,
        },
      },
    },
    '/report': {
      get: {
        summary: 'the controlling report (coordinator): per municipality and month, person counts with fewer than five suppressed; JSON or CSV',
        tags: ['report'],
        parameters: queryParameters(defs, 'ReportQuery'),
        responses: {
          '200': { description: 'the report', content: { 'application/json': { schema: { type: 'object' } }, 'text/csv': { schema: { type: 'string' } } } },
          '400': problem('invalid query or a period past the report date'),
          ...operations,
        },
      },
    },
  };
}

export function openApiDocument(version: string): Json {
  const defs = componentSchemas();
  return {
    openapi: '3.1.0',
    info: {
      title: 'kim-hub API',
      version,
      description: 'Integration hub of the Kommunales Integrationsmanagement (KIM) NRW. Every read of personal data is written to the audit log; send X-Purpose to state why.',
      license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
    },
    security: [{ bearer: [] }],
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'An OIDC access token of the identity provider (JWT with kim_tenant), or an API key kimk_<id>.<secret> of an export job.' },
      },
      schemas: defs,
    },
    paths: {
      ...healthPaths(),
      ...importPaths(defs),
      ...inboxPaths(defs),
      ...listPaths(defs),
      '/admin/queues': {
        get: { summary: 'the BullMQ dashboard (bull-board); it_admin. Job data are ids only.', tags: ['operations'], responses: { '200': { description: 'HTML', content: { 'text/html': { schema: { type: 'string' } } } }, ...operations } },
      },
    },
  };
}
