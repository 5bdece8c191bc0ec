import * as z from 'zod/mini';
import { en } from 'zod/locales';
import type { CyberGuruConfig } from '../types';

// zod/mini loads no messages by default; the English ones say what was expected.
z.config(en());

const columnField = z.enum(['firstName', 'lastName', 'email', 'language', 'username', 'country', 'authmode', 'roles', 'organization']);
const severitySetting = z.enum(['error', 'warning', 'info', 'off']);

/** `.cyberguru.json`. Keep in step with schemas/cyberguru.schema.json (a test compares them). */
export const configSchema = z.strictObject({
  $schema: z.optional(z.string()),
  columns: z.optional(z.record(z.string().check(z.minLength(1)), columnField)),
  rules: z.optional(z.record(z.string().check(z.regex(/^(CG\d{3}|[a-z0-9-]+)$/, 'a rule code such as CG207 or a rule name such as language-code')), severitySetting)),
  teamColumn: z.optional(z.string().check(z.minLength(1))),
  requireAuthmode: z.optional(z.boolean()),
  baseline: z.optional(z.string().check(z.minLength(1))),
});

// Compile-time check that the schema produces the public config type.
const _conforms: (value: z.infer<typeof configSchema>) => CyberGuruConfig = (value) => value;
void _conforms;
