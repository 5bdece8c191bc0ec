// The data behind the Training Completion tree: what is loaded, loading or failed, cached for the
// session, plus the view options (sort, filter, threshold, pages shown). No `vscode` import: the tree
// provider only reads this model and listens to its changes.
import { setMaxListeners } from 'node:events';
import { aggregate, ReportError, type ReportClient, type UserProgress, type UsersReport, type CompletionSummary } from '../../report';
import { fallBackTo, isPassingFailure, rememberLoaded, type LastGoodData } from './lastGoodData';
import { Signal } from './signal';
import { COMPANY, scopeKey, type Scope, type ScopeState, type StaleMark } from './scopeState';
import { mergeTeamNames, type TeamEntry, type TeamNamesBySource, type TeamSource } from './teamSources';
import { orderUsers, type UserSortOrder } from './userOrdering';

/** What the model needs from the reporting client (an interface, so tests can substitute it). */
export type ReportSource = Pick<ReportClient, 'fetchUsers' | 'listTeams'>;

export type ModelChange =
  /** Everything may differ: connection, a new load run, sort, filter or threshold. */
  | { kind: 'reset' }
  | { kind: 'company' }
  /** Team names were added or removed. */
  | { kind: 'teamList' }
  | { kind: 'team'; name: string }
  /** More users of one scope are shown. */
  | { kind: 'page'; scope: Scope }
  /** A load run finished (the "last updated" time changed). */
  | { kind: 'loaded' };

export interface LoadOutcome {
  /** A newer run (refresh, sign-out) replaced this one before it finished. */
  superseded: boolean;
  /** The first failure that signing in again would fix (revoked secret, unknown tenant, no rights). */
  signInProblem?: ReportError;
  /** Scopes (company or teams) that failed. */
  failures: number;
  /** The refresh failed for a passing reason and earlier figures are shown: when they were read, and why. */
  stale?: { readAt: Date; error: Error };
}

export interface UsersPageView {
  users: UserProgress[];
  /** Users matching the filter. */
  matching: number;
  /** Users in the scope. */
  total: number;
}

export interface ReportModelOptions {
  pageSize: number;
  now?: () => Date;
}

interface Run {
  controller: AbortController;
  pending: Set<Promise<void>>;
  signInProblem?: ReportError;
  failures: number;
  finished: boolean;
  done?: Promise<LoadOutcome>;
  /** The figures shown when the run started: kept for a scope whose refresh fails for a passing reason. */
  lastGood?: LastGoodData;
  /** The first passing failure that left earlier figures in place. */
  staleBecause?: Error;
}

/** Every team's and page's request listens on the run's signal: many listeners are expected, not a leak. */
function runController(): AbortController {
  const controller = new AbortController();
  setMaxListeners(0, controller.signal);
  return controller;
}

function asError(err: unknown): Error {
  return err instanceof Error ? err : new Error(String(err));
}

export class ReportModel {
  private readonly changes = new Signal<ModelChange>();
  readonly onDidChange = this.changes.on.bind(this.changes);

  private source?: ReportSource;
  private run?: Run;
  private companyState?: ScopeState;
  private readonly teamStates = new Map<string, ScopeState>();
  private readonly names: TeamNamesBySource = { platform: [], settings: [], userList: [] };
  private hidden: ReadonlySet<string> = new Set();
  private entries: TeamEntry[] = [];
  private note?: string;
  private updatedAt?: Date;
  private thresholdValue = 80;
  private order: UserSortOrder = 'lowestFirst';
  private filterValue = '';
  private readonly shown = new Map<string, number>();

  constructor(private readonly options: ReportModelOptions) {}

  // ---- connection and loading ----

  /** A new client (sign-in) or none (sign-out): the cache is dropped and any run is cancelled. */
  setSource(source: ReportSource | undefined): void {
    this.run?.controller.abort();
    this.run = undefined;
    this.source = source;
    this.companyState = undefined;
    this.teamStates.clear();
    this.names.platform = [];
    this.note = undefined;
    this.updatedAt = undefined;
    this.shown.clear();
    this.recomputeTeams();
    this.changes.fire({ kind: 'reset' });
  }

  get connected(): boolean {
    return this.source !== undefined;
  }

  /** True from the start of a run until its last scope is settled. */
  get loading(): boolean {
    return this.run !== undefined && !this.run.finished;
  }

  /** The cached report, or the first load of the session. */
  ensureLoaded(): Promise<LoadOutcome> {
    return this.run?.done ?? this.refresh();
  }

  /** Re-fetches everything (company, team list, every team), cancelling a run in progress. */
  refresh(): Promise<LoadOutcome> {
    const source = this.source;
    if (!source) return Promise.resolve({ superseded: false, failures: 0 });
    this.run?.controller.abort();
    // A refresh during a refresh starts from the figures the interrupted one started from.
    const interrupted = this.run && !this.run.finished ? this.run : undefined;
    const lastGood = interrupted ? interrupted.lastGood : rememberLoaded([['company', this.companyState], ...[...this.teamStates].map(([name, state]): [string, ScopeState] => [scopeKey({ kind: 'team', name }), state])], this.updatedAt);
    const run: Run = { controller: runController(), pending: new Set(), failures: 0, finished: false, lastGood };
    this.run = run;
    this.companyState = { status: 'loading' };
    this.teamStates.clear();
    // The platform's team names stay until a new list arrives: a failed refresh keeps its teams.
    this.note = undefined;
    this.shown.clear();
    this.recomputeTeams();
    this.changes.fire({ kind: 'reset' });
    run.done = this.execute(run, source);
    return run.done;
  }

  /** Re-fetches one team (its "Retry" action, or its inline Refresh). */
  refreshTeam(name: string): Promise<void> {
    const run = this.run;
    if (!run || !this.source) return Promise.resolve();
    if (run.controller.signal.aborted) {
      // The run stopped on a sign-in problem; a retry gets a fresh start.
      run.controller = runController();
      run.signInProblem = undefined;
    }
    this.teamStates.delete(name);
    return this.startTeam(run, this.source, name);
  }

  /** Resolves when the current run and every team load it started are finished. */
  async whenIdle(): Promise<void> {
    const run = this.run;
    if (!run) return;
    await run.done;
    while (run.pending.size > 0) await Promise.all([...run.pending]);
  }

  private async execute(run: Run, source: ReportSource): Promise<LoadOutcome> {
    const company = this.fetchScope(run, source, undefined).then((state) => {
      if (run !== this.run) return;
      this.companyState = state;
      this.changes.fire({ kind: 'company' });
    });
    // Configured and user-list teams need not wait for the platform's team list.
    for (const entry of this.entries) void this.startTeam(run, source, entry.name);
    await Promise.all([company, this.loadTeamList(run, source)]);
    while (run.pending.size > 0) await Promise.all([...run.pending]);
    run.finished = true;
    if (run !== this.run) return { superseded: true, failures: run.failures };
    // "Last updated" moves only when the company's figures were read now, not kept from before.
    const readNow = this.companyState?.status === 'loaded' && !this.companyState.stale;
    if (readNow) this.updatedAt = (this.options.now ?? (() => new Date()))();
    this.changes.fire({ kind: 'loaded' });
    const stale = run.staleBecause && run.lastGood ? { readAt: run.lastGood.readAt, error: run.staleBecause } : undefined;
    return { superseded: false, signInProblem: run.signInProblem, failures: run.failures, stale };
  }

  private async loadTeamList(run: Run, source: ReportSource): Promise<void> {
    let platform: readonly string[] = [];
    let note: string | undefined;
    try {
      const result = await source.listTeams(run.controller.signal);
      if (result.available) platform = result.teams;
      else note = result.reason;
    } catch (err) {
      const error = this.noteFailure(run, err);
      if (run.lastGood && isPassingFailure(error)) {
        // The earlier list stays; the one message about the failed refresh covers it.
        platform = this.names.platform;
        run.staleBecause ??= error;
      } else {
        note = error.message;
      }
    }
    if (run !== this.run) return;
    this.names.platform = platform;
    this.note = note;
    this.recomputeTeams();
    for (const entry of this.entries) void this.startTeam(run, source, entry.name);
    this.changes.fire({ kind: 'teamList' });
  }

  /** Starts loading a team unless it is loaded or loading; the promise settles when it is done. */
  private startTeam(run: Run, source: ReportSource, name: string): Promise<void> {
    if (this.teamStates.has(name)) return Promise.resolve();
    this.teamStates.set(name, { status: 'loading' });
    this.changes.fire({ kind: 'team', name });
    const loading = this.fetchScope(run, source, name).then((state) => {
      if (run !== this.run) return;
      this.teamStates.set(name, state);
      this.changes.fire({ kind: 'team', name });
    });
    const tracked = loading.finally(() => run.pending.delete(tracked));
    run.pending.add(tracked);
    return tracked;
  }

  private async fetchScope(run: Run, source: ReportSource, team: string | undefined): Promise<ScopeState> {
    try {
      const report = await source.fetchUsers({ team, signal: run.controller.signal });
      return { status: 'loaded', report, summary: aggregate(report.users, this.thresholdValue) };
    } catch (err) {
      run.failures++;
      const error = this.noteFailure(run, err);
      const kept = fallBackTo(run.lastGood, scopeKey(team === undefined ? COMPANY : { kind: 'team', name: team }), error);
      if (kept) {
        run.staleBecause ??= error;
        return kept;
      }
      return { status: 'failed', error };
    }
  }

  /**
   * A failure that signing in again would fix ends the run (every other request would fail the same
   * way); requests it cancels report that failure instead of "cancelled".
   */
  private noteFailure(run: Run, err: unknown): Error {
    const error = asError(err);
    if (error instanceof ReportError && error.needsSignIn) {
      run.signInProblem ??= error;
      run.controller.abort();
      return error;
    }
    if (run.signInProblem && error instanceof ReportError && error.code === 'CANCELLED') return run.signInProblem;
    return error;
  }

  // ---- team names ----

  /** Team names from one source (the setting, or the open user list's team column). */
  setTeamNames(source: Exclude<TeamSource, 'platform'>, names: readonly string[]): void {
    const same = names.length === this.names[source].length && names.every((n, i) => n === this.names[source][i]);
    if (same) return;
    this.names[source] = [...names];
    this.teamsChanged();
  }

  /** Teams the user removed from the tree although the platform or a user list names them. */
  setHiddenTeams(hidden: ReadonlySet<string>): void {
    this.hidden = new Set(hidden);
    this.teamsChanged();
  }

  teamNames(source: TeamSource): readonly string[] {
    return this.names[source];
  }

  private teamsChanged(): void {
    this.recomputeTeams();
    const run = this.run;
    if (run && this.source) for (const entry of this.entries) void this.startTeam(run, this.source, entry.name);
    this.changes.fire({ kind: 'teamList' });
  }

  private recomputeTeams(): void {
    this.entries = mergeTeamNames(this.names, this.hidden);
  }

  // ---- what the tree reads ----

  get company(): ScopeState | undefined {
    return this.companyState;
  }

  get teams(): readonly TeamEntry[] {
    return this.entries;
  }

  team(name: string): ScopeState | undefined {
    return this.teamStates.get(name);
  }

  state(scope: Scope): ScopeState | undefined {
    return scope.kind === 'company' ? this.companyState : this.teamStates.get(scope.name);
  }

  /** Why the platform's team list is missing, if it is. */
  get teamListNote(): string | undefined {
    return this.note;
  }

  get lastUpdated(): Date | undefined {
    return this.updatedAt;
  }

  /** Loaded teams in tree order, for the export. */
  loadedTeams(): { name: string; report: UsersReport; summary: CompletionSummary; stale?: StaleMark }[] {
    return this.entries.flatMap(({ name }) => {
      const state = this.teamStates.get(name);
      return state?.status === 'loaded' ? [{ name, report: state.report, summary: state.summary, stale: state.stale }] : [];
    });
  }

  /** Teams in the tree whose load failed. */
  failedTeams(): { name: string; error: Error }[] {
    return this.entries.flatMap(({ name }) => {
      const state = this.teamStates.get(name);
      return state?.status === 'failed' ? [{ name, error: state.error }] : [];
    });
  }

  // ---- view options ----

  get threshold(): number {
    return this.thresholdValue;
  }

  set threshold(value: number) {
    if (value === this.thresholdValue) return;
    this.thresholdValue = value;
    const reaggregate = (state: ScopeState | undefined): ScopeState | undefined =>
      state?.status === 'loaded' ? { ...state, summary: aggregate(state.report.users, value) } : state;
    this.companyState = reaggregate(this.companyState);
    for (const [name, state] of this.teamStates) this.teamStates.set(name, reaggregate(state) as ScopeState);
    this.changes.fire({ kind: 'reset' });
  }

  get sortOrder(): UserSortOrder {
    return this.order;
  }

  set sortOrder(order: UserSortOrder) {
    if (order === this.order) return;
    this.order = order;
    this.changes.fire({ kind: 'reset' });
  }

  get filter(): string {
    return this.filterValue;
  }

  set filter(text: string) {
    const value = text.trim();
    if (value === this.filterValue) return;
    this.filterValue = value;
    this.shown.clear();
    this.changes.fire({ kind: 'reset' });
  }

  /** The users of a scope to show now: filtered, sorted, the first pages. Undefined until loaded. */
  usersPage(scope: Scope): UsersPageView | undefined {
    const state = this.state(scope);
    if (state?.status !== 'loaded') return undefined;
    const ordered = orderUsers(state.report.users, this.order, this.filterValue);
    const shown = this.shown.get(scopeKey(scope)) ?? this.options.pageSize;
    return { users: ordered.slice(0, shown), matching: ordered.length, total: state.report.users.length };
  }

  /** "Load more": one more page of the scope's users. */
  showMore(scope: Scope): void {
    const key = scopeKey(scope);
    this.shown.set(key, (this.shown.get(key) ?? this.options.pageSize) + this.options.pageSize);
    this.changes.fire({ kind: 'page', scope });
  }
}

export { COMPANY };
