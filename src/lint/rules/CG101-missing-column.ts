import { FIELD_LABELS } from '../columns/headerAliases';
import { defineRule } from '../api';

export const missingColumn = defineRule('CG101', {
  meta: {
    name: 'missing-column',
    description: 'A required column (First Name, Last Name, Email, Language, Username, Country; Authmode for hybrid SSO) is absent.',
    defaultSeverity: 'error',
    fixable: 'no',
  },
  messages: {
    missing: 'Required column "{column}" is missing: add a column with this header (or map your header to it in .cyberguru.json).',
  },
  create(ctx) {
    return {
      header() {
        const columns = ctx.columns.columns;
        if (!ctx.header || columns.length === 0) return;
        const range = ctx.headerRange;
        for (const field of ctx.columns.requiredFields) {
          if (ctx.columns.fieldColumns[field].length === 0) {
            ctx.report({ message: 'missing', args: { column: FIELD_LABELS[field] }, range });
          }
        }
      },
    };
  },
});
