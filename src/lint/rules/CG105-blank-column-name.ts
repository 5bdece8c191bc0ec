import { defineRule } from '../api';

export const blankColumnName = defineRule('CG105', {
  meta: {
    name: 'blank-column-name',
    description: 'A header cell is empty: its values cannot be mapped to any field.',
    defaultSeverity: 'warning',
    fixable: 'no',
  },
  messages: {
    blank: 'Column {column} has no header: name it (letters, digits and _ only) or delete the column.',
  },
  create(ctx) {
    return {
      header() {
        for (const column of ctx.columns.columns) {
          if (column.header.trim() !== '') continue;
          ctx.report({ message: 'blank', args: { column: column.index + 1 }, range: column.range });
        }
      },
    };
  },
});
