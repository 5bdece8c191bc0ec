// Sign-in without UI: validate the details, prove them by getting a token, then save. The credential
// check is injected, so this runs in unit tests without a server.
import { ReportError, type ReportConnection } from '../../report';
import { lazy } from '../../util/lazy';
import type { ConnectionStore, StoredConnection } from './connectionStore';
import { normalizeConnection } from './normalizeConnection';
import type * as SignInSchema from './signInSchema';

/** The one argument `cyberguru.signIn` accepts for automation (then it does not prompt). */
export interface SignInArguments {
  /** The connection's name; default the tenant. Signing in under a saved name replaces that connection. */
  name?: string;
  tenant: string;
  apiUrl: string;
  loginUrl?: string;
  clientId?: string;
  clientSecret: string;
}

/** What the prompts start from: a saved connection's details, or those of a sign-in that was refused. */
export type SignInPrefill = Partial<Omit<SignInArguments, 'clientSecret'>>;

/** Longest connection name kept (it is shown in the view's title). */
export const MAX_CONNECTION_NAME = 80;

// Required on first use: loading zod and building the schema cost activation time the extension does
// not need to spend (the bundler runs a required module's top level on demand).
const schemas = lazy(() => require('./signInSchema') as typeof SignInSchema);

/** The argument as SignInArguments, or undefined when it is not one (e.g. a tree node from a menu). */
export function parseSignInArguments(value: unknown): SignInArguments | undefined {
  const parsed = schemas().signInArgumentsSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** The argument as details to prefill the prompts with (no secret), or undefined. */
export function parseSignInPrefill(value: unknown): SignInPrefill | undefined {
  const parsed = schemas().signInPrefillSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** Gets a token with these details or throws the report client's ReportError. */
export type CredentialCheck = (connection: ReportConnection, clientSecret: string) => Promise<void>;

/**
 * A sign-in that did not happen. `kind` says at which step; `message` (the report client's text, safe
 * to show: never the secret) says which detail was wrong. The UI words the step in the user's language.
 */
export class SignInError extends Error {
  override readonly name = 'SignInError';
  constructor(
    readonly kind: 'invalidInput' | 'missingSecret' | 'rejected',
    message: string,
    readonly code?: ReportError['code'],
  ) {
    super(message);
  }
}

/** The name a connection is saved under: the one given (trimmed, bounded), else the tenant. */
export function connectionName(name: string | undefined, tenant: string): string {
  const given = (name ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_CONNECTION_NAME);
  return given || tenant;
}

/** Checks the details, verifies them with a fresh token and only then stores them (as the active connection). */
export async function signIn(input: SignInArguments, store: ConnectionStore, check: CredentialCheck): Promise<StoredConnection> {
  let connection: StoredConnection;
  try {
    const details = normalizeConnection(input);
    connection = { name: connectionName(input.name, details.tenant), ...details };
  } catch (err) {
    if (err instanceof ReportError) throw new SignInError('invalidInput', err.message, err.code);
    throw err;
  }
  const secret = input.clientSecret.trim();
  if (!secret) throw new SignInError('missingSecret', 'The client secret is empty.');
  try {
    await check(connection, secret);
  } catch (err) {
    if (err instanceof ReportError) throw new SignInError('rejected', err.message, err.code);
    throw err;
  }
  await store.save(connection, secret);
  return connection;
}
