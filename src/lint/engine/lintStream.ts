import type { ColumnInfo, Problem } from '../types';
import type { RunOptions } from './recordFeed';
import { StreamLint } from './streamLint';
import { canDecode } from '../encoding/decodeBytes';
import { detectEncoding, SAMPLE_BYTES } from '../encoding/detectEncoding';
import { chunkDecoderFor, type ChunkDecoder } from '../encoding/streamDecoder';
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
  /** Set from the first SAMPLE_BYTES when the file is in another encoding (CG001 then names it). */
  private other: ChunkDecoder | undefined;
  /** The first bytes, held until there are enough to tell the encoding (undefined once decided). */
  private head: Uint8Array[] | undefined = [];
  private headLength = 0;

  constructor(options: RunOptions = {}) {
    this.run = new StreamLint(options);
  }

  /** Feeds the next bytes; returns the problems they completed. */
  pushBytes(bytes: Uint8Array): Problem[] {
    if (this.head) {
      this.head.push(bytes.slice());
      this.headLength += bytes.length;
      if (this.headLength <= SAMPLE_BYTES) return [];
      bytes = this.decideEncoding();
    }
    return this.pushText((this.other ?? this.decoder).decode(bytes, false));
  }

  /** Tells the encoding from the held bytes (as a whole-file read would) and hands them back as one. */
  private decideEncoding(): Uint8Array {
    const held = Buffer.concat(this.head!);
    this.head = undefined;
    const found = detectEncoding(held);
    if (found.encoding !== 'utf-8' && canDecode(found.encoding)) {
      this.other = chunkDecoderFor(found.encoding);
      this.run.noteSourceEncoding({ label: found.label, writer: found.writer });
    }
    return held;
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
    const held = this.head ? this.decideEncoding() : new Uint8Array(0);
    const rest = (this.other ?? this.decoder).decode(held, true);
    if (!this.other && this.decoder.invalidAt !== undefined) this.run.noteInvalidUtf8(this.decoder.invalidAt);
    const problems = this.run.feed(rest, true);
    const { userCount, truncated, delimiter, lineEnding, hasBom, columns } = this.run.result();
    return { problems, summary: { userCount, truncated, delimiter, lineEnding, hasBom, columns } };
  }
}
