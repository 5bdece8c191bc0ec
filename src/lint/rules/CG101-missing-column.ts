import { FIELD_LABELS } from '../columns/headerAliases';
import { RELATED_ADVICE } from '../columns/relatedAdvice';
import { headerOf } from './helpers';
import { defineRule, type Rule } from './rule';

const MISSING = 'Required column "{column}" is missing';

export const missingColumn: Rule = defineRule('CG101', {
  meta: {
    name: 'missing-column',
    description: 'A required column (First Name, Last Name, Email, Language, Username, Country; Authmode for hybrid SSO) is absent.',
    defaultSeverity: 'error',
    fixable: 'unsafe',
  },
  messages: {
    missing: `${MISSING}: add a column with this header (or map your header to it in .cyberguru.json).`,
    ...Object.fromEntries(Object.entries(RELATED_ADVICE).map(([kind, advice]) => [`missing_${kind}`, `${MISSING}. ${advice}`])),
    useAs: 'Use "{header}" as "{column}" (rename the header)',
  },
  checkHeader(ctx) {
    const columns = ctx.columns.columns;
    if (!ctx.header || columns.length === 0) return;
    const range = { start: columns[0].range.start, end: columns[columns.length - 1].range.end };
    for (const field of ctx.columns.requiredFields) {
      if (ctx.columns.fieldColumns[field].length > 0) continue;
      const column = FIELD_LABELS[field];
      const related = ctx.columns.relatedColumns.find((c) => c.related.fields.includes(field));
      if (!related) {
        ctx.report(missingColumn, { message: 'missing', args: { column }, range });
        continue;
      }
      const header = headerOf(ctx, related.index);
      const cell = ctx.header.firstCell + related.index;
      ctx.report(missingColumn, {
        message: `missing_${related.related.kind}`,
        args: { column, header },
        range,
        // Never in fix-all: which value is the username or the e-mail is the admin's decision.
        fixes: () => [ctx.fix(missingColumn, 'useAs', { header, column }, [ctx.replaceCell(cell, column)], false)],
      });
    }
  },
});
