// zod schemas of every answer the client reads, required by ./schemas on first use so that loading
// zod and building them costs nothing when the extension activates.
import * as z from 'zod/mini';
import { en } from 'zod/locales';

// zod/mini loads no messages by default; the English ones say what was expected ("expected number").
z.config(en());

const count = z.number().check(z.int(), z.nonnegative());
const rate = z.number().check(z.minimum(0), z.maximum(100));

/** Pagination and ranking numbers: the platform sometimes sends numbers as strings ("1"). */
const looseCount = z.union([count, z.pipe(z.string().check(z.regex(/^\d+$/)), z.transform(Number))]);
const looseNullableCount = z.nullable(looseCount);

const serviceSchema = z.object({ assigned: count, completed: count, completion_rate: rate });

export const user = z.object({
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

/** A users page without its `users` list, which is counted first and then checked user by user. */
export const usersEnvelope = z.object({
  total_users: count,
  pagination: z.optional(paginationSchema),
});

export const rankingTeam = z.object({
  position: z.optional(z.union([z.number(), z.string()])),
  team: z.string().check(z.trim(), z.minLength(1)),
});

/** A ranking page without its `teams` list (checked like `users`). */
export const rankingsEnvelope = z.object({
  pagination: z.optional(z.partial(paginationSchema)),
});

export const token = z.object({
  access_token: z.string().check(z.minLength(8)),
  expires_in: z.optional(looseCount),
  token_type: z.optional(z.string()),
});
