// A deterministic demo company for the emulator: the same seed always gives the same users, teams
// and figures. Some users are deleted, suspended, unlicensed or have no modules, so the emulator can
// show that the API leaves them out.
import { completionRate } from '../report/aggregate';
import type { ServiceProgress, UserProgress } from '../report/types';

export type UserStatus = 'active' | 'deleted' | 'suspended' | 'unlicensed';

export interface EmulatedUser {
  team: string;
  status: UserStatus;
  record: UserProgress;
}

export const DEMO_TEAMS = [
  'Sales EMEA',
  'Sales Americas',
  'Engineering',
  'Finance',
  'Human Resources',
  'Operations',
  'Legal & Compliance',
  'Customer Care',
];

const FIRST_NAMES = ['anna', 'marco', 'giulia', 'luca', 'sara', 'paolo', 'elena', 'davide', 'chiara', 'matteo', 'laura', 'andrea', 'sofia', 'stefano', 'marta', 'giorgio', 'irene', 'fabio', 'valentina', 'roberto'];
const LAST_NAMES = ['ferrari', 'rossi', 'bianchi', 'romano', 'colombo', 'ricci', 'marino', 'greco', 'bruno', 'gallo', 'conti', 'deluca', 'mancini', 'costa', 'giordano', 'rizzo', 'lombardi', 'moretti', 'barbieri', 'fontana'];

/** mulberry32: small, fast, good enough for demo data. */
function prng(seed: string): () => number {
  let state = 2166136261;
  for (let i = 0; i < seed.length; i++) state = Math.imul(state ^ seed.charCodeAt(i), 16777619);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function service(assigned: number, completed: number): ServiceProgress {
  return { assigned, completed, completion_rate: completionRate(completed, assigned) };
}

export function userRecord(email: string, awareness: [number, number], channel: [number, number]): UserProgress {
  const assigned = awareness[0] + channel[0];
  const completed = awareness[1] + channel[1];
  return {
    email,
    assigned_total: assigned,
    completed_total: completed,
    completion_rate_total: completionRate(completed, assigned),
    services: { awareness: service(...awareness), channel: service(...channel) },
  };
}

/** The guide's two example users, first in every demo company so its examples can be reproduced. */
const GUIDE_USERS: EmulatedUser[] = [
  { team: 'Sales EMEA', status: 'active', record: userRecord('anna.ferrari@company.com', [12, 11], [8, 6]) },
  { team: 'Sales EMEA', status: 'active', record: userRecord('marco.rossi@company.com', [12, 12], [8, 8]) },
];

/** True when the API returns this user (the guide's exclusion rules). */
export function isReported(user: EmulatedUser): boolean {
  return user.status === 'active' && user.record.assigned_total > 0;
}

export interface DatasetOptions {
  seed: string;
  /** Users the API reports; excluded users come on top. */
  users: number;
}

/** Builds the company: `users` reported users plus about 6 % excluded ones of every kind. */
export function buildDataset({ seed, users }: DatasetOptions): EmulatedUser[] {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
  const out: EmulatedUser[] = GUIDE_USERS.slice(0, Math.min(users, GUIDE_USERS.length)).map((u) => structuredClone(u));
  let reported = out.length;
  const excludedKinds: ('deleted' | 'suspended' | 'unlicensed' | 'no-modules')[] = ['deleted', 'suspended', 'unlicensed', 'no-modules'];
  for (let n = 0; reported < users || n < excludedKinds.length; n++) {
    const first = pick(FIRST_NAMES);
    const last = pick(LAST_NAMES);
    const email = `${first}.${last}.${n}@company.com`;
    // Team sizes differ: earlier teams are more likely.
    const team = DEMO_TEAMS[Math.floor(random() ** 1.4 * DEMO_TEAMS.length)] as string;
    const awarenessAssigned = pick([4, 8, 12, 12, 12]);
    const channelAssigned = pick([0, 4, 8, 8]);
    const diligence = random();
    const done = (assigned: number) => Math.min(assigned, Math.round(assigned * Math.min(1, diligence * 1.3)));
    let record = userRecord(email, [awarenessAssigned, done(awarenessAssigned)], [channelAssigned, done(channelAssigned)]);
    let status: UserStatus = 'active';
    const kind = n < excludedKinds.length ? excludedKinds[n] : random() < 0.06 ? pick(excludedKinds) : undefined;
    if (kind === 'no-modules') record = userRecord(email, [0, 0], [0, 0]);
    else if (kind) status = kind;
    const user = { team, status, record };
    out.push(user);
    if (isReported(user)) reported++;
  }
  return out;
}

/** A reported user added while a run is in progress (for the "data changed" fault). */
export function lateUser(index: number, team: string): EmulatedUser {
  return { team, status: 'active', record: userRecord(`new.hire.${index}@company.com`, [4, 0], [0, 0]) };
}
