import { defineRule, type RecordView, type Rule, type RuleContext } from './rule';

export const fieldCount: Rule = defineRule('CG005', {
  meta: {
    name: 'field-count',
    description: 'A record has more or fewer fields than the header, so its values land in the wrong columns or are dropped.',
    defaultSeverity: 'error',
    fixable: 'safe',
  },
  messages: {
    tooFew: 'This row has {count} fields but the header has {expected}: a value or a delimiter is missing; values after the gap land in the wrong column.',
    tooMany: 'This row has {count} fields but the header has {expected}: remove the extra fields, or quote a value that contains the delimiter.',
    pad: 'Add {missing} empty fields at the end of the row',
    dropEmpty: 'Remove {extra} empty fields at the end of the row',
  },
  checkRecord: check,
  // A plain record has as many cells as the header.
  quickAccept: 'plain',
});

function check(record: RecordView, ctx: RuleContext): void {
  const expected = ctx.columns.columns.length;
  const count = record.cellCount;
  if (count === expected || expected === 0) return;
  const table = ctx.table;
  const range = ctx.recordRange(record.local);
  const recordEnd = table.recordEnd.data[record.local];
  if (count < expected) {
    const missing = expected - count;
    ctx.report(fieldCount, {
      message: 'tooFew',
      args: { count, expected },
      range,
      fixes: () => [ctx.fix(fieldCount, 'pad', { missing }, [{ start: recordEnd, end: recordEnd, newText: ctx.delimiter.repeat(missing) }], true)],
    });
    return;
  }
  const extra = count - expected;
  let extrasEmpty = true;
  for (let c = expected; c < count; c++) if (record.value(c) !== '') extrasEmpty = false;
  const lastKept = record.firstCell + expected - 1;
  ctx.report(fieldCount, {
    message: 'tooMany',
    args: { count, expected },
    range,
    fixes: () =>
      extrasEmpty
        ? [ctx.fix(fieldCount, 'dropEmpty', { extra }, [{ start: table.cellEnd.data[lastKept], end: recordEnd, newText: '' }], true)]
        : [],
  });
}
