import * as assert from 'node:assert/strict';
import { ConnectionStore, type SecretStore, type StateStore } from '../../../src/sidebar/connection/connectionStore';
import { normalizeConnection } from '../../../src/sidebar/connection/normalizeConnection';

const SECRET = 'Store-secret-4Hc9-value';

function memoryStores() {
  const secrets = new Map<string, string>();
  const state = new Map<string, unknown>();
  const secretStore: SecretStore = {
    get: async (k) => secrets.get(k),
    store: async (k, v) => void secrets.set(k, v),
    delete: async (k) => void secrets.delete(k),
  };
  const stateStore: StateStore = {
    get: <T>(k: string) => state.get(k) as T | undefined,
    update: async (k, v) => void state.set(k, v),
  };
  return { secrets, state, store: new ConnectionStore(secretStore, stateStore) };
}

describe('sign-in storage: the secret in SecretStorage only, bound to the host it was verified for', () => {
  const connection = { name: 'ACME', ...normalizeConnection({ tenant: 'acme', apiUrl: 'https://api.example.com', loginUrl: 'https://login.example.com' }) };

  it('keeps the secret out of global state, which holds only tenant, URLs and client id', async () => {
    const { secrets, state, store } = memoryStores();
    await store.save(connection, SECRET);
    assert.ok(!JSON.stringify([...state.entries()]).includes(SECRET));
    assert.deepEqual([...secrets.values()], [SECRET]);
    assert.equal(await store.secret(), SECRET);
  });

  it('does not hand the secret out once the stored login host, tenant or client id changes without a new sign-in', async () => {
    for (const change of [{ loginUrl: 'https://evil.example' }, { tenant: 'other' }, { clientId: 'other-client' }]) {
      const { state, store } = memoryStores();
      await store.save(connection, SECRET);
      const [key, stored] = [...state.entries()][0] as [string, { active: string; saved: object[] }];
      state.set(key, { ...stored, saved: stored.saved.map((c) => ({ ...c, ...change })) });
      assert.equal(await store.secret(), undefined, JSON.stringify(change));
    }
  });

  it('sign-out deletes the secret; a new sign-in elsewhere under the same name deletes the old one', async () => {
    const { secrets, store } = memoryStores();
    await store.save(connection, SECRET);
    await store.save({ ...connection, tenant: 'beta' }, 'second-secret-value');
    assert.deepEqual([...secrets.values()], ['second-secret-value']);
    await store.signOut();
    assert.equal(secrets.size, 0);
    assert.equal(await store.isSignedIn(), false);
  });

  it('refuses to store a plain-HTTP connection to another machine', () => {
    assert.throws(() => normalizeConnection({ tenant: 'acme', apiUrl: 'http://api.example.com' }), { code: 'INSECURE_URL' });
  });
});
