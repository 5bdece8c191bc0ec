// The Export command's file content, in the report module's formats (the same as `cyberguru report`).
// Pure: the loaded report in, text out.
import { aggregate, reportToJson, usersToCsv, type ReportJson, type UserProgress, type UsersReport, type CompletionSummary } from '../../report';

export type ExportFormat = 'csv' | 'json';

export interface ExportInput {
  generatedAt: string;
  companyUsers: readonly UserProgress[];
  teams: readonly { name: string; report: UsersReport; summary: CompletionSummary }[];
  /** Teams in the tree that failed: not in the file, and said so in the JSON's warnings. */
  failedTeams: readonly { name: string; error: Error }[];
}

/**
 * JSON: `{ generated_at, total_users, users, teams, warnings? }` with the company's users and each
 * loaded team's figures. CSV: one row per team member (with a `team` column) for every loaded team,
 * then the company's users in none of them (empty team); without teams, just the company's users.
 */
export function exportContent(input: ExportInput, format: ExportFormat): string {
  if (format === 'json') {
    const json: ReportJson & { warnings?: string[] } = reportToJson(
      input.generatedAt,
      input.companyUsers,
      input.teams.map(({ name, summary }) => ({ name, summary })),
    );
    const warnings = [
      ...input.failedTeams.map(({ name, error }) => `Team ${JSON.stringify(name)} is missing: ${error.message}`),
      ...input.teams.flatMap(({ name, report }) => report.warnings.map((w) => `Team ${JSON.stringify(name)}: ${w}`)),
    ];
    if (warnings.length > 0) json.warnings = warnings;
    return JSON.stringify(json, null, 2) + '\n';
  }
  if (input.teams.length === 0) return usersToCsv(input.companyUsers.map((user) => ({ user })));
  const inTeams = new Set<string>();
  const rows: { user: UserProgress; team?: string }[] = [];
  for (const { name, report } of input.teams) {
    for (const user of report.users) {
      inTeams.add(user.email.toLowerCase());
      rows.push({ user, team: name });
    }
  }
  for (const user of input.companyUsers) if (!inTeams.has(user.email.toLowerCase())) rows.push({ user, team: '' });
  return usersToCsv(rows);
}

/**
 * The same input narrowed to the users whose e-mail contains `filter` (as the tree shows them), each
 * team's figures recomputed for those users, so a filtered export never passes for the whole company.
 */
export function filteredExportInput(input: ExportInput, filter: string): ExportInput {
  const needle = filter.trim().toLowerCase();
  if (!needle) return input;
  const keep = (users: readonly UserProgress[]) => users.filter((u) => u.email.toLowerCase().includes(needle));
  return {
    ...input,
    companyUsers: keep(input.companyUsers),
    teams: input.teams.map(({ name, report, summary }) => {
      const users = keep(report.users);
      return { name, report: { ...report, users }, summary: aggregate(users, summary.threshold) };
    }),
  };
}
