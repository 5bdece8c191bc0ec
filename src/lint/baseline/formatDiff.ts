// The import diff as text for a terminal and as JSON (the shape documented in docs/diff.md).
import type { ImportDiff } from './importDiff';

/** The counts in one line, e.g. for a status item or a summary. */
export function diffCounts(diff: ImportDiff) {
  return {
    added: diff.added.length,
    removed: diff.removed.length,
    usernameChanged: diff.usernameChanged.length,
    emailChanged: diff.emailChanged.length,
    changed: diff.changed.length,
    unchanged: diff.unchanged,
  };
}

/** The diff for a terminal: counts first, then one line per user, `file:line` first so terminals link it. */
export function formatDiffText(diff: ImportDiff, listName: string, baselineName: string): string {
  const n = diffCounts(diff);
  const out: string[] = [
    `Import preview of ${listName} against ${baselineName}:`,
    `  ${n.added} added, ${n.removed} removed, ${n.usernameChanged} username changes, ${n.emailChanged} e-mail changes, ${n.changed} with other changes, ${n.unchanged} unchanged`,
  ];
  if (n.usernameChanged) {
    out.push('', 'Username changes (the platform cannot rename a user: it creates a new user, and the history stays with the old account):');
    for (const u of diff.usernameChanged) out.push(`  ${listName}:${u.line}  ${u.email}  ${u.from} -> ${u.to}`);
  }
  if (n.emailChanged) {
    out.push('', 'E-mail changes (same username):');
    for (const u of diff.emailChanged) out.push(`  ${listName}:${u.line}  ${u.username}  ${u.from} -> ${u.to}`);
  }
  if (n.added) {
    out.push('', 'Added:');
    for (const u of diff.added) out.push(`  ${listName}:${u.line}  ${u.email}  ${u.username}`);
  }
  if (n.removed) {
    out.push('', `In ${baselineName} but not in the list (check whether your import removes or keeps them):`);
    for (const u of diff.removed) out.push(`  ${u.email}  ${u.username}`);
  }
  if (n.changed) {
    out.push('', 'Other fields changed:');
    for (const u of diff.changed) out.push(`  ${listName}:${u.line}  ${u.email}  ${u.fields.join(', ')}`);
  }
  return `${out.join('\n')}\n`;
}

/** The diff as JSON, keys in the documented order. */
export function formatDiffJson(diff: ImportDiff): string {
  const ordered: ImportDiff = {
    added: diff.added.map(({ email, username, line }) => ({ email, username, line })),
    removed: diff.removed.map(({ email, username }) => ({ email, username })),
    usernameChanged: diff.usernameChanged.map(({ email, from, to, line }) => ({ email, from, to, line })),
    emailChanged: diff.emailChanged.map(({ username, from, to, line }) => ({ username, from, to, line })),
    changed: diff.changed.map(({ email, line, fields }) => ({ email, line, fields })),
    unchanged: diff.unchanged,
  };
  return `${JSON.stringify(ordered)}\n`;
}
