// A repository cannot make the editor slow, noisy or unsafe through its settings: the settings it
// could abuse are restricted in untrusted workspaces (package.json), every numeric and list setting has
// a maximum there, and the code clamps the same values, since a settings file is not checked against
// the schema.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readUserList, distinctTeams } from '../../../src/sidebar/userList/readUserList';
import {
  boundedTeamNames,
  clampLintSettings,
  clampThreshold,
  LINT_LIMITS,
  REPORT_LIMITS,
  RESTRICTED_SETTINGS,
} from '../../../src/util/settingLimits';

const root = join(__dirname, '..', '..', '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

interface Schema {
  type?: string;
  minimum?: number;
  maximum?: number;
  maxItems?: number;
  items?: { maxLength?: number };
}

function contributed(): Record<string, Schema> {
  const configuration = manifest.contributes?.configuration ?? [];
  const sections = Array.isArray(configuration) ? configuration : [configuration];
  return Object.assign({}, ...sections.map((s: { properties?: Record<string, Schema> }) => s.properties ?? {}));
}

/** Settings a repository may keep setting in Restricted Mode, each with why it is harmless. */
const HARMLESS = {
  'cyberguru.lint.run': 'on type or on save: either way the same bounded lint',
  'cyberguru.report.historyRetentionDays': 'application scope: only user settings can set it, never a workspace',
};

describe('settings a repository could abuse', () => {
  const settings = contributed();

  it('package.json restricts exactly the listed settings in untrusted workspaces', () => {
    const declared = manifest.capabilities?.untrustedWorkspaces?.restrictedConfigurations;
    assert.deepEqual([...(declared ?? [])].sort(), [...RESTRICTED_SETTINGS].sort());
  });

  it('a setting named harmless for its scope really has application scope', () => {
    assert.equal((settings['cyberguru.report.historyRetentionDays'] as { scope?: string }).scope, 'application');
  });

  it('every cyberguru.* setting is either restricted or named harmless (a new one needs a decision)', () => {
    const undecided = Object.keys(settings).filter(
      (name) => !(RESTRICTED_SETTINGS as readonly string[]).includes(name) && !(name in HARMLESS),
    );
    assert.deepEqual(undecided, []);
  });

  it('every numeric and list setting has a maximum in package.json, the same as the code applies', () => {
    for (const [name, schema] of Object.entries(settings)) {
      if (schema.type === 'number' || schema.type === 'integer') assert.ok(schema.maximum !== undefined, `${name} has no maximum`);
      if (schema.type === 'array') assert.ok(schema.maxItems !== undefined, `${name} has no maxItems`);
    }
    assert.equal(settings['cyberguru.lint.delay']?.maximum, LINT_LIMITS.delay.maximum);
    assert.equal(settings['cyberguru.lint.maxProblems']?.maximum, LINT_LIMITS.maxProblems.maximum);
    assert.equal(settings['cyberguru.lint.maxFileSizeMB']?.maximum, LINT_LIMITS.maxFileSizeMB.maximum);
    for (const globs of ['cyberguru.lint.include', 'cyberguru.lint.exclude']) {
      assert.equal(settings[globs]?.maxItems, LINT_LIMITS.globs.maxItems);
      assert.equal(settings[globs]?.items?.maxLength, LINT_LIMITS.globs.maxLength);
    }
    assert.equal(settings['cyberguru.report.teams']?.maxItems, REPORT_LIMITS.teams.maxItems);
    assert.equal(settings['cyberguru.report.teams']?.items?.maxLength, REPORT_LIMITS.teams.maxLength);
    assert.equal(settings['cyberguru.report.threshold']?.maximum, REPORT_LIMITS.threshold.maximum);
  });

  it('hostile lint values from a settings file are clamped to the declared bounds', () => {
    const hostile = clampLintSettings({
      enable: 'no',
      run: 'always',
      delay: -50,
      include: [...Array.from({ length: 10_000 }, (_, i) => `**/${i}.csv`), 'x'.repeat(100_000)],
      exclude: ['{'.repeat(100_000)],
      maxProblems: 1e12,
      maxFileSizeMB: 1e9,
    });
    assert.deepEqual(
      { ...hostile, include: hostile.include.length },
      { enable: true, run: 'onType', delayMs: 0, include: 50, exclude: [], maxProblems: 10_000, maxFileSizeMB: 200 },
    );
    assert.deepEqual(clampLintSettings({ delay: Infinity, maxProblems: NaN, maxFileSizeMB: -1 }), {
      enable: true, run: 'onType', delayMs: 250, include: [], exclude: [], maxProblems: 1000, maxFileSizeMB: 50,
    });
    assert.deepEqual(clampLintSettings({ delay: 1e9, maxProblems: 0, maxFileSizeMB: 0.5 }).delayMs, 5000);
    assert.equal(clampLintSettings({ maxProblems: 0 }).maxProblems, 1);
    assert.equal(clampLintSettings({ maxFileSizeMB: 0.5 }).maxFileSizeMB, 0.5);
  });

  it('at most 200 team names load from the setting, trimmed, each once, none the API would refuse', () => {
    const names = [' Sales ', 'Sales', 'x'.repeat(201), 'bad\u0007name', 7, ...Array.from({ length: 100_000 }, (_, i) => `Team ${i}`)];
    const teams = boundedTeamNames(names);
    assert.equal(teams.length, 200);
    assert.deepEqual(teams.slice(0, 2), ['Sales', 'Team 0']);
    assert.equal(clampThreshold(1e9), 100);
    assert.equal(clampThreshold('50'), 80);
  });

  it('at most 200 team names load from an open user list with 5,000 teams', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `u${i}@x.com,Team ${i}`).join('\n');
    const content = await readUserList(`Email,Department\n${rows}\n`, { teamColumn: 'Department' });
    assert.equal(content.rows.length, 5000);
    const teams = distinctTeams(content);
    assert.equal(teams.length, 200);
    assert.equal(teams[199], 'Team 199');
  });
});
