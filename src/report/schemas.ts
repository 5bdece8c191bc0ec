// zod schemas of every answer the client reads. Unknown extra fields are tolerated (and dropped);
// a missing or mistyped field becomes MALFORMED_RESPONSE naming the field, never a wrong number.
import * as z from 'zod/mini';
import { en } from 'zod/locales';
import { lazy } from '../util/lazy';
import { ReportError } from './errors';

/**
 * The answer schemas, built on first use: building them (and loading zod's English messages) is a
 * few milliseconds the extension's activation does not need.
 */
export const reportSchemas = lazy(() => {
  // zod/mini loads no messages by default; the English ones say what was expected ("expected number").
  z.config(en());

  const count = z.number().check(z.int(), z.nonnegative());
  const rate = z.number().check(z.minimum(0), z.maximum(100));

  /** Pagination and ranking numbers: the platform sometimes sends numbers as strings ("1"). */
  const looseCount = z.union([count, z.pipe(z.string().check(z.regex(/^\d+$/)), z.transform(Number))]);
  const looseNullableCount = z.nullable(looseCount);

  const serviceSchema = z.object({ assigned: count, completed: count, completion_rate: rate });

  const userSchema = z.object({
    email: z.string().check(z.trim(), z.minLength(1)),
    assigned_total: count,
    completed_total: count,
    completion_rate_total: rate,
    services: z.object({ awareness: serviceSchema, channel: serviceSchema }),
  });

  const paginationSchema = z.object({
    current_page: looseCount,
    per_page: looseCount,
    total_items: looseCount,
    total_pages: looseCount,
    from: looseNullableCount,
    to: looseNullableCount,
    has_next: z.boolean(),
    has_prev: z.boolean(),
    next_page: looseNullableCount,
    prev_page: looseNullableCount,
    first_page: looseCount,
    last_page: looseCount,
  });

  const usersPage = z.object({
    users: z.array(userSchema),
    total_users: count,
    pagination: z.optional(paginationSchema),
  });

  const rankingsPage = z.object({
    teams: z.array(
      z.object({
        position: z.optional(z.union([z.number(), z.string()])),
        team: z.string().check(z.trim(), z.minLength(1)),
      }),
    ),
    pagination: z.optional(z.partial(paginationSchema)),
  });

  const token = z.object({
    access_token: z.string().check(z.minLength(8)),
    expires_in: z.optional(looseCount),
    token_type: z.optional(z.string()),
  });

  return { usersPage, rankingsPage, token };
});

export type RankingsPage = z.infer<ReturnType<typeof reportSchemas>['rankingsPage']>;

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
export function validate<T>(schema: z.ZodMiniType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = fieldPath(issue?.path ?? []);
  // zod messages state the expectation ("expected number, received string") without echoing values.
  const expectation = issue ? issue.message.replace(/^Invalid input: /, '') : 'unexpected shape';
  throw new ReportError(
    'MALFORMED_RESPONSE',
    `The ${what} does not match the documented format at "${field}" (${expectation}). ` +
      'Check the API URL; if it is right, report this to Cyber Guru support.',
    { field },
  );
}
