// CG001 in the editor. The CLI sees a non-UTF-8 file's bytes; the editor only sees the text VS Code
// decoded, where every invalid byte became U+FFFD. The first U+FFFD is therefore the editor's evidence
// of a file that was not saved as UTF-8 (or was converted with losses). No `vscode` import.
import { ruleByCode, type CyberGuruConfig, type Position, type Problem, type Severity } from '../lint';
import { NOT_UTF8_CODE } from './constants';

export const REPLACEMENT_CHARACTER = '\uFFFD';

export const NOT_UTF8_TEMPLATE =
  'The file is not valid UTF-8: invalid bytes show as \uFFFD, the first on line {line}. Reopen it with its real encoding, then save it as UTF-8.';

/** The user's config may set a rule's severity by code or by name, or turn it off. */
function severityFor(code: string, name: string, fallback: Severity, config: CyberGuruConfig): Severity | undefined {
  const setting = config.rules?.[code] ?? config.rules?.[name];
  if (setting === 'off') return undefined;
  return setting ?? fallback;
}

function positionAt(text: string, offset: number): Position {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart, offset };
}

/** A CG001 problem on the first U+FFFD of the text, or undefined (none, or the rule is off). */
export function replacementCharacterProblem(text: string, config: CyberGuruConfig): Problem | undefined {
  const index = text.indexOf(REPLACEMENT_CHARACTER);
  if (index < 0) return undefined;
  const meta = ruleByCode(NOT_UTF8_CODE);
  const name = meta?.name ?? 'not-utf8';
  const severity = severityFor(NOT_UTF8_CODE, name, meta?.defaultSeverity ?? 'error', config);
  if (!severity) return undefined;
  const start = positionAt(text, index);
  const args = { line: start.line + 1 };
  return {
    code: NOT_UTF8_CODE,
    rule: name,
    severity,
    message: NOT_UTF8_TEMPLATE.replace('{line}', String(args.line)),
    template: NOT_UTF8_TEMPLATE,
    args,
    range: { start, end: { line: start.line, column: start.column + 1, offset: index + 1 } },
    fixes: [],
    related: [],
  };
}
