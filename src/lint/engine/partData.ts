import { shiftedCopy } from '../reader/growable';
import type { QuoteIssue, Table } from '../reader/table';
import { withPositionsMapped } from '../problemPositions';
import type { Problem } from '../types';
import type { DuplicateKeys } from './repeats/duplicateCollector';

/**
 * What a part of a file linted on its own (lintPart.ts) hands back: plain data and typed arrays, so
 * it can cross to another thread (the arrays' buffers are transferred, not copied). Cell and record
 * numbers count from the part's first cell and record; offsets are offsets in the whole text.
 */
export interface LintPart {
  /** Where the part's first record starts. */
  from: number;
  /** Problems of the part's records, in the order found; line 0 is the line that starts at `from`. */
  problems: Problem[];
  cellStart: Int32Array;
  cellEnd: Int32Array;
  cellFlags: Uint8Array;
  recordFirstCell: Int32Array;
  recordStart: Int32Array;
  recordEnd: Int32Array;
  recordNext: Int32Array;
  issues: QuoteIssue[];
  /** Where the part's lines after its first start. */
  lineStarts: Int32Array;
  userCount: number;
  duplicates: DuplicateKeys | undefined;
}

/** Where a part's records begin in the run that read it (PartLint.checkPartFrom). */
export interface LintPartState {
  firstCell: number;
  firstRecord: number;
  firstIssue: number;
  problems: Problem[];
  userCount: number;
}

/** The buffers to transfer with a part. */
export function partBuffers(part: LintPart): ArrayBuffer[] {
  const arrays = [part.cellStart, part.cellEnd, part.cellFlags, part.recordFirstCell, part.recordStart, part.recordEnd, part.recordNext, part.lineStarts];
  const keys = part.duplicates;
  if (keys) arrays.push(keys.emailHashes, keys.emailRecords, keys.usernameHashes, keys.usernameRecords, keys.recordsWithoutEmail);
  return arrays.map((a) => a.buffer as ArrayBuffer);
}

/** The part's records and cells, cut out of the table that read them (numbers made part-relative). */
export function cutPartRecords(table: Table, state: LintPartState): Pick<LintPart, 'cellStart' | 'cellEnd' | 'cellFlags' | 'recordFirstCell' | 'recordStart' | 'recordEnd' | 'recordNext' | 'issues'> {
  const { firstCell, firstRecord } = state;
  const recordFirstCell = shiftedCopy(table.recordFirstCell.data.subarray(firstRecord, table.recordCount), -firstCell);
  const issues = table.issues.slice(state.firstIssue).map((issue) => ({ ...issue, cell: issue.cell - firstCell, record: issue.record - table.firstRecord - firstRecord }));
  return {
    cellStart: table.cellStart.data.slice(firstCell, table.cellCount),
    cellEnd: table.cellEnd.data.slice(firstCell, table.cellCount),
    cellFlags: table.cellFlags.data.slice(firstCell, table.cellCount),
    recordFirstCell,
    recordStart: table.recordStart.data.slice(firstRecord, table.recordCount),
    recordEnd: table.recordEnd.data.slice(firstRecord, table.recordCount),
    recordNext: table.recordNext.data.slice(firstRecord, table.recordCount),
    issues,
  };
}

/** Appends a part's records and cells after the table's own (cellShift and recordShift: its counts before). */
export function appendPartRecords(table: Table, part: LintPart, cellShift: number, recordShift: number): void {
  table.cellStart.append(part.cellStart);
  table.cellEnd.append(part.cellEnd);
  table.cellFlags.append(part.cellFlags);
  table.recordFirstCell.append(shiftedCopy(part.recordFirstCell, cellShift));
  table.recordStart.append(part.recordStart);
  table.recordEnd.append(part.recordEnd);
  table.recordNext.append(part.recordNext);
  for (const issue of part.issues) table.issues.push({ ...issue, cell: issue.cell + cellShift, record: table.firstRecord + issue.record + recordShift });
}

/** The problem with its lines (and its related locations' lines) moved down by `lines`. */
export function withLinesShifted(problem: Problem, lines: number): Problem {
  if (lines === 0) return problem;
  return withPositionsMapped(problem, (position) => ({ line: position.line + lines, column: position.column, offset: position.offset }));
}
