// Bounds of every `cyberguru.*` setting a workspace could set, and the functions that read raw values
// within them. A repository's .vscode/settings.json is foreign input: package.json declares the same
// maxima (the Settings editor shows them) and restricts these settings in untrusted workspaces, but a
// settings file is not validated against the schema, so the code clamps again. No `vscode` import:
// the unit tests check these functions and that package.json declares the same numbers.

export type RunTrigger = 'onType' | 'onSave';

/** The `cyberguru.lint.*` settings that apply to one document. */
export interface LintSettings {
  enable: boolean;
  run: RunTrigger;
  /** Milliseconds of quiet after typing before an on-type lint starts. */
  delayMs: number;
  include: string[];
  exclude: string[];
  maxProblems: number;
  /** Files above this size are not linted in the editor (the CLI streams them). */
  maxFileSizeMB: number;
}

export const LINT_LIMITS = {
  delay: { default: 250, minimum: 0, maximum: 5000 },
  maxProblems: { default: 1000, minimum: 1, maximum: 10_000 },
  /** Above this the editor would hold and lint a list larger than any real one on its own thread. */
  maxFileSizeMB: { default: 50, maximum: 200 },
  /** Per include/exclude list: enough for any real layout, too few to make matching slow. */
  globs: { maxItems: 50, maxLength: 500 },
} as const;

export const REPORT_LIMITS = {
  /** Team names loaded from the setting and from an open user list (each team costs requests). */
  teams: { maxItems: 200, maxLength: 200 },
  threshold: { default: 80, minimum: 0, maximum: 100 },
} as const;

/**
 * Settings a repository could abuse (slow the editor, flood the Problems view, hide problems, make
 * the sidebar send requests for made-up teams): VS Code ignores workspace values of these in an
 * untrusted workspace. package.json lists the same names under restrictedConfigurations.
 */
export const RESTRICTED_SETTINGS = [
  'cyberguru.lint.enable',
  'cyberguru.lint.delay',
  'cyberguru.lint.include',
  'cyberguru.lint.exclude',
  'cyberguru.lint.maxProblems',
  'cyberguru.lint.maxFileSizeMB',
  'cyberguru.report.teams',
  // Who counts as behind: a repository must not make the laggards list and the dashboard say otherwise.
  'cyberguru.report.threshold',
] as const;

function clampedInteger(value: unknown, limits: { default: number; minimum: number; maximum: number }): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return limits.default;
  return Math.min(limits.maximum, Math.max(limits.minimum, Math.floor(value)));
}

/** Non-empty strings up to `maxLength`, at most `maxItems` of them, in order. */
export function boundedStrings(value: unknown, limits: { maxItems: number; maxLength: number }): string[] {
  if (!Array.isArray(value)) return [];
  const out: string[] = [];
  for (const item of value) {
    if (out.length >= limits.maxItems) break;
    if (typeof item === 'string' && item.trim() !== '' && item.length <= limits.maxLength) out.push(item);
  }
  return out;
}

/** The raw values of `cyberguru.lint.*` (as a configuration section returns them) within bounds. */
export function clampLintSettings(raw: Partial<Record<keyof LintSettings | 'delay', unknown>>): LintSettings {
  const size = raw.maxFileSizeMB;
  return {
    enable: raw.enable !== false,
    run: raw.run === 'onSave' ? 'onSave' : 'onType',
    delayMs: clampedInteger(raw.delay, LINT_LIMITS.delay),
    include: boundedStrings(raw.include, LINT_LIMITS.globs),
    exclude: boundedStrings(raw.exclude, LINT_LIMITS.globs),
    maxProblems: clampedInteger(raw.maxProblems, LINT_LIMITS.maxProblems),
    maxFileSizeMB:
      typeof size === 'number' && Number.isFinite(size) && size > 0
        ? Math.min(LINT_LIMITS.maxFileSizeMB.maximum, size)
        : LINT_LIMITS.maxFileSizeMB.default,
  };
}

/**
 * Team names from the setting or from a user list's team column: trimmed, each once, those the API
 * would refuse (over 200 characters, control characters) left out, at most REPORT_LIMITS.teams.maxItems.
 */
export function boundedTeamNames(names: Iterable<unknown>): string[] {
  const out = new Set<string>();
  for (const raw of names) {
    if (out.size >= REPORT_LIMITS.teams.maxItems) break;
    if (typeof raw !== 'string') continue;
    const name = raw.trim();
    if (name && name.length <= REPORT_LIMITS.teams.maxLength && !/[\u0000-\u001f\u007f]/.test(name)) out.add(name);
  }
  return [...out];
}

/** `cyberguru.report.threshold` within 0..100 (a fraction is kept). */
export function clampThreshold(value: unknown): number {
  const { default: fallback, minimum, maximum } = REPORT_LIMITS.threshold;
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(maximum, Math.max(minimum, value)) : fallback;
}
