import { describe, expect, it } from 'vitest';
import { formatLegalBasis, parseLegalBasis } from './legal-basis.js';

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

  it.each([['nach Ermessen'], ['SGB XII 3. Kap.'], ['§ AufenthG'], [''], ['§ 25 Abs. zwei AufenthG']])(
    'gives null for "%s", which names no paragraph of a known statute',
    (text) => {
      expect(parseLegalBasis(text)).toBeNull();
    },
  );

  it('formats a parsed basis the way a citation is written', () => {
    expect(formatLegalBasis(parseLegalBasis('§25 II 1 1.Alt. AufenthG')!)).toBe('§ 25 Abs. 2 Satz 1 Alt. 1 AufenthG');
  });
});
