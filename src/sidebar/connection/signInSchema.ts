// The shape `cyberguru.signIn` accepts for automation; ./signIn requires it on first use.
import * as z from 'zod/mini';

export const signInArgumentsSchema = z.strictObject({
  name: z.optional(z.string()),
  tenant: z.string(),
  apiUrl: z.string(),
  loginUrl: z.optional(z.string()),
  clientId: z.optional(z.string()),
  clientSecret: z.string(),
});

/** Details to prefill the prompts with (no secret): "Sign in again" after a refused secret, or a saved connection's name. */
export const signInPrefillSchema = z.strictObject({
  name: z.optional(z.string()),
  tenant: z.optional(z.string()),
  apiUrl: z.optional(z.string()),
  loginUrl: z.optional(z.string()),
  clientId: z.optional(z.string()),
});
