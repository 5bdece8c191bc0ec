import type { RelatedKind } from '../columns/exportAliases';
import { FIELD_LABELS } from '../columns/headerAliases';
import type { ColumnMap } from '../columns/mapColumns';
import type { FieldName } from '../types';
import { RELATED_ADVICE } from '../columns/relatedAdvice';
import { defineRule } from '../api';

const MISSING = 'Required column "{column}" is missing';

/** For a username, the values admins usually map first: the account name, the employee ID, the object ID, the UPN. */
const KIND_ORDER: readonly RelatedKind[] = ['accountName', 'employeeId', 'objectId', 'upn', 'countryCode', 'countryName', 'languageTag'];

function bestRelated(columns: ColumnMap['relatedColumns'], field: FieldName): ColumnMap['relatedColumns'][number] | undefined {
  const candidates = columns.filter((c) => c.related.fields.includes(field));
  candidates.sort((a, b) => KIND_ORDER.indexOf(a.related.kind) - KIND_ORDER.indexOf(b.related.kind));
  return candidates[0];
}

export const missingColumn = defineRule('CG101', {
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
  create(ctx) {
    return {
      header() {
        const columns = ctx.columns.columns;
        const headerRow = ctx.header;
        if (!headerRow || columns.length === 0) return;
        const range = ctx.headerRange;
        for (const field of ctx.columns.requiredFields) {
          if (ctx.columns.fieldColumns[field].length > 0) continue;
          const column = FIELD_LABELS[field];
          const related = bestRelated(ctx.columns.relatedColumns, field);
          if (!related) {
            ctx.report({ message: 'missing', args: { column }, range });
            continue;
          }
          const header = columns[related.index].header.trim();
          ctx.report({
            message: `missing_${related.related.kind}`,
            args: { column, header },
            range,
            // Never in fix-all: which value is the username or the e-mail is the admin's decision.
            fixes: () => [ctx.fix('useAs', { header, column }, [ctx.edits.replaceCell(headerRow, related.index, column)], false)],
          });
        }
      },
    };
  },
});
