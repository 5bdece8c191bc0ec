// Edits that delete one column from every record from the header down (CG107's fix). Each edit removes
// the cell with the delimiter before it (after it for the first column), so the other cells keep their
// places; records too short to have the column are left alone.
import type { RuleContext } from '../rules/rule';
import type { TextEdit } from '../types';

export function deleteColumnEdits(ctx: RuleContext, column: number): TextEdit[] {
  const table = ctx.table;
  const edits: TextEdit[] = [];
  const first = ctx.header ? ctx.header.local : 0;
  for (let local = first; local < table.recordCount; local++) {
    const cells = table.cellsIn(local);
    if (column >= cells || (cells === 1 && table.isBlankRecord(local))) continue;
    const cell = table.recordFirstCell.data[local] + column;
    if (column > 0) edits.push({ start: table.cellEnd.data[cell - 1], end: table.cellEnd.data[cell], newText: '' });
    else if (cells > 1) edits.push({ start: table.cellStart.data[cell], end: table.cellStart.data[cell + 1], newText: '' });
    else edits.push({ start: table.cellStart.data[cell], end: table.cellEnd.data[cell], newText: '' });
  }
  return edits;
}
