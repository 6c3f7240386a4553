// The other offices' exports of the generated city, each in its real format and encoding
// (formats/README.md): Jobcenter CSV in Windows-1252, Sozialamt XML in ISO-8859-15, EBB CSV
// with BOM, and the case managers' consents. Persons are chosen by index, so the same person
// appears with the same identity in every export.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import iconv from 'iconv-lite';
import { germanDate, identity, pad } from './persons.js';

async function writeLines(file: string, lines: Iterable<string>, encode: (s: string) => Buffer): Promise<number> {
  const out = createWriteStream(file);
  let bytes = 0;
  let chunk = '';
  const flush = async () => {
    const buf = encode(chunk);
    bytes += buf.length;
    if (!out.write(buf)) await once(out, 'drain');
    chunk = '';
  };
  for (const line of lines) {
    chunk += line;
    if (chunk.length > 64 * 1024) await flush();
  }
  await flush();
  out.end();
  await once(out, 'finish');
  return bytes;
}

/** Persons first..first+count-1 as Jobcenter customers with an ongoing SGB II period. */
export function generateJobcenter(file: string, first: number, count: number): Promise<number> {
  function* rows() {
    yield 'Kundennummer;BG-Nummer;AZR-Nummer;Familienname;Vorname;Geburtsdatum;Staatsangehörigkeit;PLZ;Wohnort-AGS;Leistungsbeginn;Leistungsende;Erwerbstätig;Beschäftigungsumfang;Erwerbseinkommen;Bedarf;Kinder unter 18;Alleinerziehend;Sprachniveau;Stand\r\n';
    for (let i = first; i < first + count; i++) {
      const p = identity(i);
      const working = i % 3 === 0;
      yield `962D${pad(i, 7)};96201//${pad(i, 7)};${p.azr};${p.family};${p.given};${germanDate(p.birth)};${p.nationality.adjective};40822;${p.ags};01.0${1 + (i % 9)}.2025;;${working ? 'ja' : 'nein'};${working ? 'Teilzeit' : ''};${working ? '900,00' : ''};1.450,00;${i % 4 === 0 ? 1 : 0};nein;B1;19.11.2026\r\n`;
    }
  }
  return writeLines(file, rows(), (s) => iconv.encode(s, 'win1252'));
}

/** Persons as Sozialamt cases with AsylbLG benefits. */
export function generateSozialamt(file: string, first: number, count: number): Promise<number> {
  function* parts() {
    yield '<?xml version="1.0" encoding="ISO-8859-15"?>\n<SozExport Stand="20.11.2026" Traeger="Kreis Mettmann, Sozialamt">\n';
    for (let i = first; i < first + count; i++) {
      const p = identity(i);
      yield `  <Fall Az="50.3-${pad(i, 7)}">\n    <Person AZR="${p.azr}"><Name>${p.family.toUpperCase()}, ${p.given}</Name><GebDat>${germanDate(p.birth)}</GebDat><StAng>${p.nationality.iso3}</StAng><AGS>${p.ags}</AGS></Person>\n    <Leistung Rechtsgrundlage="AsylbLG § 3" Beginn="05.0${1 + (i % 9)}.2024" Ende=""/>\n  </Fall>\n`;
    }
    yield '</SozExport>\n';
  }
  return writeLines(file, parts(), (s) => iconv.encode(s, 'ISO-8859-15'));
}

/** Persons with a pending naturalisation application. */
export function generateEbb(file: string, first: number, count: number): Promise<number> {
  function* rows() {
    yield '\uFEFFAntragsnummer;Eingangsdatum;AZR-Nummer;Familienname;Vorname;Geburtsdatum;Staatsangehörigkeit;Status;Sprachnachweis;Einbürgerungstest;Letzte Bearbeitung;Fehlende Unterlagen;Sachbearbeitung\r\n';
    for (let i = first; i < first + count; i++) {
      const p = identity(i);
      yield `EB-2026-${pad(i, 7)};${pad(1 + (i % 28))}.0${1 + (i % 9)}.2026;${p.azr};${p.family};${p.given};${germanDate(p.birth)};${p.nationality.iso3};in Prüfung;B1 (01.05.2018);bestanden (20.11.2025);02.10.2026;;Team ${1 + (i % 3)}\r\n`;
    }
  }
  return writeLines(file, rows(), (s) => Buffer.from(s, 'utf8'));
}

/** Consents of the given persons for all sources, to one of two case managers. */
export function generateConsents(file: string, indexes: Iterable<number>): Promise<number> {
  function* rows() {
    yield 'einwilligung_id;person_azr;ki_aktenzeichen;familienname;vornamen;geburtsdatum;erteilt_am;gueltig_bis;widerrufen_am;quellen;kategorien;empfaenger;zweck;fallmanager;nachweis\n';
    for (const i of indexes) {
      const p = identity(i);
      yield `EW-G-${pad(i, 7)};${p.azr};KI-G-${pad(i, 7)};${p.family};${p.given};${p.birth};2026-01-01;2028-01-01;;abh|sozialamt|jobcenter;stammdaten|aufenthalt|leistungen|arbeit|bildung_sprache;case_manager;integrationsbegleitung;cm-000${1 + (i % 2)};KI-Ablage\n`;
    }
  }
  return writeLines(file, rows(), (s) => Buffer.from(s, 'utf8'));
}
