// Generates src/generated/kim-types.ts from the JSON Schemas in schemas/: the schemas are the
// contract and the TypeScript types follow them, never the other way round.
// `node scripts/generate-types.mjs --check` exits 1 when the committed file is stale.
import { compile } from 'json-schema-to-typescript';
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const schemasDir = path.join(root, 'schemas');
const target = path.join(root, 'src', 'generated', 'kim-types.ts');

export async function generate() {
  const files = readdirSync(schemasDir).filter((f) => f.endsWith('.schema.json')).sort();
  // One synthetic root that references every schema, so each type is declared exactly once.
  const bundle = {
    title: 'KimSchemaBundle',
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(files.map((f) => [f.replace('.schema.json', ''), { $ref: f }])),
  };
  const ts = await compile(bundle, 'KimSchemaBundle', {
    cwd: schemasDir,
    bannerComment:
      '/* GENERATED FILE: do not edit. Source: schemas/*.schema.json; run `npm run generate:types`. */',
    additionalProperties: false,
    strictIndexSignatures: true,
    format: true,
    ignoreMinAndMaxItems: true,
    $refOptions: { resolve: { http: false } },
  });
  return ts;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const ts = await generate();
  if (process.argv.includes('--check')) {
    const current = readFileSync(target, 'utf8');
    if (current !== ts) {
      console.error('src/generated/kim-types.ts is stale: run `npm run generate:types`');
      process.exit(1);
    }
  } else {
    writeFileSync(target, ts);
    console.log(`wrote ${path.relative(root, target)}`);
  }
}
