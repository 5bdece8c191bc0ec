import type { SourceEncoding } from '../encoding/sourceEncoding';
import { detectDelimiter } from '../reader/detectDelimiter';
import { Scanner } from '../reader/scanner';
import { Table } from '../reader/table';
import type { Problem } from '../types';
import { byOffset, RecordFeed, type RunOptions } from './recordFeed';

/**
 * Streaming: the longest unfinished record carried between chunks (4 M characters). A user-list row
 * is about a hundred; a record this long is a broken file (a quote never closed, no line ends). Decoding
 * a cell costs several times its length for a moment, so this cut bounds the memory of such a file.
 */
export const MAX_RECORD_CHARS = 4 * 1024 * 1024;

/** A lint of a file read chunk by chunk (the CLI on large files): earlier chunks are forgotten. */
export class StreamLint extends RecordFeed {
  readonly streaming = true;
  private recordsBefore = 0;
  /** BOM and delimiter were read from the first line. */
  private detected = false;
  private carry = '';
  private pending: string[] = [];
  private pendingLength = 0;
  private carryBase = 0;
  private longest = 0;

  constructor(options: RunOptions = {}) {
    super(options, true);
  }

  /** Feeds the next chunk of a streamed file; returns the problems found so far and not yet returned. */
  feed(chunk: string, final: boolean): Problem[] {
    this.pending.push(chunk);
    this.pendingLength += chunk.length;
    // A record longer than a chunk is re-read from its start when more text comes; waiting until the
    // new text is as long as the carried part keeps that linear (each re-read doubles the text).
    const carried = this.carry.length;
    if (!final && carried > 0 && this.pendingLength < carried && carried + this.pendingLength < MAX_RECORD_CHARS) return [];
    const text = this.carry + this.pending.join('');
    this.carry = '';
    this.pending = [];
    this.pendingLength = 0;
    if (text.length > this.longest) this.longest = text.length;
    let start = 0;
    if (!this.detected) {
      // The delimiter is read from the header line: wait until it is complete.
      if (!final && text.length < MAX_RECORD_CHARS && !/[\r\n]/.test(text)) {
        this.carry = text;
        return [];
      }
      this.detected = true;
      this.hasBom = text.charCodeAt(0) === 0xfeff;
      start = this.hasBom ? 1 : 0;
      this.delimiter = detectDelimiter(text, start);
      // One table for the whole stream: its arrays keep the capacity the chunks needed.
      this.table = new Table(this.delimiter, text.length);
    }
    const table = this.table;
    table.clear(text, this.carryBase, this.recordsBefore);
    const scanner = new Scanner(table, this.lines, start);
    this.scanner = scanner;
    this.nextLocal = 0;
    this.issueIndex = 0;
    scanner.scan(Infinity, final);
    // An unfinished record this long is read as complete where it stands (an unclosed quote becomes a
    // literal character, so the rows it swallowed are read again as rows), then the records after it as
    // usual: the rest of the file is checked and the last, cut row still waits for its end.
    while (!final && text.length - scanner.pos >= MAX_RECORD_CHARS) {
      scanner.scan(1, true);
      scanner.scan(Infinity, false);
    }
    this.checkScannedRecords();
    this.recordsBefore += table.recordCount;
    this.carryBase += scanner.pos;
    this.carry = text.slice(scanner.pos);
    if (final) this.end();
    // Handed out and forgotten, so memory does not grow with the number of problems.
    const fresh = this.problems.sort(byOffset);
    this.runner.problems = [];
    return fresh;
  }

  /** Streaming: the longest text read at once, what the memory of a run follows (at most MAX_RECORD_CHARS plus a chunk). */
  get longestText(): number {
    return this.longest;
  }

  /** The file is in another encoding, found from its first chunk. */
  noteSourceEncoding(encoding: SourceEncoding): void {
    this.sourceEncoding = encoding;
  }

  /** Streaming: the bytes were not valid UTF-8 at this text offset (first call wins; CG001 reports it at the end). */

  noteInvalidUtf8(offset: number): void {
    this.decodeError ??= { offset };
  }

}
