// The state of one scope of the report (the company or a team) as the tree shows it.
import type { CompletionSummary, UsersReport } from '../../report';

export type ScopeState =
  | { status: 'loading' }
  | {
      status: 'loaded';
      report: UsersReport;
      summary: CompletionSummary;
      /** Set when a refresh failed and these are the figures of an earlier read (see lastGoodData). */
      stale?: StaleMark;
    }
  | { status: 'failed'; error: Error };

/** Figures kept from an earlier read after a refresh failed. */
export interface StaleMark {
  readAt: Date;
  error: Error;
}

/** The company, or one team by its exact name. */
export type Scope = { kind: 'company' } | { kind: 'team'; name: string };

export const COMPANY: Scope = { kind: 'company' };

export function scopeKey(scope: Scope): string {
  return scope.kind === 'company' ? 'company' : `team:${scope.name}`;
}
