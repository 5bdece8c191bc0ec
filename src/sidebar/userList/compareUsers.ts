// Cross-check of a user list with the report: who is in the file but not reported (not yet assigned,
// suspended, unlicensed, or a typo), and who is reported but missing from the file. Pure.
import type { UserProgress } from '../../report';
import type { UserListRow } from './readUserList';

export interface UserListComparison {
  /** Rows whose e-mail the report does not have (first row per e-mail). */
  onlyInFile: UserListRow[];
  /** Reported users whose e-mail is not in the file. */
  onlyInReport: UserProgress[];
  /** E-mails found on both sides. */
  matched: number;
}

const key = (email: string) => email.trim().toLowerCase();

/** E-mails compare case-insensitively (the platform treats them so). Rows without an e-mail are skipped. */
export function compareUsers(rows: readonly UserListRow[], reported: readonly UserProgress[]): UserListComparison {
  const inReport = new Set(reported.map((u) => key(u.email)));
  const inFile = new Set<string>();
  const onlyInFile: UserListRow[] = [];
  let matched = 0;
  for (const row of rows) {
    const email = key(row.email);
    if (!email || inFile.has(email)) continue;
    inFile.add(email);
    if (inReport.has(email)) matched++;
    else onlyInFile.push(row);
  }
  const onlyInReport = reported.filter((u) => !inFile.has(key(u.email)));
  return { onlyInFile, onlyInReport, matched };
}
