import * as assert from 'node:assert/strict';
import { maskSecrets, registerSecret } from '../../../src/util/log';

describe('log lines and messages are masked before they are shown or written', () => {
  const secret = 'Kq9-registered-secret-7Zt';
  before(() => registerSecret(secret));

  it('hides a registered secret wherever it appears, however often', () => {
    const masked = maskSecrets(`token request for ${secret} failed; retry with ${secret}:${secret}`);
    assert.ok(!masked.includes(secret));
    assert.equal(masked.split('***').length - 1, 3);
  });

  it('hides bearer tokens and secret-bearing fields in headers, JSON and form bodies', () => {
    const lines = [
      'Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln',
      '{"access_token":"at-5f2b9c1e","expires_in":300,"refresh_token":"rt-77aa"}',
      'client_id=ext-api&client_secret=Pl41n-form-value&grant_type=client_credentials',
      "{ client_secret: 'single-quoted-secret' }",
      'id_token=idt-123456',
    ];
    const leaked = ['eyJhbGciOiJSUzI1NiJ9', 'at-5f2b9c1e', 'rt-77aa', 'Pl41n-form-value', 'single-quoted-secret', 'idt-123456'];
    const masked = lines.map(maskSecrets).join('\n');
    for (const value of leaked) assert.ok(!masked.includes(value), `${value} was not masked in:\n${masked}`);
    // What is not secret stays readable.
    assert.match(masked, /grant_type=client_credentials/);
    assert.match(masked, /"expires_in":300/);
  });
});
