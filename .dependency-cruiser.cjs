// The layer rules of README "Where things live", checked by `npm run deps` in CI instead of by
// memory. Written for the house layout of issue 16 (src/api/, src/store/, workers/); where the
// tree has not moved yet (src/service/ still mixes HTTP, queues and SQL) it is left unconstrained.
// Paths are relative to the repository root; node built-ins appear as `fs` or `node:fs`.

/** Node built-ins that reach the disk, the network or other processes. */
const IO_BUILTINS = '^(node:)?(fs|fs/promises|net|http|https|http2|tls|dgram|dns|child_process|cluster|worker_threads)$';
/** Packages that persist, enqueue, serve or send. */
const pkg = (names) => `^node_modules/(@types/)?(${names.join('|')})/`;
const STORAGE_AND_QUEUES = ['pg', 'pg-[^/]+', 'ioredis', 'bullmq'];
const HTTP = ['express', 'helmet', 'busboy', '@bull-board/[^/]+'];
const OUTSIDE_WORLD = [...STORAGE_AND_QUEUES, ...HTTP, 'nodemailer', 'exceljs'];

const CORE = '^src/(kim|rules|consent|linkage|routing)/';
/** Tests and their fixtures may read files; the rules are about what ships. */
const TESTS = '(\\.test\\.ts$|/test-[^/]+\\.ts$)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      comment: 'The core (kim, rules, consent, linkage, routing) decides; it reads no disk, opens no socket, ' + 'and knows nothing of the store, the API or the workers (STYLE.md point 2).',
      severity: 'error',
      // No exceptions: the code lists and the policy file are read by src/nationality-codes.ts and
      // src/policy-file.ts; the core parses the text they hand it.
      from: { path: CORE, pathNot: TESTS },
      to: {
        path: [IO_BUILTINS, pkg(OUTSIDE_WORLD), '^src/(store|api|service|web)/', '^workers/'],
      },
    },
    {
      name: 'adapters-persist-nothing',
      comment: "An adapter turns a delivery into records; storing and enqueueing them is the workers' job.",
      severity: 'error',
      from: { path: '^adapters/', pathNot: TESTS },
      to: { path: [pkg(STORAGE_AND_QUEUES), '^src/(store|api|service)/', '^workers/'] },
    },
    {
      name: 'store-knows-no-http-or-queues',
      comment: 'SQL answers the same whether an HTTP route, a worker or the CLI asks.',
      severity: 'error',
      from: { path: '^src/store/', pathNot: TESTS },
      to: { path: [pkg([...HTTP, 'bullmq']), '^src/(api|web|service)/', '^workers/'] },
    },
    {
      name: 'workers-know-no-http',
      comment: 'A stage runs from a queue; it must not depend on how the API answers.',
      severity: 'error',
      from: { path: '^workers/', pathNot: TESTS },
      to: { path: [pkg(HTTP), '^src/(api|web)/'] },
    },
    {
      name: 'no-circular',
      comment: 'A cycle makes the load order an accident and the layers meaningless.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'code-ships-no-tests',
      comment: 'What ships must not import a test or a test helper.',
      severity: 'error',
      from: { pathNot: [TESTS, '^tests/', '^bench/', '^vitest(\\.faults)?\\.config\\.ts$'] },
      to: { path: [TESTS, '^tests/', 'node_modules/vitest/'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^dist/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.mjs', '.cjs', '.json', '.d.ts'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
