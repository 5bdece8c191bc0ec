// Where the sign-in lives: tenant and URLs in user-level global state (never workspace settings, so a
// cloned repository cannot point the secret at another host), the client secret in SecretStorage only.
// Typed against small interfaces (not `vscode`) so it is unit-testable. Part of the activation bundle
// (the welcome view's context key is restored from it), so it does not import the report client.
import { SECRET_KEY_PREFIX, StateKeys } from '../constants';

/** The part of vscode.SecretStorage used here. */
export interface SecretStore {
  get(key: string): PromiseLike<string | undefined>;
  store(key: string, value: string): PromiseLike<void>;
  delete(key: string): PromiseLike<void>;
}

/** The part of vscode.Memento (context.globalState) used here. */
export interface StateStore {
  get<T>(key: string): T | undefined;
  update(key: string, value: unknown): PromiseLike<void>;
}

/** Connection details as stored: no secret, defaults filled in. */
export interface StoredConnection {
  tenant: string;
  apiUrl: string;
  loginUrl: string;
  clientId: string;
}

function isStoredConnection(value: unknown): value is StoredConnection {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return ['tenant', 'apiUrl', 'loginUrl', 'clientId'].every((key) => typeof v[key] === 'string');
}

/**
 * The secret's key names the login host, tenant and client it was verified for: if the stored details
 * ever changed without a new sign-in, the secret would not be found, so it is never sent elsewhere.
 */
export function secretKey(connection: StoredConnection): string {
  return `${SECRET_KEY_PREFIX}:${connection.loginUrl}|${connection.tenant}|${connection.clientId}`;
}

export class ConnectionStore {
  constructor(
    private readonly secrets: SecretStore,
    private readonly state: StateStore,
  ) {}

  /** The last signed-in connection (also after sign-out, to prefill the next sign-in). */
  connection(): StoredConnection | undefined {
    const value = this.state.get<unknown>(StateKeys.connection);
    return isStoredConnection(value) ? value : undefined;
  }

  /** The secret for the stored connection, if signed in. */
  async secret(): Promise<string | undefined> {
    const connection = this.connection();
    return connection ? this.secrets.get(secretKey(connection)) : undefined;
  }

  async isSignedIn(): Promise<boolean> {
    return (await this.secret()) !== undefined;
  }

  /** Saves a verified sign-in. A secret of a previous connection is removed. */
  async save(connection: StoredConnection, clientSecret: string): Promise<void> {
    const previous = this.connection();
    if (previous && secretKey(previous) !== secretKey(connection)) await this.secrets.delete(secretKey(previous));
    await this.secrets.store(secretKey(connection), clientSecret);
    await this.state.update(StateKeys.connection, connection);
  }

  /** Deletes the secret; tenant and URLs stay to prefill the next sign-in. */
  async signOut(): Promise<void> {
    const connection = this.connection();
    if (connection) await this.secrets.delete(secretKey(connection));
  }
}
