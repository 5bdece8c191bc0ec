import * as z from 'zod/mini';
import { en } from 'zod/locales';
import type { CyberGuruConfig } from '../types';

// zod/mini loads no messages by default; the English ones say what was expected.
z.config(en());

const columnField = z.enum(['firstName', 'lastName', 'email', 'language', 'username', 'country', 'authmode', 'roles', 'organization']);
const mappedField = z.enum(['firstName', 'lastName', 'email', 'language', 'username', 'country', 'authmode', 'roles']);
const header = z.string().check(z.minLength(1));
const severitySetting = z.enum(['error', 'warning', 'info', 'off']);

/** `.cyberguru.json`. Keep in step with schemas/cyberguru.schema.json (a test compares them). */
export const configSchema = z.strictObject({
  $schema: z.optional(z.string()),
  columns: z.optional(z.record(z.string().check(z.minLength(1)), columnField)),
  rules: z.optional(z.record(z.string().check(z.regex(/^(CG\d{3}|[a-z0-9-]+)$/, 'a rule code such as CG207 or a rule name such as language-code')), severitySetting)),
  teamColumn: z.optional(z.string().check(z.minLength(1))),
  requireAuthmode: z.optional(z.boolean()),
  baseline: z.optional(z.string().check(z.minLength(1))),
  convert: z.optional(
    z.strictObject({
      map: z.optional(z.partialRecord(mappedField, z.union([header, z.array(header).check(z.minLength(1))]))),
      defaults: z.optional(
        z.strictObject({
          language: z.optional(z.string().check(z.regex(/^[a-z]{2}$/, 'an ISO 639-1 code such as it'))),
          country: z.optional(z.string().check(z.regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code such as IT'))),
          authmode: z.optional(z.enum(['0', '1'])),
        }),
      ),
      keep: z.optional(z.array(header)),
    }),
  ),
});

// Compile-time check that the schema produces the public config type.
const _conforms: (value: z.infer<typeof configSchema>) => CyberGuruConfig = (value) => value;
void _conforms;
