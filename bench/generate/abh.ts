// A deterministic ABH export of any size, written as a stream: the same N always gives the same
// bytes, so figures from different machines are comparable. Persons vary in names, dates,
// statuses and optional elements the way the real export does (formats/README.md).
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

import { identity, isoDate as date, pad, rng } from './persons.js';

/** Bumped whenever the output changes, so cached files in bench/out are regenerated. */
export const GENERATOR_VERSION = 'g4'; // g4: all 211 nationality keys and 2 % unknown codes

function person(i: number, r: () => number): string {
  const entryYear = 2014 + Math.floor(r() * 10);
  const m = 1 + Math.floor(r() * 12);
  const d = 1 + Math.floor(r() * 28);
  const dulFrom = date(entryYear + 1, m, d);
  const p = identity(i);
  return `  <person>
    <azrNummer>${p.azr}</azrNummer>
    <aktenzeichen>ABH-${pad(i, 7)}</aktenzeichen>
    <familienname>${p.family}</familienname>
    <vornamen>${p.given}</vornamen>
    <geburtsdatum>${p.birth}</geburtsdatum>
    <geschlecht>${i % 2 ? 'm' : 'w'}</geschlecht>
    <staatsangehoerigkeit schluessel="${p.nationality.destatis}"/>
    <wohnort ags="${p.ags}" plz="40822"/>
    <einreise>${date(entryYear, m, d)}</einreise>
    <identitaetGeklaert>${i % 5 ? 'true' : 'false'}</identitaetGeklaert>
    <aufenthalt>
      <status art="gestattung" grundlage="55 AsylG" von="${date(entryYear, m, d)}" bis="${date(entryYear + 1, m, d === 1 ? 1 : d - 1)}"/>
      <status art="duldung" grundlage="§ 60a Abs. 2 S. 1 AufenthG" von="${dulFrom}" bis="${date(2027, m, d)}" taeuschung="${i % 13 === 0}"/>
    </aufenthalt>
${i % 3 === 0 ? `    <sprache niveau="${['A2', 'B1', 'B2'][i % 3]}" art="gesamt" datum="${date(2020 + (i % 5), m, d)}"/>\n` : ''}${i % 4 === 0 ? `    <schule von="${date(entryYear, 8, 20)}" bis="${date(entryYear + 3, 7, 1)}" abschluss="HSA"/>\n` : ''}${i % 2 === 0 ? `    <beschaeftigung von="${date(2022, m, 1)}" bis="" umfang="${i % 4 ? 'vollzeit' : 'teilzeit'}"/>\n` : ''}  </person>
`;
}

/** Writes an ABH export of `persons` persons to `file`; returns its size in bytes. */
export async function generateAbhExport(file: string, persons: number, seed = 20261125, options: { first?: number; art?: 'vollbestand' | 'aenderungen' } = {}): Promise<number> {
  const out = createWriteStream(file, { encoding: 'utf8' });
  const r = rng(seed);
  let bytes = 0;
  const write = async (s: string) => {
    bytes += Buffer.byteLength(s);
    if (!out.write(s)) await once(out, 'drain');
  };
  await write(`<?xml version="1.0" encoding="UTF-8"?>\n<abhExport xmlns="urn:kim-hub:format:abh:1" schemaVersion="1" behoerde="ABH-05158" exportiertAm="2026-11-20T02:15:00+01:00" art="${options.art ?? 'vollbestand'}">\n`);
  const first = options.first ?? 1;
  for (let i = first; i < first + persons; i++) await write(person(i, r));
  await write('</abhExport>\n');
  out.end();
  await once(out, 'finish');
  return bytes;
}
