// Every id, setting name, context key and storage key the sidebar uses. They are public contracts
// (package.json, keybindings, tests), so they live in one place. No `vscode` import.

export const VIEW_CONTAINER_ID = 'cyberguru';
export const COMPLETION_VIEW_ID = 'cyberguru.completion';

export const SidebarCommands = {
  signIn: 'cyberguru.signIn',
  signOut: 'cyberguru.signOut',
  refreshReport: 'cyberguru.refreshReport',
  filterReport: 'cyberguru.filterReport',
  clearReportFilter: 'cyberguru.clearReportFilter',
  sortReport: 'cyberguru.sortReport',
  exportReport: 'cyberguru.exportReport',
  addTeam: 'cyberguru.addTeam',
  removeTeam: 'cyberguru.removeTeam',
  loadMore: 'cyberguru.loadMoreUsers',
  compareWithUserList: 'cyberguru.compareWithUserList',
  switchConnection: 'cyberguru.switchConnection',
  /** The "did you mean" fix of an unknown team: `{ from, to }`, the platform's spelling replaces the name. */
  useTeamName: 'cyberguru.useTeamName',
  /** Internal: where the sidebar keeps state and logs, and the state's content (holds no secret), for tests. */
  storageSnapshot: 'cyberguru.internal.sidebarStorage',
  /** Internal: how the sidebar's last read of a user list used the host (blocks, CPU), for tests (argument: the list's Uri, or `{ uri, settled: true }` to wait first until no read is pending). */
  userListReadTimings: 'cyberguru.internal.userListReadTimings',
  /** Internal: the last error messages the view showed about loading (for tests: one per failed refresh). */
  reportMessages: 'cyberguru.internal.reportMessages',
  /** Internal: the history of the active connection once the last load's snapshot is stored (for tests). */
  reportHistory: 'cyberguru.internal.reportHistory',
  exportSnapshot: 'cyberguru.exportSnapshot',
  showDashboard: 'cyberguru.showDashboard',
  /** Internal: what the dashboard was sent and what its page drew, or its buttons' work (for tests). */
  dashboardState: 'cyberguru.internal.dashboard',
} as const;

/** Commands whose work is in the lazily loaded part (./startSidebar): at activation they are forwarding shims. */
export type ForwardedSidebarCommand = Exclude<(typeof SidebarCommands)[keyof typeof SidebarCommands], typeof SidebarCommands.storageSnapshot>;

/** Context keys for `when` clauses (welcome view, title-bar buttons). */
export const ContextKeys = {
  connected: 'cyberguru.connected',
  filtered: 'cyberguru.reportFiltered',
} as const;

export const REPORT_SETTINGS_SECTION = 'cyberguru.report';
export const ReportSettings = {
  /** Team names to show besides the platform's list (any scope: names cannot redirect anything). */
  teams: 'teams',
  /** Completion percentage below which a node is marked (default 80). */
  threshold: 'threshold',
} as const;

export const DEFAULT_THRESHOLD = 80;
/** Users shown per team before "Load more". */
export const USERS_PAGE_SIZE = 50;

/** Keys in `context.globalState` (user-level, never synced). Nothing secret is stored there. */
export const StateKeys = {
  /** The saved named connections and which one is active (no secret). */
  connections: 'cyberguru.connections',
  /** The single sign-in of earlier versions; migrated to `connections` at start-up. */
  legacyConnection: 'cyberguru.connection',
  hiddenTeams: 'cyberguru.hiddenTeams',
} as const;

/** Prefix of the SecretStorage key; the rest names the login host, tenant and client the secret belongs to. */
export const SECRET_KEY_PREFIX = 'cyberguru.clientSecret';
