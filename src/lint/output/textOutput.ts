import { terminalText } from '../../util/terminalText';
import type { Problem } from '../types';
import { countProblems, type FileSummary, type ProblemSink, type Totals, type Write } from './problemSink';

/** `file:line:col  severity  CODE name  message`, 1-based, then a summary line. */
export class TextOutput implements ProblemSink {
  private readonly totals: Totals = { errors: 0, warnings: 0, infos: 0 };
  private files = 0;
  private fixed = 0;

  constructor(private readonly write: Write) {}

  beginFile(): void {
    this.files++;
  }

  problems(file: string, problems: readonly Problem[]): void {
    countProblems(this.totals, problems);
    let out = '';
    // Messages quote cells, and a cell or a file name may hold terminal escapes: shown, never sent raw.
    const name = terminalText(file);
    for (const p of problems) {
      const { line, column } = p.range.start;
      out += `${name}:${line + 1}:${column + 1}  ${p.severity.padEnd(7)}  ${p.code} ${p.rule}  ${terminalText(p.message)}\n`;
    }
    if (out) this.write(out);
  }

  endFile(summary: FileSummary): void {
    if (summary.fixed) {
      this.fixed += summary.fixed;
      this.write(`${terminalText(summary.file)}: applied ${summary.fixed} safe fix${summary.fixed === 1 ? '' : 'es'}\n`);
    }
  }

  end(): void {
    const { errors, warnings, infos } = this.totals;
    const total = errors + warnings + infos;
    const files = `${this.files} file${this.files === 1 ? '' : 's'}`;
    this.write(
      total === 0
        ? `No problems in ${files}.\n`
        : `${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}, ${infos} info) in ${files}.\n`,
    );
  }
}
