// Generates src/generated/kim-types.ts (the types) and src/generated/enums.ts (every enum as an
// `as const` list) from the JSON Schemas in schemas/: the schemas are the contract and the code
// follows them, never the other way round, so no list of sources, categories or roles is copied
// by hand. `node scripts/generate-types.mjs --check` exits 1 when a committed file is stale.
import { compile } from 'json-schema-to-typescript';
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const schemasDir = path.join(root, 'schemas');
const target = path.join(root, 'src', 'generated', 'kim-types.ts');
const enumsTarget = path.join(root, 'src', 'generated', 'enums.ts');

function schemaFiles() {
  return readdirSync(schemasDir)
    .filter((f) => f.endsWith('.schema.json'))
    .sort();
}

export async function generate() {
  const files = schemaFiles();
  // One synthetic root that references every schema, so each type is declared exactly once.
  const bundle = {
    title: 'KimSchemaBundle',
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(files.map((f) => [f.replace('.schema.json', ''), { $ref: f }])),
  };
  const ts = await compile(bundle, 'KimSchemaBundle', {
    cwd: schemasDir,
    bannerComment: '/* GENERATED FILE: do not edit. Source: schemas/*.schema.json; run `npm run generate:types`. */',
    additionalProperties: false,
    strictIndexSignatures: true,
    format: true,
    ignoreMinAndMaxItems: true,
    $refOptions: { resolve: { http: false } },
  });
  return ts;
}

const upperSnake = (name) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .toUpperCase();
const UNCOUNTABLE = new Set(['evidence']);
function plural(word) {
  if (UNCOUNTABLE.has(word.toLowerCase())) return word;
  if (/[^aeiou]y$/i.test(word)) return word.slice(0, -1) + 'ies';
  if (/(s|x|ch|sh)$/i.test(word)) return word + 'es';
  return word + 's';
}
function singular(word) {
  if (/ies$/.test(word)) return word.slice(0, -3) + 'y';
  if (/ases$/.test(word)) return word.slice(0, -2) + 'is';
  if (/s$/.test(word)) return word.slice(0, -1);
  return word;
}

/**
 * The name of an enum's list, from where it sits: a titled enum is named by its title (`Category`
 * → CATEGORIES); a property enum by its definition (less a trailing "Fact") and the property path,
 * array properties in the singular (`LanguageFact.level` → LANGUAGE_LEVELS,
 * `OutputSignal.conditions[].outcome` → OUTPUT_SIGNAL_CONDITION_OUTCOMES); a property that repeats
 * the end of its owner's name is said once (`ImportStatus.status` → IMPORT_STATUSES).
 */
function enumName(parts, title) {
  if (title) return upperSnake(plural(title));
  const words = [...parts];
  const last = words.pop();
  const owner = words.join('_');
  const name = owner.toLowerCase().endsWith(last.toLowerCase()) ? owner : `${owner}_${last}`;
  const split = name.split('_');
  split.push(plural(split.pop()));
  return upperSnake(split.join('_'));
}

function collectEnums(node, parts, where, out) {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node.enum)) {
    const values = node.enum.filter((v) => v !== null);
    out.push({ name: enumName(parts, node.title), values, where });
  }
  for (const [key, child] of Object.entries(node)) {
    if (key === 'enum' || typeof child !== 'object' || child === null) continue;
    if (key === '$defs' || key === 'properties') {
      for (const [name, def] of Object.entries(child)) {
        const own = key === '$defs' ? [name.replace(/Fact$/, '')] : [...parts, name];
        collectEnums(def, own, `${where}/${key}/${name}`, out);
      }
    } else if (key === 'items') {
      collectEnums(child, [...parts.slice(0, -1), singular(parts.at(-1))], `${where}/items`, out);
    } else if (!Array.isArray(child)) {
      collectEnums(child, parts, `${where}/${key}`, out);
    } else {
      child.forEach((c, i) => collectEnums(c, parts, `${where}/${key}/${i}`, out));
    }
  }
}

/** src/generated/enums.ts: each schema enum as a readonly list in the schema's order, without null. */
export function generateEnums() {
  const found = [];
  for (const file of schemaFiles()) {
    const schema = JSON.parse(readFileSync(path.join(schemasDir, file), 'utf8'));
    const base = file.replace('.schema.json', '').replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase());
    collectEnums(schema, [base], `${file}#`, found);
  }
  const byName = new Map();
  for (const e of found) {
    const seen = byName.get(e.name);
    if (seen && JSON.stringify(seen.values) !== JSON.stringify(e.values)) throw new Error(`two different enums would both be called ${e.name} (${seen.where}, ${e.where}): give one a title`);
    if (!seen) byName.set(e.name, e);
  }
  const lines = [
    '/* GENERATED FILE: do not edit. Source: schemas/*.schema.json; run `npm run generate:types`. */',
    "// Every enum of the schemas as a readonly list in the schema's order; null, where a field allows",
    '// it, means "not known" and is not listed.',
    '',
  ];
  for (const e of [...byName.values()].sort((a, b) => a.name.localeCompare(b.name))) {
    lines.push(`/** ${e.where} */`);
    lines.push(`export const ${e.name} = [${e.values.map((v) => JSON.stringify(v).replace(/^"|"$/g, "'")).join(', ')}] as const;`);
  }
  return lines.join('\n') + '\n';
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const outputs = [
    [target, await generate()],
    [enumsTarget, generateEnums()],
  ];
  for (const [file, text] of outputs) {
    if (process.argv.includes('--check')) {
      if (readFileSync(file, 'utf8') !== text) {
        console.error(`${path.relative(root, file)} is stale: run \`npm run generate:types\``);
        process.exitCode = 1;
      }
    } else {
      writeFileSync(file, text);
      console.log(`wrote ${path.relative(root, file)}`);
    }
  }
}
