import { applyEdits, lintText, type CyberGuruConfig, type Problem } from '../../../src/lint';

export const HEADER = 'First Name,Last Name,Email,Language,Username,Country,roles';
export const GOOD_ROW = 'Anna,Rossi,anna.rossi@company.com,it,E1001,IT,studente';

/** A user list with the standard header and these rows (LF line ends). */
export function csv(...rows: string[]): string {
  return [HEADER, ...rows].join('\n') + '\n';
}

/** The problems of one rule. */
export function problemsOf(text: string, code: string, config?: CyberGuruConfig): Problem[] {
  return lintText(text, { config }).problems.filter((p) => p.code === code);
}

/** The only problem of one rule (fails if there is not exactly one). */
export function oneProblem(text: string, code: string, config?: CyberGuruConfig): Problem {
  const found = problemsOf(text, code, config);
  if (found.length !== 1) throw new Error(`expected one ${code}, got ${found.length}: ${found.map((p) => p.message).join(' | ')}`);
  return found[0];
}

/** The text after applying the problem's fix number `index`. */
export function applyFix(text: string, problem: Problem, index = 0): string {
  const fix = problem.fixes[index];
  if (!fix) throw new Error(`${problem.code} has no fix ${index}`);
  return applyEdits(text, fix.edits).text;
}

/** 1-based "line:column" of where a problem starts, as the CLI and the editor show it. */
export function where(problem: Problem): string {
  return `${problem.range.start.line + 1}:${problem.range.start.column + 1}`;
}

/** The text a problem's range covers. */
export function covered(text: string, problem: Problem): string {
  return text.slice(problem.range.start.offset, problem.range.end.offset);
}
