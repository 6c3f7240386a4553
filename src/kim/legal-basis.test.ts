import { describe, expect, it } from 'vitest';
import { formatLegalBasis, parseLegalBasis, readLegalBasis } from './legal-basis.js';

describe('parseLegalBasis', () => {
  it.each([
    ['§ 60a Abs. 2 S. 1 AufenthG', { law: 'AufenthG', paragraph: '60a', absatz: 2, satz: 1 }],
    ['§25 II 1 1.Alt. AufenthG', { law: 'AufenthG', paragraph: '25', absatz: 2, satz: 1, alternative: 1 }],
    ['§ 25 Abs. 2 S. 1 1. Alt. AufenthG', { law: 'AufenthG', paragraph: '25', absatz: 2, satz: 1, alternative: 1 }],
    ['§ 104c AufenthG', { law: 'AufenthG', paragraph: '104c' }],
    ['55 AsylG', { law: 'AsylG', paragraph: '55' }],
    ['§ 55 Abs. 1 AsylG', { law: 'AsylG', paragraph: '55', absatz: 1 }],
    ['§ 60a II 1 AufenthG', { law: 'AufenthG', paragraph: '60a', absatz: 2, satz: 1 }],
    ['§ 28 Abs. 1 S. 1 Nr. 1 AufenthG', { law: 'AufenthG', paragraph: '28', absatz: 1, satz: 1, nummer: 1 }],
    ['AsylbLG § 3', { law: 'AsylbLG', paragraph: '3' }],
    ['§ 1a AsylbLG', { law: 'AsylbLG', paragraph: '1a' }],
    ['§ 55 AsylVfG', { law: 'AsylG', paragraph: '55' }],
  ])('reads "%s" as the statute, paragraph and parts it names', (text, expected) => {
    expect(parseLegalBasis(text)).toEqual(expected);
  });

  // RULES.md, *Legal bases as typed* (change 14): the forms seen in the ABH exports.
  it.each([
    ['§ 104 c AufenthG', { law: 'AufenthG', paragraph: '104c' }],
    ['§ 60 b AufenthG', { law: 'AufenthG', paragraph: '60b' }],
    ['§ 25 Absatz 2 Satz 1 Nummer 3 Alternative 2 AufenthG', { law: 'AufenthG', paragraph: '25', absatz: 2, satz: 1, nummer: 3, alternative: 2 }],
    ['§ 25 Absatz 2 Satz 1 Alternative 2 AufenthG', { law: 'AufenthG', paragraph: '25', absatz: 2, satz: 1, alternative: 2 }],
    ['§ 25 (2) AufenthG', { law: 'AufenthG', paragraph: '25', absatz: 2 }],
    ['§ 25 (1) S. 1 AufenthG', { law: 'AufenthG', paragraph: '25', absatz: 1, satz: 1 }],
    ['§ 25 Abs. 2 S. 1 2. Alt. AufenthG', { law: 'AufenthG', paragraph: '25', absatz: 2, satz: 1, alternative: 2 }],
    ['§ 25 Abs. 2 Satz 1 Alt. 2 AufenthG', { law: 'AufenthG', paragraph: '25', absatz: 2, satz: 1, alternative: 2 }],
    ['§ 25 Abs. 5 i.V.m. § 60a Abs. 2 AufenthG', { law: 'AufenthG', paragraph: '25', absatz: 5 }],
    ['§ 25 Abs. 5 AufenthG i. V. m. § 60a Abs. 2 AufenthG', { law: 'AufenthG', paragraph: '25', absatz: 5 }],
    ['§ 25 Abs. 5 iVm Art. 8 EMRK AufenthG', { law: 'AufenthG', paragraph: '25', absatz: 5 }],
  ])('reads the typed form "%s" as the citation it names, the first one when combined', (text, expected) => {
    expect(parseLegalBasis(text)).toEqual(expected);
  });

  it('reads a lettered Absatz in full, and stores it without a numeric Absatz that would name another permit', () => {
    expect(readLegalBasis('§ 25 Abs. 4a AufenthG')).toEqual({ law: 'AufenthG', paragraph: '25', absatz: '4a' });
    expect(readLegalBasis('§ 25 Abs. 4 b S. 1 AufenthG')).toEqual({ law: 'AufenthG', paragraph: '25', absatz: '4b', satz: 1 });
    expect(readLegalBasis('§ 60a (2b) AufenthG')).toEqual({ law: 'AufenthG', paragraph: '60a', absatz: '2b' });
    expect(parseLegalBasis('§ 25 Abs. 4a AufenthG')).toEqual({ law: 'AufenthG', paragraph: '25' });
  });

  it.each([['nach Ermessen'], ['SGB XII 3. Kap.'], ['§ AufenthG'], [''], ['§ 25 Abs. zwei AufenthG'], ['§ 25 Abs. 2 Buchst. a AufenthG'], ['i.V.m. § 60a AufenthG']])(
    'gives null for "%s", which names no paragraph of a known statute or a part it cannot place',
    (text) => {
      expect(parseLegalBasis(text)).toBeNull();
    },
  );

  it('formats a parsed basis the way a citation is written', () => {
    expect(formatLegalBasis(parseLegalBasis('§25 II 1 1.Alt. AufenthG')!)).toBe('§ 25 Abs. 2 Satz 1 Alt. 1 AufenthG');
    expect(formatLegalBasis(readLegalBasis('§ 25 Abs. 4a AufenthG')!)).toBe('§ 25 Abs. 4a AufenthG');
  });
});
