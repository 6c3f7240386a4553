// Parses the legal basis a clerk typed as free text ("§25 II 1 1.Alt. AufenthG",
// "§ 60a Abs. 2 S. 1 AufenthG", "55 AsylG") into statute, paragraph, Absatz, Satz, Nummer and
// Alternative, so the rules can ask "is this § 25 Abs. 1 or 2 AufenthG?" without string guessing.
import type { LegalBasis } from '../generated/kim-types.js';

export type { LegalBasis };

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

export function parseLegalBasis(text: string): LegalBasis | null {
  let rest = text.trim();
  let law: string | undefined;
  for (const [pattern, name] of LAWS) {
    if (pattern.test(rest)) {
      law = name;
      rest = rest.replace(pattern, ' ');
      break;
    }
  }
  if (!law) return null;
  // Normalise punctuation: "1.Alt." → "1 Alt", "Abs.2" → "Abs 2".
  const tokens = rest
    .replace(/§+/g, ' ')
    .replace(/\./g, ' ')
    .replace(/,/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const paragraph = tokens.shift();
  if (!paragraph || !/^\d+[a-z]?$/i.test(paragraph)) return null;
  const result: LegalBasis = { law, paragraph: paragraph.toLowerCase() };

  let expect: 'absatz' | 'satz' | 'nummer' | 'done' = 'absatz';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    const lower = t.toLowerCase();
    if (/^(abs|absatz)$/.test(lower) && next && /^\d+$/.test(next)) {
      result.absatz = Number(next);
      expect = 'satz';
      i++;
    } else if (/^(s|satz)$/.test(lower) && next && /^\d+$/.test(next)) {
      result.satz = Number(next);
      expect = 'nummer';
      i++;
    } else if (/^(nr|nummer)$/.test(lower) && next && /^\d+$/.test(next)) {
      result.nummer = Number(next);
      expect = 'done';
      i++;
    } else if (/^\d+$/.test(t) && next && /^(alt|alternative)$/i.test(next)) {
      result.alternative = Number(t);
      i++;
    } else if (ROMAN[t] !== undefined && expect === 'absatz') {
      result.absatz = ROMAN[t];
      expect = 'satz';
    } else if (/^\d+$/.test(t) && expect === 'satz') {
      result.satz = Number(t);
      expect = 'nummer';
    } else if (/^\d+$/.test(t) && expect === 'nummer') {
      result.nummer = Number(t);
      expect = 'done';
    } else if (/^(kap|kapitel)$/.test(lower)) {
      // "SGB XII 3. Kap." names a chapter, not a paragraph: not a citation of a §.
      return null;
    } else {
      return null;
    }
  }
  return result;
}

/** "§ 25 Abs. 2 Satz 1 AufenthG" */
export function formatLegalBasis(b: LegalBasis): string {
  let s = `§ ${b.paragraph}`;
  if (b.absatz) s += ` Abs. ${b.absatz}`;
  if (b.satz) s += ` Satz ${b.satz}`;
  if (b.nummer) s += ` Nr. ${b.nummer}`;
  if (b.alternative) s += ` Alt. ${b.alternative}`;
  return `${s} ${b.law}`;
}
