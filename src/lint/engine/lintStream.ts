import type { ColumnInfo, Problem } from '../types';
import type { RunOptions } from './recordFeed';
import { StreamLint } from './streamLint';
import { Utf8StreamDecoder } from './utf8Stream';

export interface StreamSummary {
  userCount: number;
  truncated: number;
  delimiter: ',' | ';' | '\t';
  lineEnding: '\r\n' | '\n' | '\r';
  hasBom: boolean;
  columns: ColumnInfo[];
}

/**
 * Lints a file chunk by chunk (the CLI on large files): bytes in, problems out, memory bounded by the
 * number of distinct users rather than the size of the text. Whole-file fixes (CG003) are not offered.
 * Problems come out sorted within each chunk; e-mails, usernames and rows are compared by 64-bit hash.
 */
export class LintStream {
  private readonly run: StreamLint;
  private readonly decoder = new Utf8StreamDecoder();

  constructor(options: RunOptions = {}) {
    this.run = new StreamLint(options);
  }

  /** Feeds the next bytes; returns the problems they completed. */
  pushBytes(bytes: Uint8Array): Problem[] {
    return this.pushText(this.decoder.decode(bytes, false));
  }

  /** Feeds the next text (when the caller decodes). */
  pushText(text: string): Problem[] {
    return this.run.feed(text, false);
  }

  /** The longest text read at once so far: a broken record is cut, so this stays near one chunk plus MAX_RECORD_CHARS. */
  get longestText(): number {
    return this.run.longestText;
  }

  /** Ends the stream; returns the last problems and what was learnt about the file. */
  end(): { problems: Problem[]; summary: StreamSummary } {
    const rest = this.decoder.decode(new Uint8Array(0), true);
    if (this.decoder.invalidAt !== undefined) this.run.noteInvalidUtf8(this.decoder.invalidAt);
    const problems = this.run.feed(rest, true);
    const { userCount, truncated, delimiter, lineEnding, hasBom, columns } = this.run.result();
    return { problems, summary: { userCount, truncated, delimiter, lineEnding, hasBom, columns } };
  }
}
