// Values as exports write them: locale tags, language and country names, formula-like cells (src/lint/codes).
import * as assert from 'node:assert/strict';
import { isFormulaLike, suggestCountryCode, suggestLanguageCode } from '../../../../src/lint/codes';

describe('value normalisation', () => {
  it('locale tags and language names in English, Italian and their own language give the ISO 639-1 code', () => {
    const cases: [string, string][] = [
      ['it-IT', 'it'],
      ['en_US', 'en'],
      ['pt-BR', 'pt'],
      ['de_DE', 'de'],
      ['Italian', 'it'],
      ['Italiano', 'it'],
      ['Deutsch', 'de'],
      ['Français', 'fr'],
      ['Tedesco', 'de'],
      ['Spanisch', 'es'],
      ['inglés', 'en'],
      ['IT', 'it'],
    ];
    for (const [value, code] of cases) assert.equal(suggestLanguageCode(value), code, value);
    assert.equal(suggestLanguageCode('Klingonese'), undefined);
  });

  it('country names and aliases give the alpha-2 code', () => {
    const cases: [string, string][] = [
      ['Italy', 'IT'],
      ['Italia', 'IT'],
      ['United Kingdom', 'GB'],
      ['UK', 'GB'],
      ['Deutschland', 'DE'],
      ['Allemagne', 'DE'],
      ['España', 'ES'],
      ['Brasil', 'BR'],
      ['Francia', 'FR'],
      // Italian as the package writes it and as the runtime (ICU) does.
      ["Stati Uniti d'America", 'US'],
      ['Stati Uniti', 'US'],
      ['Repubblica Ceca', 'CZ'],
      ['Cechia', 'CZ'],
      ['it', 'IT'],
      ['ITA', 'IT'],
    ];
    for (const [value, code] of cases) assert.equal(suggestCountryCode(value), code, value);
    assert.equal(suggestCountryCode('Atlantis'), undefined);
  });

  it('tells formula-like cells from plain numbers', () => {
    for (const value of ['=1+1', '+SUM(A1)', '-2+3', '@cmd', '  =HYPERLINK("x")', '\t=1', '\u0001=1', '+cmd|\' /C calc\'!A0']) {
      assert.equal(isFormulaLike(value), true, JSON.stringify(value));
    }
    for (const value of ['-5', '+39', '-3.5', '1e5', 'Anna', '-', '=', 'a=b', '', ' -12,5', '+39 333 1234567', '+1 (555) 123-4567']) {
      assert.equal(isFormulaLike(value), false, JSON.stringify(value));
    }
  });
});
