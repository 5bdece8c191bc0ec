import { defineRule, type Rule } from './rule';

export const blankColumnName: Rule = defineRule('CG105', {
  meta: {
    name: 'blank-column-name',
    description: 'A header cell is empty: its values cannot be mapped to any field.',
    defaultSeverity: 'warning',
    fixable: 'no',
  },
  messages: {
    blank: 'Column {column} has no header: name it (letters, digits and _ only) or delete the column.',
  },
  checkHeader(ctx) {
    for (const column of ctx.columns.columns) {
      if (column.header.trim() !== '') continue;
      ctx.report(blankColumnName, { message: 'blank', args: { column: column.index + 1 }, range: column.range });
    }
  },
});
