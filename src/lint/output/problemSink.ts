import type { Problem } from '../types';

export interface FileSummary {
  file: string;
  userCount: number;
  /** Safe fixes applied with --fix. */
  fixed?: number;
}

/**
 * Where `cyberguru lint` writes: problems arrive file by file and chunk by chunk, so a streamed file's
 * problems are written as they are found rather than collected.
 */
export interface ProblemSink {
  beginFile(file: string): void;
  problems(file: string, problems: readonly Problem[]): void;
  endFile(summary: FileSummary): void;
  /** Called once at the end. */
  end(): void;
}

export type Write = (text: string) => void;

export interface Totals {
  errors: number;
  warnings: number;
  infos: number;
}

export function countProblems(totals: Totals, problems: readonly Problem[]): void {
  for (const p of problems) {
    if (p.severity === 'error') totals.errors++;
    else if (p.severity === 'warning') totals.warnings++;
    else totals.infos++;
  }
}
