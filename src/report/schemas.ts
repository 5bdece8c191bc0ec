// zod schemas of every answer the client reads. Unknown extra fields are tolerated (and dropped);
// a missing or mistyped field becomes MALFORMED_RESPONSE naming the field, never a wrong number.
// A list in an answer is counted before anything in it is checked and then checked item by item up
// to the first bad one: a hostile answer of millions of empty objects costs a length check, not one
// zod issue per object (which once took gigabytes).
import type * as z from 'zod/mini';
import { lazy } from '../util/lazy';
import type * as AnswerSchemas from './answerSchemas';
import { ReportError } from './errors';

/**
 * The answer schemas, required on first use: loading zod and building them is a few milliseconds the
 * extension's activation does not need (the bundler runs a required module's top level on demand).
 */
export const reportSchemas = lazy(() => require('./answerSchemas') as typeof AnswerSchemas);

export interface RankingsPage {
  teams: z.infer<typeof AnswerSchemas.rankingTeam>[];
  pagination?: z.infer<typeof AnswerSchemas.rankingsEnvelope>['pagination'];
}

/** "users[3].services.channel.assigned" from a zod path. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(root)';
}

/** Validates a parsed JSON value; the error names the first bad field and what was expected. */
export function validate<T>(schema: z.ZodMiniType<T>, value: unknown, what: string, at: readonly PropertyKey[] = []): T {
  let result: ReturnType<typeof schema.safeParse>;
  try {
    result = schema.safeParse(value);
  } catch {
    // A value nested deeply enough overflows the validator's stack: still just a malformed answer.
    throw malformed(what, fieldPath(at), 'nested too deeply');
  }
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  // zod messages state the expectation ("expected number, received string") without echoing values.
  const expectation = issue ? issue.message.replace(/^Invalid input: /, '') : 'unexpected shape';
  throw malformed(what, fieldPath([...at, ...(issue?.path ?? [])]), expectation);
}

function malformed(what: string, field: string, expectation: string): ReportError {
  return new ReportError(
    'MALFORMED_RESPONSE',
    `The ${what} does not match the documented format at "${field}" (${expectation}). ` +
      'Check the API URL; if it is right, report this to Cyber Guru support.',
    { field },
  );
}

/**
 * An answer made of a list under `listKey` (at most `maxItems` entries) and other fields checked by
 * `envelope`: the list's length is checked first, then each entry in turn, stopping at the first
 * bad one.
 */
export function validateListAnswer<E extends object, I, K extends string>(
  value: unknown,
  listKey: K,
  envelope: z.ZodMiniType<E>,
  item: z.ZodMiniType<I>,
  maxItems: number,
  what: string,
): E & Record<K, I[]> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw malformed(what, '(root)', 'expected object');
  const list = (value as Record<string, unknown>)[listKey];
  if (!Array.isArray(list)) throw malformed(what, listKey, `expected array, received ${list === null ? 'null' : typeof list}`);
  if (list.length > maxItems) {
    throw malformed(what, listKey, `${list.length} entries, more than the ${maxItems} asked for`);
  }
  const head = validate(envelope, value, what);
  const items: I[] = [];
  for (let i = 0; i < list.length; i++) items.push(validate(item, list[i], what, [listKey, i]));
  return { ...head, [listKey]: items } as E & Record<K, I[]>;
}
