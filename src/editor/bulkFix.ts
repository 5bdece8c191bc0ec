// Which problems the editor's fix-all may fix. No `vscode` import: the test that compares the editor's
// fix-all with the CLI's `--fix` uses it directly.
import type { Problem } from '../lint';
import { FORMAT_RULE_CODES } from './constants';

/** Fix-all keeps the file's format: BOM and delimiter changes are only offered one at a time. */
export function isBulkFixable(problem: Problem, code?: string): boolean {
  return !FORMAT_RULE_CODES.includes(problem.code) && (code === undefined || problem.code === code);
}
