import { FIELD_LABELS } from '../columns/headerAliases';
import { cellOf } from './helpers';
import { defineRule, type Rule } from './rule';

export const requiredValue: Rule = defineRule('CG201', {
  meta: {
    name: 'required-value',
    description: 'A required field (First Name, Last Name, Email, Language, Username, Country; Authmode for hybrid SSO) is empty.',
    defaultSeverity: 'error',
    fixable: 'no',
  },
  messages: {
    empty: '{field} is empty: every user needs a {field} ({hint}).',
  },
  checkRecord(record, ctx) {
    const { requiredColumns, requiredFields } = ctx.columns;
    for (let i = 0; i < requiredColumns.length; i++) {
      const col = requiredColumns[i];
      if (col < 0) continue;
      const field = requiredFields[i];
      const cell = cellOf(record, col);
      if (cell < 0) continue; // a short row is CG005's problem
      if (!record.isBlank(col)) continue;
      ctx.report(requiredValue, { message: 'empty', args: { field: FIELD_LABELS[field], hint: HINTS[field] }, range: ctx.cellRange(cell) });
    }
  },
});

const HINTS: Record<string, string> = {
  firstName: 'e.g. Anna',
  lastName: 'e.g. Rossi',
  email: 'e.g. anna.rossi@company.com',
  language: 'ISO 639-1 code, e.g. it',
  username: 'unique and unchangeable, e.g. an employee number',
  country: 'ISO 3166-1 alpha-2 code, e.g. IT',
  authmode: '0 = credentials, 1 = SSO',
};
