import { isWhitespaceCode, trimWhitespace } from './helpers';
import { defineRule, type RecordView, type Rule, type RuleContext } from './rule';

export const surroundingWhitespace: Rule = defineRule('CG204', {
  meta: {
    name: 'surrounding-whitespace',
    description: 'A cell (or header) starts or ends with whitespace, which can make values fail to match (codes, roles, duplicates).',
    defaultSeverity: 'warning',
    fixable: 'safe',
  },
  messages: {
    whitespace: '"{value}" has leading or trailing whitespace: remove it.',
    trim: 'Trim whitespace: "{to}"',
  },
  checkHeader(ctx) {
    if (ctx.header) check(ctx.header, ctx);
  },
  checkRecord: check,
});

function check(record: RecordView, ctx: RuleContext): void {
  const table = ctx.table;
  const text = table.text;
  const base = table.base;
  const usernameColumns = ctx.columns.fieldColumns.username;
  for (let col = 0; col < record.cellCount; col++) {
    const cell = record.firstCell + col;
    const start = table.contentStart(cell) - base;
    const end = table.contentEnd(cell) - base;
    if (end <= start || (!isWhitespaceCode(text.charCodeAt(start)) && !isWhitespaceCode(text.charCodeAt(end - 1)))) continue;
    const value = record.values[col];
    const trimmed = trimWhitespace(value);
    if (trimmed === value) continue;
    // A username cannot be changed after import: never part of fix-all. Blank cells are CG201's.
    const safe = record.record === 0 || !usernameColumns.includes(col);
    if (trimmed === '') continue;
    ctx.report(surroundingWhitespace, {
      message: 'whitespace',
      args: { value },
      range: ctx.cellRange(cell),
      fixes: () => [ctx.fix(surroundingWhitespace, 'trim', { to: trimmed }, [ctx.replaceCell(cell, trimmed)], safe)],
    });
  }
}
