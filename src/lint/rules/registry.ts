import type { RuleMeta } from '../types';

/** Where the rule pages are published (SARIF helpUri, diagnostic code links). */
export const DOCS_BASE_URL = 'https://example.invalid/cyberguru-userlist/blob/main/docs/rules';

export const rules: readonly RuleMeta[] = [];

export function ruleByCode(code: string): RuleMeta | undefined {
  return rules.find((r) => r.code === code);
}
