// No fix applied in bulk may write a cell that a spreadsheet would run as a formula: such a fix is
// offered one at a time only (unsafe), whatever rule computed it.
import { isFormulaLike } from '../codes/formulaTrigger';
import type { TextEdit } from '../types';

/** The written value of an edit's text: without the quotes around a quoted cell. */
function writtenValue(newText: string): string {
  return newText.length >= 2 && newText.startsWith('"') && newText.endsWith('"') ? newText.slice(1, -1).replaceAll('""', '"') : newText;
}

export function unsafeIfFormula(safe: boolean, edits: readonly TextEdit[]): boolean {
  if (!safe) return false;
  for (const edit of edits) if (isFormulaLike(writtenValue(edit.newText))) return false;
  return true;
}
