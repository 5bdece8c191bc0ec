// Sign-in without UI: the secret goes to the secret store only, details are verified before anything
// is saved, and the secret is bound to the host it was verified for.
import * as assert from 'node:assert/strict';
import { ReportError, type ReportConnection } from '../../../src/report';
import { ConnectionStore, secretKey, type SecretStore, type StateStore } from '../../../src/sidebar/connection/connectionStore';
import { parseSignInArguments, signIn, SignInError } from '../../../src/sidebar/connection/signIn';

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
    assert.deepEqual(connection, { tenant: 'acme', apiUrl: 'https://api.example.com', loginUrl: 'https://login.platform.cyberguru.eu', clientId: 'ext-api' });
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
    await state.update('cyberguru.connection', { ...connection, loginUrl: 'https://attacker.example' });
    assert.equal(await store.secret(), undefined);
  });

  it('deletes the old secret when signing in elsewhere, and on sign-out', async () => {
    const { secrets, store } = setup();
    const first = await signIn(input, store, async () => {});
    await signIn({ ...input, tenant: 'other' }, store, async () => {});
    assert.ok(!secrets.values.has(secretKey(first)));
    assert.equal(secrets.values.size, 1);
    await store.signOut();
    assert.equal(secrets.values.size, 0);
    assert.equal(store.connection()?.tenant, 'other', 'details stay to prefill the next sign-in');
  });

  it('takes exactly { tenant, apiUrl, loginUrl?, clientId?, clientSecret } as the command argument', () => {
    assert.deepEqual(parseSignInArguments(input), input);
    assert.equal(parseSignInArguments({ ...input, extra: 1 }), undefined);
    assert.equal(parseSignInArguments({ tenant: 'acme' }), undefined);
    assert.equal(parseSignInArguments('acme'), undefined);
  });
});
