// The shape `cyberguru.signIn` accepts for automation; ./signIn requires it on first use.
import * as z from 'zod/mini';

export const signInArgumentsSchema = z.strictObject({
  tenant: z.string(),
  apiUrl: z.string(),
  loginUrl: z.optional(z.string()),
  clientId: z.optional(z.string()),
  clientSecret: z.string(),
});
