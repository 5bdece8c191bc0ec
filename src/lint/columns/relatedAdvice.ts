// What to tell an admin whose required column is missing but who has a related value (a UPN, an
// account name, usageLocation...). One sentence per kind, so the whole message translates.
import type { RelatedKind } from './exportAliases';

export const RELATED_ADVICE: Readonly<Record<RelatedKind, string>> = {
  upn: 'Column "{header}" holds the user principal name (UPN): it is often the e-mail address, and it is the username only if your single sign-on maps the UPN as username. Use it as "{column}" only if that is true for your company.',
  accountName: 'Column "{header}" holds the Windows account name: use it as "{column}" only if your single sign-on maps the account name as username.',
  objectId: 'Column "{header}" holds the directory object ID: with Entra ID single sign-on it is often the value mapped as username. Use it as "{column}" only if yours maps it.',
  employeeId: 'Column "{header}" holds the employee ID, a good "{column}" (unique and unchanging) unless your single sign-on maps another value.',
  countryCode: 'Column "{header}" holds the country as a two-letter code: rename it to "{column}" to use it.',
  countryName: 'Column "{header}" holds the country name: rename it to "{column}" and apply the code fixes (CG208).',
  languageTag: 'Column "{header}" holds a language tag such as it-IT: rename it to "{column}" and apply the code fixes (CG207) to keep the two-letter code.',
};
