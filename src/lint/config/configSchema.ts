import * as z from 'zod';
import type { CyberGuruConfig } from '../types';

const columnField = z.enum(['firstName', 'lastName', 'email', 'language', 'username', 'country', 'authmode', 'roles', 'organization']);
const severitySetting = z.enum(['error', 'warning', 'info', 'off']);

/** `.cyberguru.json`. Keep in step with schemas/cyberguru.schema.json (a test compares them). */
export const configSchema = z
  .object({
    $schema: z.string().optional(),
    columns: z.record(z.string().min(1), columnField).optional(),
    rules: z.record(z.string().regex(/^(CG\d{3}|[a-z0-9-]+)$/, 'a rule code such as CG207 or a rule name such as language-code'), severitySetting).optional(),
    teamColumn: z.string().min(1).optional(),
    requireAuthmode: z.boolean().optional(),
  })
  .strict();

// Compile-time check that the schema produces the public config type.
const _conforms: (value: z.infer<typeof configSchema>) => CyberGuruConfig = (value) => value;
void _conforms;
