import { FIELD_LABELS } from '../columns/headerAliases';
import type { ColumnInfo } from '../types';
import { defineRule } from '../api';

export const duplicateColumn = defineRule('CG102', {
  meta: {
    name: 'duplicate-column',
    description: 'A header other than `roles` appears twice, or two headers map to the same field: the import cannot tell which one to use.',
    defaultSeverity: 'error',
    fixable: 'no',
  },
  messages: {
    sameHeader: 'Column "{header}" appears twice (first in column {first}): rename or remove one of them; only `roles` may repeat.',
    sameField: 'Columns "{first}" and "{header}" both map to {field}: keep one of them.',
    related: 'First column',
  },
  create(ctx) {
    return {
      header() {
        const byHeader = new Map<string, ColumnInfo>();
        const byField = new Map<string, ColumnInfo>();
        for (const column of ctx.columns.columns) {
          const header = column.header.trim();
          if (column.field === 'roles' || header === '') continue;
          const earlier = byHeader.get(header.toLowerCase());
          const sameField = column.field !== 'organization' ? byField.get(column.field) : undefined;
          const related = (first: ColumnInfo) => () => [{ message: duplicateColumn.messages.related, range: first.range }];
          if (earlier) {
            ctx.report({
              message: 'sameHeader',
              args: { header, first: earlier.index + 1 },
              range: column.range,
              related: related(earlier),
            });
          } else if (sameField) {
            ctx.report({
              message: 'sameField',
              args: { header, first: sameField.header.trim(), field: FIELD_LABELS[column.field as keyof typeof FIELD_LABELS] },
              range: column.range,
              related: related(sameField),
            });
          }
          if (!earlier) byHeader.set(header.toLowerCase(), column);
          if (column.field !== 'organization' && !sameField) byField.set(column.field, column);
        }
      },
    };
  },
});
