// Where the sign-ins live: several named connections (e.g. "ACME staging", "ACME production"), their
// tenant and URLs in user-level global state (never workspace settings, so a cloned repository cannot
// point a secret at another host), each client secret in SecretStorage only, under a key of its own.
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
  /** What the user calls it ("ACME staging"); unique among the saved connections. */
  name: string;
  tenant: string;
  apiUrl: string;
  loginUrl: string;
  clientId: string;
}

/** The shape kept under StateKeys.connections. */
interface SavedConnections {
  active?: string;
  saved: StoredConnection[];
}

/** Where and as whom, without a name: what a sign-in checks. */
export type ConnectionDetails = Omit<StoredConnection, 'name'>;
type LegacyConnection = ConnectionDetails;

function isLegacyConnection(value: unknown): value is LegacyConnection {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return ['tenant', 'apiUrl', 'loginUrl', 'clientId'].every((key) => typeof v[key] === 'string');
}

function isStoredConnection(value: unknown): value is StoredConnection {
  return isLegacyConnection(value) && typeof (value as { name?: unknown }).name === 'string';
}

function readSaved(value: unknown): SavedConnections | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (!Array.isArray(v.saved)) return undefined;
  return { active: typeof v.active === 'string' ? v.active : undefined, saved: v.saved.filter(isStoredConnection) };
}

/**
 * The secret's key names the connection and the login host, tenant and client it was verified for: if
 * the stored details ever changed without a new sign-in, the secret would not be found, so it is never
 * sent elsewhere; and two connections never share a secret.
 */
export function secretKey(connection: StoredConnection): string {
  return `${legacySecretKey(connection)}|${encodeURIComponent(connection.name)}`;
}

/** The key of the single sign-in kept before connections had names (read once, to migrate it). */
export function legacySecretKey(connection: LegacyConnection): string {
  return `${SECRET_KEY_PREFIX}:${connection.loginUrl}|${connection.tenant}|${connection.clientId}`;
}

export class ConnectionStore {
  constructor(
    private readonly secrets: SecretStore,
    private readonly state: StateStore,
  ) {}

  private read(): SavedConnections {
    return readSaved(this.state.get<unknown>(StateKeys.connections)) ?? { saved: [] };
  }

  /** Every saved connection, in the order they were added. */
  connections(): StoredConnection[] {
    return this.read().saved;
  }

  connectionNamed(name: string): StoredConnection | undefined {
    return this.read().saved.find((c) => c.name === name);
  }

  /** The active connection (also after sign-out, to prefill the next sign-in). */
  connection(): StoredConnection | undefined {
    const { active, saved } = this.read();
    return saved.find((c) => c.name === active);
  }

  /** The secret for the active connection, if signed in. */
  async secret(): Promise<string | undefined> {
    const connection = this.connection();
    return connection ? this.secretFor(connection) : undefined;
  }

  /** The secret of one connection, only if its stored details are still those it was verified for. */
  async secretFor(connection: StoredConnection): Promise<string | undefined> {
    const stored = this.connectionNamed(connection.name);
    if (!stored || secretKey(stored) !== secretKey(connection)) return undefined;
    return this.secrets.get(secretKey(stored));
  }

  async isSignedIn(): Promise<boolean> {
    return (await this.secret()) !== undefined;
  }

  /** Saves a verified sign-in under its name and makes it active. A secret the name held before for other details is removed. */
  async save(connection: StoredConnection, clientSecret: string): Promise<void> {
    const { saved } = this.read();
    const previous = saved.find((c) => c.name === connection.name);
    if (previous && secretKey(previous) !== secretKey(connection)) await this.secrets.delete(secretKey(previous));
    await this.secrets.store(secretKey(connection), clientSecret);
    const next = previous ? saved.map((c) => (c === previous ? connection : c)) : [...saved, connection];
    await this.state.update(StateKeys.connections, { active: connection.name, saved: next } satisfies SavedConnections);
  }

  /** Makes a saved connection the active one; false when no connection has that name. */
  async activate(name: string): Promise<boolean> {
    const { saved } = this.read();
    if (!saved.some((c) => c.name === name)) return false;
    await this.state.update(StateKeys.connections, { active: name, saved } satisfies SavedConnections);
    return true;
  }

  /** Deletes the active connection's secret; its tenant and URLs stay to prefill the next sign-in. */
  async signOut(): Promise<void> {
    const connection = this.connection();
    if (connection) await this.secrets.delete(secretKey(connection));
  }

  /** Forgets a connection and its secret. */
  async remove(name: string): Promise<void> {
    const { active, saved } = this.read();
    const gone = saved.find((c) => c.name === name);
    if (!gone) return;
    await this.secrets.delete(secretKey(gone));
    await this.state.update(StateKeys.connections, { active: active === name ? undefined : active, saved: saved.filter((c) => c !== gone) } satisfies SavedConnections);
  }

  /**
   * The single sign-in of earlier versions becomes a connection named after its tenant, its secret
   * moved to the new key; the old entry and key are removed. Runs at start-up; does nothing twice.
   */
  async migrate(): Promise<StoredConnection | undefined> {
    const legacy = this.state.get<unknown>(StateKeys.legacyConnection);
    if (!isLegacyConnection(legacy)) return undefined;
    const { saved } = this.read();
    const name = saved.some((c) => c.name === legacy.tenant) ? `${legacy.tenant} (${new URL(legacy.apiUrl).host})` : legacy.tenant;
    const connection: StoredConnection = { name, tenant: legacy.tenant, apiUrl: legacy.apiUrl, loginUrl: legacy.loginUrl, clientId: legacy.clientId };
    const secret = await this.secrets.get(legacySecretKey(legacy));
    if (secret !== undefined) await this.secrets.store(secretKey(connection), secret);
    await this.state.update(StateKeys.connections, { active: name, saved: [...saved, connection] } satisfies SavedConnections);
    await this.state.update(StateKeys.legacyConnection, undefined);
    if (secret !== undefined) await this.secrets.delete(legacySecretKey(legacy));
    return connection;
  }
}
