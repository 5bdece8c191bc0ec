import { defineRule } from '../api';

export const requiredValue = defineRule('CG201', {
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
  looksAt: (ctx) => [{ columns: ctx.columns.requiredColumns.filter((col) => col >= 0), accepts: 'non-empty' }],
  create(ctx) {
    return {
      row(row) {
        const { requiredColumns, requiredFields } = ctx.columns;
        for (let i = 0; i < requiredColumns.length; i++) {
          const col = requiredColumns[i];
          // A short row is CG005's problem.
          if (!row.has(col) || !row.isBlank(col)) continue;
          ctx.report({ message: requiredFields[i], range: row.cellRange(col) });
        }
      },
    };
  },
});
