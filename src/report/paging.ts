// Reads every page of a paged user list: page 1 first (it says how many pages there are), then the
// rest at once (the client's limiter bounds how many are in flight), then cross-checks the counts.
import { ReportError } from './errors';
import { cancelledError } from './limiter';
import type { ReportProgress, UserProgress, UsersPage, UsersReport } from './types';

/** 100 million users at 1000 per page: more pages than that is a broken answer, not a company. */
const MAX_PAGES = 100_000;

/**
 * The pages to read: `total_pages` as announced, but never more than `total_users` at `pageSize` per
 * page needs (a hostile or broken answer cannot make the client request a million empty pages).
 */
function checkedPageCount(pages: number, totalUsers: number, pageSize: number): number {
  pages = Math.min(pages, Math.ceil(totalUsers / pageSize));
  if (pages > MAX_PAGES) {
    throw new ReportError(
      'MALFORMED_RESPONSE',
      `The reporting API announced ${pages} pages, more than any company has. Check the API URL.`,
      { field: 'pagination.total_pages' },
    );
  }
  return Math.max(1, pages);
}

export interface CollectOptions {
  team?: string;
  /** Users per page asked for. */
  pageSize: number;
  generatedAt: string;
  onProgress?: (progress: ReportProgress) => void;
  /** Aborted on the first failure so sibling pages stop; linked to the caller's signal. */
  controller: AbortController;
  callerSignal?: AbortSignal;
}

/** What the pages said about the data set, for the cross-check. */
interface RunState {
  knownPages: number;
  totalsSeen: Set<number>;
  missingPages: number[];
  usersSoFar: number;
  pagesDone: number;
}

export async function collectPages(fetchPage: (page: number) => Promise<UsersPage>, options: CollectOptions): Promise<UsersReport> {
  const { team, controller } = options;
  const byPage = new Map<number, UserProgress[]>();
  try {
    const first = await fetchPage(1);
    byPage.set(1, first.users);
    const announced = first.total_users;
    const state: RunState = {
      knownPages: checkedPageCount(first.pagination?.total_pages ?? 1, announced, options.pageSize),
      totalsSeen: new Set([announced]),
      missingPages: [],
      usersSoFar: first.users.length,
      pagesDone: 1,
    };
    const progress = () =>
      options.onProgress?.({ team, pagesDone: state.pagesDone, pagesTotal: state.knownPages, usersSoFar: state.usersSoFar, totalUsers: announced });
    progress();

    const readPage = async (page: number) => {
      try {
        const answer = await fetchPage(page);
        byPage.set(page, answer.users);
        state.totalsSeen.add(answer.total_users);
        // Pages added under the run are read too; a shrunk list shows up as a missing page below.
        const pages = answer.pagination ? checkedPageCount(answer.pagination.total_pages, answer.total_users, options.pageSize) : 0;
        if (pages > state.knownPages) state.knownPages = pages;
        state.usersSoFar += answer.users.length;
      } catch (err) {
        // Same parameters as page 1, so EXT_1000 here means the page vanished (fewer users now).
        if (!(err instanceof ReportError && err.code === 'EXT_1000')) throw err;
        state.missingPages.push(page);
      }
      state.pagesDone++;
      progress();
    };

    let dispatched = 1;
    while (dispatched < state.knownPages) {
      const batch: number[] = [];
      for (let page = dispatched + 1; page <= state.knownPages; page++) batch.push(page);
      dispatched = state.knownPages;
      await Promise.all(batch.map(readPage));
    }
    return buildReport(byPage, announced, state, options);
  } catch (err) {
    controller.abort();
    throw options.callerSignal?.aborted ? cancelledError() : err;
  }
}

function buildReport(byPage: Map<number, UserProgress[]>, announced: number, state: RunState, options: CollectOptions): UsersReport {
  const users: UserProgress[] = [];
  const seen = new Set<string>();
  let duplicates = 0;
  for (const page of [...byPage.keys()].sort((a, b) => a - b)) {
    for (const user of byPage.get(page) ?? []) {
      const key = user.email.trim().toLowerCase();
      if (seen.has(key)) {
        duplicates++;
        continue;
      }
      seen.add(key);
      users.push(user);
    }
  }
  const warnings: string[] = [];
  if (state.totalsSeen.size > 1) {
    const totals = [...state.totalsSeen];
    warnings.push(`The number of users changed during the run (from ${totals[0]} to ${totals[totals.length - 1]}).`);
  }
  if (state.missingPages.length > 0) {
    warnings.push(`Page(s) ${state.missingPages.sort((a, b) => a - b).join(', ')} no longer existed when read.`);
  }
  if (users.length !== announced) {
    const dropped = duplicates > 0 ? ` (${duplicates} repeated record${duplicates === 1 ? '' : 's'} dropped)` : '';
    warnings.push(`The platform announced ${announced} users but ${users.length} distinct users arrived${dropped}.`);
  }
  if (warnings.length > 0) warnings.push('The data changed during the run: run the report again for an exact snapshot.');
  return {
    team: options.team,
    generated_at: options.generatedAt,
    users,
    total_users: announced,
    pages: byPage.size,
    duplicates,
    consistent: warnings.length === 0,
    warnings,
  };
}
