// A baseline: the users the platform already has (its export of current users, or the last list
// imported), indexed by e-mail and by username for the import diff and the baseline rules.
import type { CyberGuruConfig } from '../types';
import { decodeListBytes, type ListEncoding } from './decodeList';
import { readUserList, userLine, type UserList } from './userList';

/** A key that more than one baseline user has: the first is used, the others are reported. */
export interface BaselineDuplicate {
  kind: 'email' | 'username';
  value: string;
  /** 1-based lines of every user with this key, in file order. */
  lines: number[];
}

export interface Baseline {
  /** Where it was read from (a path for the CLI, a URI for the editor), for related locations. */
  readonly source: string;
  readonly encoding: ListEncoding | undefined;
  readonly users: UserList;
  /** E-mail key -> first user with it. */
  readonly byEmail: ReadonlyMap<string, number>;
  /** Username key -> first user with it. */
  readonly byUsername: ReadonlyMap<string, number>;
  readonly duplicates: readonly BaselineDuplicate[];
}

/** Reads a baseline from its bytes (any of the encodings decodeListBytes knows). */
export function readBaselineBytes(bytes: Uint8Array, source: string, config: CyberGuruConfig = {}): Baseline {
  const { text, encoding } = decodeListBytes(bytes);
  return indexBaseline(readUserList(text, config), source, encoding);
}

/** Reads a baseline from its text. */
export function readBaselineText(text: string, source: string, config: CyberGuruConfig = {}): Baseline {
  return indexBaseline(readUserList(text, config), source, undefined);
}

function indexBaseline(users: UserList, source: string, encoding: ListEncoding | undefined): Baseline {
  const email = indexKeys(users, users.emailKeys, 'email');
  const username = indexKeys(users, users.usernameKeys, 'username');
  return { source, encoding, users, byEmail: email.index, byUsername: username.index, duplicates: [...email.duplicates, ...username.duplicates] };
}

function indexKeys(users: UserList, keys: readonly string[], kind: BaselineDuplicate['kind']) {
  const index = new Map<string, number>();
  let repeated: Map<string, number[]> | undefined;
  for (let user = 0; user < keys.length; user++) {
    const key = keys[user];
    if (key === '') continue;
    const first = index.get(key);
    if (first === undefined) {
      index.set(key, user);
      continue;
    }
    repeated ??= new Map();
    let list = repeated.get(key);
    if (!list) repeated.set(key, (list = [first]));
    list.push(user);
  }
  const duplicates: BaselineDuplicate[] = [];
  for (const [value, list] of repeated ?? []) duplicates.push({ kind, value, lines: list.map((user) => userLine(users, user)) });
  return { index, duplicates };
}
