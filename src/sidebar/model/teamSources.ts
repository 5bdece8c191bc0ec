// Where team names come from: the platform's team list, the `cyberguru.report.teams` setting and the
// team column of an open user list. Merged once per change, each name remembering its sources.

export type TeamSource = 'platform' | 'settings' | 'userList';

export interface TeamEntry {
  name: string;
  sources: readonly TeamSource[];
}

export type TeamNamesBySource = Record<TeamSource, readonly string[]>;

/** Names trimmed, empty ones dropped, each once (exact spelling: the API matches team names exactly), sorted by name. */
export function mergeTeamNames(bySource: TeamNamesBySource, hidden: ReadonlySet<string>): TeamEntry[] {
  const merged = new Map<string, TeamSource[]>();
  for (const source of ['settings', 'userList', 'platform'] as const) {
    for (const raw of bySource[source]) {
      const name = raw.trim();
      if (!name || hidden.has(name)) continue;
      const sources = merged.get(name) ?? [];
      if (!sources.includes(source)) sources.push(source);
      merged.set(name, sources);
    }
  }
  return [...merged]
    .map(([name, sources]) => ({ name, sources }))
    .sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }) || a.name.localeCompare(b.name));
}
