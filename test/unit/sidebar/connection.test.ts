// Sign-in without UI: the secret goes to the secret store only, details are verified before anything
// is saved, and the secret is bound to the host it was verified for.
import * as assert from 'node:assert/strict';
import { ReportError, type ReportConnection } from '../../../src/report';
import { ConnectionStore, legacySecretKey, secretKey, type SecretStore, type StateStore } from '../../../src/sidebar/connection/connectionStore';
import { parseSignInArguments, parseSignInPrefill, signIn, SignInError } from '../../../src/sidebar/connection/signIn';

class MemorySecrets implements SecretStore {
  readonly values = new Map<string, string>();
  async get(key: string) {
    return this.values.get(key);
  }
  async store(key: string, value: string) {
    this.values.set(key, value);
  }
  async delete(key: string) {
    this.values.delete(key);
  }
}

class MemoryState implements StateStore {
  readonly values = new Map<string, unknown>();
  get<T>(key: string): T | undefined {
    return this.values.get(key) as T | undefined;
  }
  async update(key: string, value: unknown) {
    this.values.set(key, value);
  }
}

const SECRET = 'S3cr3t-value-for-tests';
const input = { tenant: 'acme', apiUrl: 'https://api.example.com/', clientSecret: SECRET };

function setup() {
  const secrets = new MemorySecrets();
  const state = new MemoryState();
  return { secrets, state, store: new ConnectionStore(secrets, state) };
}

describe('sidebar sign-in', () => {
  it('verifies first, then keeps the secret in the secret store and only details in global state', async () => {
    const { secrets, state, store } = setup();
    const checked: [ReportConnection, string][] = [];
    const connection = await signIn(input, store, async (c, s) => void checked.push([c, s]));
    assert.equal(checked.length, 1);
    assert.equal(checked[0]![1], SECRET);
    assert.deepEqual(connection, { name: 'acme', tenant: 'acme', apiUrl: 'https://api.example.com', loginUrl: 'https://login.platform.cyberguru.eu', clientId: 'ext-api' });
    assert.deepEqual([...secrets.values.values()], [SECRET]);
    assert.ok(!JSON.stringify([...state.values]).includes(SECRET), 'no secret in global state');
    assert.equal(await store.secret(), SECRET);
    assert.equal(await store.isSignedIn(), true);
  });

  it('saves nothing when the platform refuses the credentials, and says why', async () => {
    const { secrets, state, store } = setup();
    const refused = new ReportError('AUTH_INVALID', 'The login server refused the client credentials for tenant acme (HTTP 401).');
    await assert.rejects(
      signIn(input, store, async () => {
        throw refused;
      }),
      (err: unknown) => err instanceof SignInError && err.kind === 'rejected' && err.code === 'AUTH_INVALID' && err.message === refused.message,
    );
    assert.equal(secrets.values.size, 0);
    assert.equal(state.values.size, 0);
  });

  it('rejects bad details before any request: tenant, plain HTTP to another host, empty secret', async () => {
    const { store } = setup();
    let checks = 0;
    const check = async () => void checks++;
    await assert.rejects(signIn({ ...input, tenant: '../admin' }, store, check), (e: unknown) => e instanceof SignInError && e.kind === 'invalidInput' && /tenant/.test(e.message));
    await assert.rejects(signIn({ ...input, apiUrl: 'http://api.example.com' }, store, check), (e: unknown) => e instanceof SignInError && e.code === 'INSECURE_URL');
    await assert.rejects(signIn({ ...input, clientSecret: '  ' }, store, check), (e: unknown) => e instanceof SignInError && e.kind === 'missingSecret');
    assert.equal(checks, 0);
  });

  it('binds the secret to the login host: changed details find no secret to send', async () => {
    const { state, store } = setup();
    const connection = await signIn(input, store, async () => {});
    await state.update('cyberguru.connections', { active: connection.name, saved: [{ ...connection, loginUrl: 'https://attacker.example' }] });
    assert.equal(await store.secret(), undefined);
    assert.equal(await store.secretFor(connection), undefined, 'the old details no longer match the stored ones either');
  });

  it('keeps each named connection with its own secret, and switches the active one', async () => {
    const { secrets, state, store } = setup();
    const staging = await signIn({ ...input, name: 'ACME staging', apiUrl: 'https://staging.example.com', clientSecret: 'staging-secret' }, store, async () => {});
    const production = await signIn({ ...input, name: 'ACME production', clientSecret: 'production-secret' }, store, async () => {});
    assert.deepEqual(store.connections().map((c) => c.name), ['ACME staging', 'ACME production']);
    assert.equal(store.connection()?.name, 'ACME production', 'the last sign-in is active');
    assert.equal(await store.secret(), 'production-secret');
    assert.equal(await store.secretFor(staging), 'staging-secret');
    assert.equal(await store.activate('ACME staging'), true);
    assert.equal(await store.secret(), 'staging-secret');
    assert.equal(await store.activate('nope'), false);
    assert.equal(secrets.values.size, 2);
    assert.ok(!JSON.stringify([...state.values]).includes('secret'), 'no secret in global state');
    await store.remove(production.name);
    assert.deepEqual([...secrets.values.values()], ['staging-secret']);
  });

  it('replaces a connection signed in again under its name (old secret deleted), and signs out of the active one only', async () => {
    const { secrets, store } = setup();
    const first = await signIn(input, store, async () => {});
    await signIn({ ...input, name: 'other', tenant: 'other', clientSecret: 'other-secret' }, store, async () => {});
    await signIn({ ...input, tenant: 'acme', loginUrl: 'https://login2.example.com', clientSecret: 'new-secret' }, store, async () => {});
    assert.ok(!secrets.values.has(secretKey(first)), 'the replaced details lost their secret');
    assert.deepEqual([...secrets.values.values()].sort(), ['new-secret', 'other-secret']);
    await store.signOut();
    assert.deepEqual([...secrets.values.values()], ['other-secret']);
    assert.equal(store.connection()?.loginUrl, 'https://login2.example.com', 'details stay to prefill the next sign-in');
  });

  it('migrates the single sign-in of earlier versions to a connection named after its tenant, once', async () => {
    const { secrets, state, store } = setup();
    const legacy = { tenant: 'acme', apiUrl: 'https://api.example.com', loginUrl: 'https://login.platform.cyberguru.eu', clientId: 'ext-api' };
    await state.update('cyberguru.connection', legacy);
    await secrets.store(legacySecretKey(legacy), SECRET);
    const migrated = await store.migrate();
    assert.deepEqual(migrated, { name: 'acme', ...legacy });
    assert.equal(store.connection()?.name, 'acme');
    assert.equal(await store.secret(), SECRET);
    assert.equal(state.values.get('cyberguru.connection'), undefined, 'the old entry is gone');
    assert.ok(!secrets.values.has(legacySecretKey(legacy)), 'the old key is gone');
    assert.equal(await store.migrate(), undefined, 'nothing to migrate the second time');
    assert.equal(store.connections().length, 1);
  });

  it('takes exactly { tenant, apiUrl, loginUrl?, clientId?, clientSecret } as the command argument', () => {
    assert.deepEqual(parseSignInArguments(input), input);
    assert.equal(parseSignInArguments({ ...input, extra: 1 }), undefined);
    assert.equal(parseSignInArguments({ tenant: 'acme' }), undefined);
    assert.equal(parseSignInArguments('acme'), undefined);
    assert.deepEqual(parseSignInArguments({ ...input, name: 'ACME staging' }), { ...input, name: 'ACME staging' });
    assert.deepEqual(parseSignInPrefill({ name: 'ACME staging', tenant: 'acme' }), { name: 'ACME staging', tenant: 'acme' });
    assert.equal(parseSignInPrefill({ tenant: 'acme', clientSecret: 'x' }), undefined, 'a prefill never carries a secret');
  });
});
