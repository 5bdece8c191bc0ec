import { isSensitiveColumn } from '../columns/mapColumns';
import { ESCAPED_QUOTES, MALFORMED, PADDED } from '../reader/table';
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
  // A plain record has no cell with surrounding whitespace.
  quickAccept: 'plain',
});

function check(record: RecordView, ctx: RuleContext): void {
  const flags = ctx.table.cellFlags.data;
  const first = record.firstCell;
  const last = first + record.cellCount;
  for (let cell = first; cell < last; cell++) {
    // The reader flags plain cells with surrounding whitespace; escaped or broken ones are decoded.
    if ((flags[cell] & (PADDED | ESCAPED_QUOTES | MALFORMED)) !== 0) reportCell(record, ctx, cell - first);
  }
}

function reportCell(record: RecordView, ctx: RuleContext, col: number): void {
  const usernameColumns = ctx.columns.fieldColumns.username;
  const cell = record.firstCell + col;
  const value = record.value(col);
  const trimmed = record.trimmed(col);
  if (trimmed === value || trimmed === '') return; // blank cells are CG201's
  // A sensitive column (a password...) is CG107's: its values are never repeated in a message.
  if (record.record !== ctx.header?.record && isSensitiveColumn(ctx.columns, col)) return;
  // A username cannot be changed after import: never part of fix-all.
  const safe = record.record === ctx.header?.record || !usernameColumns.includes(col);
  ctx.report(surroundingWhitespace, {
    message: 'whitespace',
    args: { value },
    range: ctx.cellRange(cell),
    fixes: () => [ctx.fix(surroundingWhitespace, 'trim', { to: trimmed }, [ctx.replaceCell(cell, trimmed)], safe)],
  });
}
