import stripJsonComments from 'strip-json-comments';
import type { CyberGuruConfig } from '../types';
import { ruleByCode, ruleByName } from '../rules/registry';
import { lazy } from '../../util/lazy';
import type * as ConfigSchemaModule from './configSchema';

// Required on the first config read, not when the extension loads: building the zod schema takes a
// few milliseconds of activation time (the bundler runs a required module's top level on demand).
const configSchema = lazy(() => (require('./configSchema') as typeof ConfigSchemaModule).configSchema);

/**
 * Parses and validates `.cyberguru.json` (JSON with comments); never throws. On errors the valid parts are still used
 * where possible, and each error says where it is and what is expected.
 */
export function parseConfig(jsonText: string): { config: CyberGuruConfig; errors: string[] } {
  let json: unknown;
  try {
    // Comments are allowed (the file `cyberguru init` writes explains itself); VS Code edits it as JSONC.
    json = JSON.parse(stripJsonComments(jsonText));
  } catch (err) {
    return { config: {}, errors: [`.cyberguru.json is not valid JSON: ${(err as Error).message}`] };
  }
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
