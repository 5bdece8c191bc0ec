// "Did you mean": the platform's spelling of a team name that the API did not know (EXT_1004), e.g.
// `Sales_EMEA` for `Sales EMEA`. Pure.

/** Case, separators (space, underscore, hyphen, dot) and repeated spaces do not count. */
function loose(name: string): string {
  return name.toLowerCase().replace(/[\s_.\-]+/g, ' ').trim();
}

function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      rowMin = Math.min(rowMin, current[j]!);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The one platform name that `name` most likely means: equal but for case and separators, else at most
 * two edits away (names of 5 characters or more); undefined when none or when two are equally close.
 */
export function closestTeamName(name: string, platformNames: readonly string[]): string | undefined {
  const wanted = loose(name);
  const candidates = platformNames.filter((p) => p !== name);
  const same = candidates.filter((p) => loose(p) === wanted);
  if (same.length === 1) return same[0];
  if (same.length > 1 || wanted.length < 5) return undefined;
  let best: string | undefined;
  let bestDistance = 3;
  let tie = false;
  for (const candidate of candidates) {
    const distance = editDistance(wanted, loose(candidate), 2);
    if (distance < bestDistance) [best, bestDistance, tie] = [candidate, distance, false];
    else if (distance === bestDistance) tie = true;
  }
  return tie ? undefined : best;
}
