// Parses the legal basis a clerk typed as free text ("§25 II 1 1.Alt. AufenthG",
// "§ 60a Abs. 2 S. 1 AufenthG", "55 AsylG", "§ 104 c AufenthG", "§ 25 Abs. 4a AufenthG",
// "§ 25 (2) AufenthG", "§ 25 Absatz 2 Satz 1 Alternative 2 AufenthG", "§ 25 Abs. 5 i.V.m.
// § 60a Abs. 2 AufenthG") into statute, paragraph, Absatz, Satz, Nummer and Alternative, so the
// rules can ask "is this § 25 Abs. 1 or 2 AufenthG?" without string guessing (RULES.md,
// *Legal bases as typed*, change 14). A text it cannot read gives null, never a guess.
import type { LegalBasis } from '../generated/kim-types.js';

export type { LegalBasis };

/**
 * The full reading of a legal basis. `absatz` is a string because an Absatz can carry a letter
 * ("4a"); the stored fact (schema `LegalBasis`) has a numeric Absatz only, see `toStored`.
 */
export interface LegalBasisReading {
  law: string;
  paragraph: string;
  absatz?: string;
  satz?: number;
  nummer?: number;
  alternative?: number;
}

// Longest names first so "SGB XII" is not read as "SGB II" + rest.
const LAWS: ReadonlyArray<[RegExp, string]> = [
  [/\bAufenthG\b/i, 'AufenthG'],
  [/\bAsylVfG\b/i, 'AsylG'], // the AsylG's name until 2015; old files still say it
  [/\bAsylbLG\b/i, 'AsylbLG'],
  [/\bAsylG\b/i, 'AsylG'],
  [/\bStAG\b/i, 'StAG'],
  [/\bFreiz[üu]gG\/EU\b/i, 'FreizügG/EU'],
  [/\bBeschV\b/i, 'BeschV'],
  [/\bSGB\s*XII\b/i, 'SGB XII'],
  [/\bSGB\s*II\b/i, 'SGB II'],
];

const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8, IX: 9, X: 10 };

/** "i.V.m.", "iVm", "i. V. m.", "in Verbindung mit": what follows is a second citation. */
const COMBINED = /\bi\s*\.?\s*V\s*\.?\s*m\b\.?|\bin\s+Verbindung\s+mit\b/i;

function findLaw(text: string): [string, string] | null {
  for (const [pattern, name] of LAWS) if (pattern.test(text)) return [name, text.replace(pattern, ' ')];
  return null;
}

// Clerks type the same few dozen bases thousands of times: each text is read once. Bounded, as
// the texts come from exports; a reading is frozen because it is shared.
const READINGS_KEPT = 2_000;
const readings = new Map<string, LegalBasisReading | null>();

/** Reads the first citation of `text`; null when it names no paragraph of a known statute or has parts it cannot place. */
export function readLegalBasis(text: string): LegalBasisReading | null {
  const known = readings.get(text);
  if (known !== undefined) return known;
  const reading = readUncached(text);
  if (readings.size >= READINGS_KEPT) readings.clear();
  readings.set(text, reading && Object.freeze(reading));
  return reading;
}

function readUncached(text: string): LegalBasisReading | null {
  // A combined citation: the first one counts ("§ 25 Abs. 5 i.V.m. § 60a Abs. 2" is § 25 Abs. 5);
  // the statute may be named only once, at the end.
  const [first, ...others] = text.trim().split(COMBINED);
  const found = findLaw(first!) ?? (others.length ? findLaw(others.join(' ')) : null);
  if (!found) return null;
  const law = found[0];
  const rest = findLaw(first!) ? found[1] : first!;
  // Normalise: "§ 104 c" → "104c", "Abs. 4 a" → "Abs 4a", "(2)" → "Abs 2", "1.Alt." → "1 Alt".
  const tokens = rest
    .replace(/§+/g, ' ')
    .replace(/(\d)\s+([a-h])(?![\w.])/g, '$1$2')
    .replace(/\((\d+[a-h]?)\)/g, ' Abs $1 ')
    .replace(/[.,]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const paragraph = tokens.shift();
  if (!paragraph || !/^\d+[a-z]?$/i.test(paragraph)) return null;
  const result: LegalBasisReading = { law, paragraph: paragraph.toLowerCase() };

  let expect: 'absatz' | 'satz' | 'nummer' | 'done' = 'absatz';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    const lower = t.toLowerCase();
    if (/^(abs|absatz)$/.test(lower) && next && /^\d+[a-h]?$/.test(next)) {
      result.absatz = next.toLowerCase();
      expect = 'satz';
      i++;
    } else if (/^(s|satz)$/.test(lower) && next && /^\d+$/.test(next)) {
      result.satz = Number(next);
      expect = 'nummer';
      i++;
    } else if (/^(nr|nummer|ziff|ziffer)$/.test(lower) && next && /^\d+$/.test(next)) {
      result.nummer = Number(next);
      expect = 'done';
      i++;
    } else if (/^(alt|alternative|var|variante)$/.test(lower) && next && /^\d+$/.test(next)) {
      // "Alt. 2", "Alternative 2"
      result.alternative = Number(next);
      i++;
    } else if (/^\d+$/.test(t) && next && /^(alt|alternative|var|variante)$/i.test(next)) {
      // "2. Alt."
      result.alternative = Number(t);
      i++;
    } else if (ROMAN[t] !== undefined && expect === 'absatz') {
      result.absatz = String(ROMAN[t]);
      expect = 'satz';
    } else if (/^\d+$/.test(t) && expect === 'satz') {
      result.satz = Number(t);
      expect = 'nummer';
    } else if (/^\d+$/.test(t) && expect === 'nummer') {
      result.nummer = Number(t);
      expect = 'done';
    } else {
      // Anything else ("Kap." of "SGB XII 3. Kap.", "Buchst.", a word) is a form we do not
      // know: better no reading than a wrong one.
      return null;
    }
  }
  return result;
}

/**
 * The reading as a stored fact holds it (schema `LegalBasis`, numeric Absatz). A lettered
 * Absatz ("4a") has no numeric form, and storing 4 would name another permit: the stored basis
 * then stops at the paragraph, and the rules read the Absatz from the kept text (`legalBasisText`).
 */
export function toStored(r: LegalBasisReading): LegalBasis {
  if (r.absatz !== undefined && !/^\d+$/.test(r.absatz)) return { law: r.law, paragraph: r.paragraph };
  return {
    law: r.law,
    paragraph: r.paragraph,
    ...(r.absatz !== undefined ? { absatz: Number(r.absatz) } : {}),
    ...(r.satz !== undefined ? { satz: r.satz } : {}),
    ...(r.nummer !== undefined ? { nummer: r.nummer } : {}),
    ...(r.alternative !== undefined ? { alternative: r.alternative } : {}),
  };
}

export function parseLegalBasis(text: string): LegalBasis | null {
  const r = readLegalBasis(text);
  return r ? toStored(r) : null;
}

/** A stored basis as a reading (for facts built before the text was kept, or without it). */
export function fromStored(b: LegalBasis): LegalBasisReading {
  const { absatz, ...rest } = b;
  return { ...rest, ...(absatz !== undefined ? { absatz: String(absatz) } : {}) };
}

/** "§ 25 Abs. 2 Satz 1 AufenthG" */
export function formatLegalBasis(b: LegalBasis | LegalBasisReading): string {
  let s = `§ ${b.paragraph}`;
  if (b.absatz) s += ` Abs. ${b.absatz}`;
  if (b.satz) s += ` Satz ${b.satz}`;
  if (b.nummer) s += ` Nr. ${b.nummer}`;
  if (b.alternative) s += ` Alt. ${b.alternative}`;
  return `${s} ${b.law}`;
}
