// What `cyberguru report`'s definition (reportCommand.ts) and its run (reportRun.ts) both know.

/** Where the client secret is read from (or standard input): never a flag, which shows in the process list. */
export const SECRET_ENV = 'CYBERGURU_CLIENT_SECRET';

/** The options as commander gives them to the run. */
export interface ReportFlags {
  tenant: string;
  apiUrl: string;
  loginUrl?: string;
  team: string[];
  allTeams?: boolean;
  pageSize: string;
  format: 'json' | 'csv';
  output?: string;
  clientSecretStdin?: boolean;
  snapshotDir?: string;
  retentionDays?: string;
}
