// Last good data: when a refresh fails for a reason that passes (platform down, network, timeout), each
// scope keeps the figures of the previous successful read, marked with when they were read and why the
// refresh failed, instead of turning into an error. Pure: no `vscode`, no I/O.
import { ReportError } from '../../report';
import type { ScopeState } from './scopeState';

/** The figures a refresh started from, by scope key ("company", "team:NAME"). */
export interface LastGoodData {
  readonly states: ReadonlyMap<string, Extract<ScopeState, { status: 'loaded' }>>;
  /** When those figures were read (the previous successful load). */
  readonly readAt: Date;
}

/** A failure that says nothing about the figures themselves: the last ones read are still the best known. */
export function isPassingFailure(error: Error): boolean {
  if (!(error instanceof ReportError)) return false;
  if (error.needsSignIn) return false;
  return !['EXT_1004', 'EXT_1003', 'INVALID_INPUT', 'INSECURE_URL', 'CANCELLED', 'FORBIDDEN'].includes(error.code);
}

/** What a refresh may fall back on: every loaded scope now, with the time it was read. */
export function rememberLoaded(scopes: Iterable<[string, ScopeState | undefined]>, readAt: Date | undefined): LastGoodData | undefined {
  if (!readAt) return undefined;
  const states = new Map<string, Extract<ScopeState, { status: 'loaded' }>>();
  for (const [key, state] of scopes) if (state?.status === 'loaded') states.set(key, state);
  return states.size > 0 ? { states, readAt } : undefined;
}

/** The previous figures of a scope, marked stale with the reason, or undefined when there are none or the failure is not a passing one. */
export function fallBackTo(lastGood: LastGoodData | undefined, key: string, error: Error): ScopeState | undefined {
  const previous = lastGood?.states.get(key);
  if (!previous || !isPassingFailure(error)) return undefined;
  return { ...previous, stale: { readAt: previous.stale?.readAt ?? lastGood!.readAt, error } };
}
