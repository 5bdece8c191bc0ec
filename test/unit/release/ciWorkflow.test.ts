// The documented GitHub Actions workflow (docs/examples/cyberguru-lint.workflow.yml), run here step by
// step as GitHub runs `run:` steps (bash -eo pipefail, GITHUB_OUTPUT): the CLI installed from the
// tarball `npm pack` makes, the lists of a git repository linted to SARIF, the upload step given a
// valid SARIF file, and the job failing on lint errors. The `uses:` steps are GitHub's own.
import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { npmPrefixEnv, packCli, sh } from './packedCli';
import { REPO_ROOT } from './repoRoot';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  id?: string;
  if?: string;
  with?: Record<string, string>;
}

const HEADER = 'First Name,Last Name,Email,Language,Username,Country,roles';

/** `steps.<id>.outputs.<name> == '<value>'`, the only form of `if:` the workflow uses. */
function condition(expression: string, outputs: Record<string, Record<string, string>>): boolean {
  const match = /^steps\.(\w+)\.outputs\.(\w+) == '([^']*)'$/.exec(expression.trim());
  assert.ok(match, `unexpected if: ${expression}`);
  return outputs[match[1]]?.[match[2]] === match[3];
}

describe('GitHub Actions workflow example, run locally', function () {
  this.timeout(180_000);
  let dir = '';
  before(() => {
    if (!existsSync(join(REPO_ROOT, 'dist/cli.js'))) throw new Error('dist/cli.js is missing: run "node esbuild.mjs" first');
    dir = mkdtempSync(join(tmpdir(), 'cyberguru-workflow-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('installs the packed CLI, lints the lists to SARIF for the upload, and fails the job on errors', () => {
    const workflow = parse(readFileSync(join(REPO_ROOT, 'docs/examples/cyberguru-lint.workflow.yml'), 'utf8'));
    assert.ok(workflow.permissions['security-events'] === 'write', 'upload-sarif needs security-events: write');
    const steps: Step[] = workflow.jobs.lint.steps;

    const tarball = packCli(join(dir, 'pack'));

    // The repository the workflow checks out: one list with an error, one clean, one file not tracked.
    const repo = join(dir, 'repo');
    mkdirSync(join(repo, 'lists'), { recursive: true });
    writeFileSync(join(repo, 'lists', 'march.csv'), `${HEADER}\nAnna,Rossi,anna@company.com,Italiano,E1001,IT,studente\n`);
    writeFileSync(join(repo, 'lists', 'april.csv'), `${HEADER}\nLuca,Bianchi,luca@company.com,it,E1002,IT,studente\n`);
    const git = (...args: string[]) => assert.equal(sh('git', ['-c', 'user.name=CI', '-c', 'user.email=ci@example.invalid', ...args], repo).code, 0);
    git('init', '-q');
    git('add', 'lists');
    git('commit', '-q', '-m', 'lists');
    writeFileSync(join(repo, 'untracked.csv'), 'not,a,list\n');

    const outputsFile = join(dir, 'github_output');
    const env: NodeJS.ProcessEnv = { ...process.env, ...workflow.env, CYBERGURU_CLI: tarball, GITHUB_OUTPUT: outputsFile, ...npmPrefixEnv(join(dir, 'prefix')) };
    const outputs: Record<string, Record<string, string>> = {};
    const ran: string[] = [];
    let failedStep: { name: string; code: number | null; stdout: string } | undefined;
    for (const step of steps) {
      if (step.if && !condition(step.if, outputs)) continue;
      if (step.uses?.startsWith('github/codeql-action/upload-sarif')) {
        const sarif = JSON.parse(readFileSync(join(repo, step.with!.sarif_file), 'utf8'));
        assert.equal(sarif.version, '2.1.0');
        const results = sarif.runs[0].results.map((r: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => [r.ruleId, r.locations[0].physicalLocation.artifactLocation.uri.split('/').slice(-2).join('/')]);
        assert.deepEqual(results, [['CG207', 'lists/march.csv']], 'only the tracked lists, with their problems');
        ran.push('upload-sarif');
        continue;
      }
      if (!step.run) continue;
      writeFileSync(outputsFile, '');
      const result = sh('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run], repo, env);
      ran.push(step.name!);
      if (step.id) outputs[step.id] = Object.fromEntries(readFileSync(outputsFile, 'utf8').split('\n').filter(Boolean).map((line) => line.split('=') as [string, string]));
      if (result.code !== 0) {
        failedStep = { name: step.name!, code: result.code, stdout: result.stdout };
        break;
      }
      if (step.name === 'Install the cyberguru CLI') assert.match(result.stdout, /^\d+\.\d+\.\d+$/m, 'cyberguru --version ran from the installed package');
    }
    assert.deepEqual(ran, ['Install the cyberguru CLI', 'Lint the user lists', 'upload-sarif', 'Fail on lint errors']);
    assert.deepEqual(outputs.lint, { errors: '1' });
    assert.equal(failedStep?.name, 'Fail on lint errors');
    assert.equal(failedStep?.code, 1);
    assert.match(failedStep!.stdout, /cyberguru lint found errors/);
  });
});
