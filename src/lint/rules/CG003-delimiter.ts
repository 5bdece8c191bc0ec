import { QUOTED, MALFORMED } from '../reader/table';
import { defineRule, type Rule, type RuleContext } from './rule';

export const delimiter: Rule = defineRule('CG003', {
  meta: {
    name: 'delimiter',
    description: 'The file is not comma-separated (Excel with an Italian locale saves with semicolons).',
    defaultSeverity: 'info',
    // A whole-file rewrite: offered on request, never part of fix-all.
    fixable: 'unsafe',
  },
  messages: {
    semicolon: 'The file is semicolon-separated: the platform expects comma-separated values; save as "CSV UTF-8 (comma delimited)" or apply the fix.',
    tab: 'The file is tab-separated: the platform expects comma-separated values; save as "CSV UTF-8 (comma delimited)" or apply the fix.',
    rewrite: 'Rewrite the file comma-separated',
  },
  checkEnd(ctx) {
    if (ctx.delimiter === ',' || !ctx.header) return;
    // The header's own ranges: when streaming, ctx.table holds only the last chunk, not the header.
    const columns = ctx.columns.columns;
    const headerRange = columns.length ? { start: columns[0].range.start, end: columns[columns.length - 1].range.end } : ctx.range(0, 0);
    ctx.report(delimiter, {
      message: ctx.delimiter === ';' ? 'semicolon' : 'tab',
      args: {},
      range: headerRange,
      // The rewrite needs the whole text, and is only safe when every quote could be read.
      fixes: () => (ctx.streaming || ctx.table.issues.length ? [] : [ctx.fix(delimiter, 'rewrite', {}, [rewriteWithCommas(ctx)], false)]),
    });
  },
});

/** The table re-written with commas: cells quoted before stay quoted, cells containing a comma get quotes, line ends are kept. */
function rewriteWithCommas(ctx: RuleContext) {
  const table = ctx.table;
  const text = table.text;
  const parts: string[] = [];
  for (let r = 0; r < table.recordCount; r++) {
    const first = table.recordFirstCell.data[r];
    const count = table.cellsIn(r);
    for (let c = 0; c < count; c++) {
      const cell = first + c;
      const raw = text.slice(table.cellStart.data[cell], table.cellEnd.data[cell]);
      const quoted = (table.cellFlags.data[cell] & (QUOTED | MALFORMED)) === QUOTED;
      parts.push(quoted || !/[,"\r\n]/.test(raw) ? raw : `"${raw.replaceAll('"', '""')}"`);
      parts.push(c + 1 < count ? ',' : text.slice(table.recordEnd.data[r], table.recordNext.data[r]));
    }
  }
  const start = table.recordStart.data[0];
  return { start, end: text.length, newText: parts.join('') };
}
