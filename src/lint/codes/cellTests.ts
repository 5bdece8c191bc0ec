// The quick tests rules declare for the engine's quick pass (RuleDefinition.looksAt): each is a value
// test with an in-place twin that reads the file text where the cell is. Both give the same answer on
// every value (the quick-pass and e-mail equivalence tests check it).
import { cellTest } from '../api/cellTest';
import type { CellTest } from '../api/rule';
import { isCountryCode, isCountryCodeAt } from './countries';
import { isLanguageCode, isLanguageCodeAt } from './languages';
import { mayBeFormulaAt } from './formulaTrigger';
import { isWrittenInCapitals, notInCapitalsAt } from './nameCase';
import { isImportableRole, isImportableRoleAt } from './roles';
import { usernameCharactersAllowed, usernameCharactersAllowedAt, usernameLengthAccepted, usernameLengthAcceptedAt } from './usernames';

/** Empty (CG201's business) or an ISO 639-1 code. */
export const languageCodeOrEmpty: CellTest = cellTest(
  (value) => value === '' || isLanguageCode(value),
  (text, start, end) => start === end || isLanguageCodeAt(text, start, end),
);

/** Empty or an ISO 3166-1 alpha-2 code. */
export const countryCodeOrEmpty: CellTest = cellTest(
  (value) => value === '' || isCountryCode(value),
  (text, start, end) => start === end || isCountryCodeAt(text, start, end),
);

/** Empty or an importable role (CG210 and CG211 share it, so it runs once per cell). */
export const importableRoleOrEmpty: CellTest = cellTest(
  (value) => value === '' || isImportableRole(value),
  (text, start, end) => start === end || isImportableRoleAt(text, start, end),
);

/**
 * A username the three username rules accept: 3 to 255 characters (CG205), all allowed (CG206), so
 * no whitespace either (CG203). They share this one test, so a username is read once per row; when
 * it fails, all three look.
 */
export const usernameAccepted: CellTest = cellTest(
  (value) => usernameLengthAccepted(value) && usernameCharactersAllowed(value),
  (text, start, end) => usernameLengthAcceptedAt(text, start, end) && usernameCharactersAllowedAt(text, start, end),
);

/** Empty, 0 or 1. */
export const authmodeOrEmpty: CellTest = cellTest(
  (value) => value === '' || value === '0' || value === '1',
  (text, start, end) => start === end || (end - start === 1 && (text.charCodeAt(start) === 48 || text.charCodeAt(start) === 49)),
);

/** A name not written in capitals (or with fewer than two letters). */
export const notInCapitals: CellTest = cellTest((value) => !isWrittenInCapitals(value), notInCapitalsAt);

/**
 * A value a spreadsheet would not run as a formula (CG215): the first character settles most cells, so
 * the engine reads it itself and calls the test only for a space, a control character or a trigger.
 */
export const notFormulaStart: CellTest = cellTest(
  (value) => !mayBeFormulaAt(value, 0, value.length),
  (text, start, end) => !mayBeFormulaAt(text, start, end),
  (code) => mayBeFormulaAt(String.fromCharCode(code), 0, 1),
);
