// Writes a conversion's choices into `.cyberguru.json` (under `convert`), keeping everything else in the
// file, its comments and its layout included: the file is edited as JSON with comments, only the
// `convert` value is replaced. Through the safe write: refused if the file changed since it was read.
// CLI and editor alike.
import { applyEdits, modify, parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { ConvertError } from '../convert/errors';
import type { ConvertConfig } from '../lint';
import { readForRewrite, safeWriteFile, stampIfExists, type FileStamp } from './safeWrite';

/** The config text with `convert` set to the choices; a commented or hand-formatted file keeps both. */
export function withConvertChoices(configPath: string, text: string, choices: ConvertConfig): string {
  const errors: ParseError[] = [];
  const json: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length) {
    const first = errors[0];
    throw new ConvertError(`${configPath} is not valid JSON (${printParseErrorCode(first.error)} at character ${first.offset + 1}): the choices were not saved`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new ConvertError(`${configPath} does not hold a JSON object: the choices were not saved`);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const indent = /^([ \t]+)"/m.exec(text)?.[1] ?? '  ';
  const edits = modify(text, ['convert'], choices, {
    formattingOptions: { insertSpaces: !indent.startsWith('\t'), tabSize: indent.startsWith('\t') ? 1 : indent.length, eol },
  });
  return applyEdits(text, edits);
}

export function saveConvertChoices(configPath: string, choices: ConvertConfig): void {
  let text: string;
  let expected: FileStamp | undefined;
  if (stampIfExists(configPath)) {
    const { bytes, stamp } = readForRewrite(configPath);
    text = withConvertChoices(configPath, bytes.toString('utf8'), choices);
    expected = stamp;
  } else {
    text = JSON.stringify({ convert: choices }, null, 2) + '\n';
  }
  // A config file is shared with colleagues and tools, like the one it replaces: readable by others.
  safeWriteFile(configPath, text, { expected, newFileMode: 0o644 });
}
