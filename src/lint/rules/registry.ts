import type { CyberGuruConfig, RuleMeta, Severity } from '../types';
import { notUtf8 } from './CG001-not-utf8';
import { utf8Bom } from './CG002-utf8-bom';
import { delimiter } from './CG003-delimiter';
import { malformedQuotes } from './CG004-malformed-quotes';
import { fieldCount } from './CG005-field-count';
import { blankRow } from './CG006-blank-row';
import { noUsers } from './CG007-no-users';
import { missingColumn } from './CG101-missing-column';
import { duplicateColumn } from './CG102-duplicate-column';
import { organizationColumnName } from './CG103-organization-column-name';
import { rolesColumnLabel } from './CG104-roles-column-label';
import { blankColumnName } from './CG105-blank-column-name';
import { preambleLine } from './CG106-preamble-line';
import { sensitiveColumn } from './CG107-sensitive-column';
import { requiredValue } from './CG201-required-value';
import { emailFormat } from './CG202-email-format';
import { noSpaces } from './CG203-no-spaces';
import { surroundingWhitespace } from './CG204-surrounding-whitespace';
import { usernameLength } from './CG205-username-length';
import { usernameCharacters } from './CG206-username-characters';
import { languageCode } from './CG207-language-code';
import { countryCode } from './CG208-country-code';
import { authmodeValue } from './CG209-authmode-value';
import { roleValue } from './CG210-role-value';
import { roleNotImportable } from './CG211-role-not-importable';
import { roleDefault } from './CG212-role-default';
import { duplicateRole } from './CG213-duplicate-role';
import { nameCapitals } from './CG214-name-capitals';
import { formulaLikeCell } from './CG215-formula-like-cell';
import { duplicateEmail } from './CG301-duplicate-email';
import { duplicateUsername } from './CG302-duplicate-username';
import { duplicateRow } from './CG303-duplicate-row';
import { teamValue } from './CG401-team-value';
import { baselineUsernameChanged } from './CG501-baseline-username-changed';
import { baselineEmailChanged } from './CG502-baseline-email-changed';
import { baselineUsersMissing } from './CG503-baseline-users-missing';
import type { RuleDefinition } from '../api';

/** Where the rule pages are published (SARIF helpUri, diagnostic code links). */
export const DOCS_BASE_URL = 'https://example.invalid/cyberguru-userlist/blob/main/docs/rules';

/** Every rule, ordered by code. */
export const allRules: readonly RuleDefinition[] = [
  notUtf8,
  utf8Bom,
  delimiter,
  malformedQuotes,
  fieldCount,
  blankRow,
  noUsers,
  missingColumn,
  duplicateColumn,
  organizationColumnName,
  rolesColumnLabel,
  blankColumnName,
  preambleLine,
  sensitiveColumn,
  requiredValue,
  emailFormat,
  noSpaces,
  surroundingWhitespace,
  usernameLength,
  usernameCharacters,
  languageCode,
  countryCode,
  authmodeValue,
  roleValue,
  roleNotImportable,
  roleDefault,
  duplicateRole,
  nameCapitals,
  formulaLikeCell,
  duplicateEmail,
  duplicateUsername,
  duplicateRow,
  teamValue,
  baselineUsernameChanged,
  baselineEmailChanged,
  baselineUsersMissing,
];

export const rules: readonly RuleMeta[] = allRules.map((r) => r.meta);

export function ruleByCode(code: string): RuleMeta | undefined {
  return rules.find((r) => r.code === code);
}

export function ruleByName(name: string): RuleMeta | undefined {
  return rules.find((r) => r.name === name);
}

/** A rule the config leaves on, with the severity the config forces (if any). */
export interface ActiveRule {
  rule: RuleDefinition;
  severity: Severity | undefined;
}

export function activeRules(config: CyberGuruConfig): ActiveRule[] {
  const settings = config.rules ?? {};
  const active: ActiveRule[] = [];
  for (const rule of allRules) {
    const setting = settings[rule.meta.code] ?? settings[rule.meta.name];
    if (setting === 'off') continue;
    active.push({ rule, severity: setting });
  }
  return active;
}
