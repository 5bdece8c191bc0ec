import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { CLI_PATH, runCli } from '../report/cliRun';

const SECRET = 'Cli-secret-8fQ2-never-shown';

describe('cyberguru report keeps the secret out of flags and output', function () {
  this.timeout(30_000);
  before(function () {
    if (!existsSync(CLI_PATH)) throw new Error(`${CLI_PATH} is missing: run "node esbuild.mjs" first`);
  });

  it('refuses a secret given as a flag (it would land in shell history and process lists), without echoing it', async () => {
    for (const flag of [['--client-secret', SECRET], [`--client-secret=${SECRET}`], ['--secret', SECRET]]) {
      const result = await runCli(['report', '--tenant', 'acme', '--api-url', 'https://api.example.com', ...flag]);
      assert.equal(result.code, 2, result.stderr);
      assert.ok(!(result.stdout + result.stderr).includes(SECRET), 'the secret was echoed');
    }
  });

  it('refuses plain HTTP to another machine before sending anything, and does not print the secret', async () => {
    const result = await runCli(['report', '--tenant', 'acme', '--api-url', 'http://api.example.com'], { env: { CYBERGURU_CLIENT_SECRET: SECRET } });
    assert.notEqual(result.code, 0);
    assert.match(result.stderr, /HTTPS/);
    assert.ok(!(result.stdout + result.stderr).includes(SECRET));
  });
});
