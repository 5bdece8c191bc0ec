import { cellOf } from './helpers';
import { defineRule, type Rule } from './rule';

export const requiredValue: Rule = defineRule('CG201', {
  meta: {
    name: 'required-value',
    description: 'A required field (First Name, Last Name, Email, Language, Username, Country; Authmode for hybrid SSO) is empty.',
    defaultSeverity: 'error',
    fixable: 'no',
  },
  // One message per field, so that each reads naturally once translated.
  messages: {
    firstName: 'First Name is empty: every user needs a first name.',
    lastName: 'Last Name is empty: every user needs a last name.',
    email: 'Email is empty: every user needs an e-mail address (e.g. anna.rossi@company.com).',
    language: 'Language is empty: every user needs an ISO 639-1 language code (e.g. it).',
    username: 'Username is empty: every user needs a unique username that will never change (e.g. an employee number).',
    country: 'Country is empty: every user needs an ISO 3166-1 alpha-2 country code (e.g. IT).',
    authmode: 'Authmode is empty: with hybrid SSO every user needs 0 (login with credentials) or 1 (SSO login).',
  },
  quickAccept: [{ columns: (ctx) => ctx.columns.requiredColumns.filter((col) => col >= 0), accepts: 'non-empty' }],
  checkRecord(record, ctx) {
    const { requiredColumns, requiredFields } = ctx.columns;
    for (let i = 0; i < requiredColumns.length; i++) {
      const col = requiredColumns[i];
      if (col < 0) continue;
      const field = requiredFields[i];
      const cell = cellOf(record, col);
      if (cell < 0) continue; // a short row is CG005's problem
      if (!record.isBlank(col)) continue;
      ctx.report(requiredValue, { message: field, args: {}, range: ctx.cellRange(cell) });
    }
  },
});
