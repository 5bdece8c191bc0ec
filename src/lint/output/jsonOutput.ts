import type { Problem } from '../types';
import type { FileSummary, ProblemSink, Write } from './problemSink';

/** About 64 KB of output per write. */
const WRITE_BLOCK_CHARS = 64 * 1024;

/** One problem as the JSON output shows it: 1-based lines and columns, fix titles. */
export function problemToJson(file: string, p: Problem) {
  return {
    file,
    line: p.range.start.line + 1,
    column: p.range.start.column + 1,
    endLine: p.range.end.line + 1,
    endColumn: p.range.end.column + 1,
    severity: p.severity,
    code: p.code,
    rule: p.rule,
    message: p.message,
    fixes: p.fixes.map((f) => ({ title: f.title, safe: f.safe })),
    related: p.related.map((r) => ({ message: r.message, ...(r.file ? { file: r.file } : {}), line: r.range.start.line + 1, column: r.range.start.column + 1 })),
  };
}

const NON_ASCII = /[^\x00-\x7f]/;
const NON_ASCII_ALL = /[^\x00-\x7f]/g;
const escapeCharacter = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * JSON.stringify of a string with every non-ASCII character escaped (`é` -> `\u00e9`): the same JSON
 * value, but the whole output is ASCII, which the CLI writes as Latin-1, a plain copy, where UTF-8
 * output would be encoded character by character.
 */
export function quoteAscii(value: string): string {
  const json = JSON.stringify(value);
  return NON_ASCII.test(json) ? json.replace(NON_ASCII_ALL, escapeCharacter) : json;
}

interface CachedTail {
  message: string;
  severity: Problem['severity'];
  tail: string;
}

/** A problem's JSON after its position, from `"severity"` to the closing brace. */
function jsonTail(p: Problem): string {
  const fixes = p.fixes.map((f) => `{"title":${quoteAscii(f.title)},"safe":${f.safe}}`).join(',');
  const related = p.related.map((r) => `{"message":${quoteAscii(r.message)},${r.file ? `"file":${quoteAscii(r.file)},` : ''}"line":${r.range.start.line + 1},"column":${r.range.start.column + 1}}`).join(',');
  return `"severity":"${p.severity}","code":"${p.code}","rule":"${p.rule}","message":${quoteAscii(p.message)},"fixes":[${fixes}],"related":[${related}]}`;
}

/**
 * `{"files":[{"file":..., "problems":[...], "userCount":...}]}`, written incrementally so a streamed
 * file's problems are never all in memory. Every write is ASCII (see quoteAscii).
 */
export class JsonOutput implements ProblemSink {
  private fileCount = 0;
  private problemCount = 0;

  constructor(private readonly write: Write) {
    this.write('{"files":[');
  }

  beginFile(file: string): void {
    this.write(`${this.fileCount++ ? ',' : ''}\n{"file":${quoteAscii(file)},"problems":[`);
    this.problemCount = 0;
  }

  problems(file: string, problems: readonly Problem[]): void {
    // Written by hand around JSON.stringify of the strings: the same JSON as problemToJson, faster.
    // Everything after the position is kept per rule and reused while the next problem of that rule
    // has the same message, severity and neither fix nor related location (one CG212 per user without
    // a role): each problem then costs its position and a few joins, not a rebuilt object.
    const head = `\n{"file":${quoteAscii(file)},"line":`;
    const tails = new Map<string, CachedTail>();
    let out = '';
    for (const p of problems) {
      const { start, end } = p.range;
      let tail: string;
      const cached = tails.get(p.code);
      if (cached !== undefined && cached.message === p.message && cached.severity === p.severity && p.fixes.length === 0 && p.related.length === 0) {
        tail = cached.tail;
      } else {
        tail = jsonTail(p);
        if (p.fixes.length === 0 && p.related.length === 0) tails.set(p.code, { message: p.message, severity: p.severity, tail });
      }
      out += `${this.problemCount++ ? ',' : ''}${head}${start.line + 1},"column":${start.column + 1},"endLine":${end.line + 1},"endColumn":${end.column + 1},${tail}`;
      // Written in blocks: the pieces of a block die young, where one string of every problem would
      // outlive several collections (and be copied by each) before it is written.
      if (out.length >= WRITE_BLOCK_CHARS) {
        this.write(out);
        out = '';
      }
    }
    if (out) this.write(out);
  }

  endFile(summary: FileSummary): void {
    this.write(`],"userCount":${summary.userCount}${summary.fixed !== undefined ? `,"fixed":${summary.fixed}` : ''}}`);
  }

  end(): void {
    this.write('\n]}\n');
  }
}
