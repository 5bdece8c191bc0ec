import stripJsonComments from 'strip-json-comments';
import type { CyberGuruConfig } from '../types';
import { ruleByCode, ruleByName } from '../rules/registry';
import { lazy } from '../../util/lazy';
import type * as ConfigSchemaModule from './configSchema';

// Required on the first config read, not when the extension loads: building the zod schema takes a
// few milliseconds of activation time (the bundler runs a required module's top level on demand).
const configSchema = lazy(() => (require('./configSchema') as typeof ConfigSchemaModule).configSchema);

/**
 * Bounds of `.cyberguru.json`, far above any real one (a list has at most a few hundred columns and
 * there are a few dozen rules), so a file planted in a repository cannot make every lint slow.
 */
export const CONFIG_LIMITS = { bytes: 1024 * 1024, columns: 20_000, rules: 1_000 } as const;

/** The error for a config file of `size` bytes, or undefined when it is within CONFIG_LIMITS.bytes. */
export function oversizedConfigError(size: number): string | undefined {
  if (size <= CONFIG_LIMITS.bytes) return undefined;
  return `.cyberguru.json is ${Math.ceil(size / 1024)} KB, more than the ${CONFIG_LIMITS.bytes / 1024} KB a config may have; it is ignored`;
}

/** Too many `columns` or `rules` entries, checked before the schema walks them. */
function entryCountErrors(json: unknown): string[] {
  if (json === null || typeof json !== 'object') return [];
  const errors: string[] = [];
  for (const key of ['columns', 'rules'] as const) {
    const value = (json as Record<string, unknown>)[key];
    if (value === null || typeof value !== 'object') continue;
    const count = Object.keys(value).length;
    if (count > CONFIG_LIMITS[key]) {
      errors.push(`.cyberguru.json: ${key}: ${count} entries, more than the ${CONFIG_LIMITS[key]} allowed; the config is ignored`);
    }
  }
  return errors;
}

/**
 * Parses and validates `.cyberguru.json` (JSON with comments); never throws. On errors the valid parts are still used
 * where possible, and each error says where it is and what is expected. A config over
 * CONFIG_LIMITS (bytes or entries) is ignored as a whole, with an error saying so.
 */
export function parseConfig(jsonText: string): { config: CyberGuruConfig; errors: string[] } {
  // A character is at most 3 UTF-8 bytes per UTF-16 unit: the exact size is needed only near the bound.
  const tooLarge = jsonText.length * 3 > CONFIG_LIMITS.bytes ? oversizedConfigError(Buffer.byteLength(jsonText, 'utf8')) : undefined;
  if (tooLarge) return { config: {}, errors: [tooLarge] };
  let json: unknown;
  try {
    // Comments are allowed (the file `cyberguru init` writes explains itself); VS Code edits it as JSONC.
    json = JSON.parse(stripJsonComments(jsonText));
  } catch (err) {
    return { config: {}, errors: [`.cyberguru.json is not valid JSON: ${(err as Error).message}`] };
  }
  const tooMany = entryCountErrors(json);
  if (tooMany.length > 0) return { config: {}, errors: tooMany };
  const parsed = configSchema().safeParse(json);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) => {
      const path = issue.path.length ? issue.path.join('.') : '(top level)';
      return `.cyberguru.json: ${path}: ${issue.message}`;
    });
    return { config: {}, errors };
  }
  const { $schema: _schema, ...config } = parsed.data;
  const errors: string[] = [];
  for (const key of Object.keys(config.rules ?? {})) {
    if (!ruleByCode(key) && !ruleByName(key)) errors.push(`.cyberguru.json: rules.${key}: unknown rule (use a code such as CG207 or a name such as language-code)`);
  }
  return { config, errors };
}
