// zod schemas of every answer the client reads. Unknown extra fields are tolerated (and dropped);
// a missing or mistyped field becomes MALFORMED_RESPONSE naming the field, never a wrong number.
import type * as z from 'zod/mini';
import { lazy } from '../util/lazy';
import type * as AnswerSchemas from './answerSchemas';
import { ReportError } from './errors';

/**
 * The answer schemas, required on first use: loading zod and building them is a few milliseconds the
 * extension's activation does not need (the bundler runs a required module's top level on demand).
 */
export const reportSchemas = lazy(() => require('./answerSchemas') as typeof AnswerSchemas);

export type RankingsPage = z.infer<typeof AnswerSchemas.rankingsPage>;

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
