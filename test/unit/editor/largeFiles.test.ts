// Which files the editor leaves to the CLI, the command it shows for them, and that each file is
// announced once.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AnnouncedFiles, cliCommand, DEFAULT_MAX_FILE_SIZE_MB, exceedsLimit, formatMegabytes, shellKind } from '../../../src/editor/largeFiles';

const MB = 1024 * 1024;

describe('files too large for the editor', () => {
  it('lints up to the limit and leaves anything above it to the CLI (default 50 MB)', () => {
    assert.equal(DEFAULT_MAX_FILE_SIZE_MB, 50);
    assert.equal(exceedsLimit(50 * MB, 50), false, 'exactly 50 MB is still linted');
    assert.equal(exceedsLimit(50 * MB + 1, 50), true);
    assert.equal(exceedsLimit(9.5 * MB, 50), false, 'the 100,000-row list stays in the editor');
    assert.equal(exceedsLimit(600 * 1024, 0.5), true, 'a lower limit from the setting');
    assert.equal(exceedsLimit(400 * 1024, 0.5), false);
  });

  it('shows sizes the way people read them', () => {
    assert.equal(formatMegabytes(1.25 * MB), '1.3');
    assert.equal(formatMegabytes(62.4 * MB), '62');
  });

  it('gives the exact `cyberguru lint` command, bare for a plain path and quoted for the user\'s shell otherwise', () => {
    for (const shell of ['posix', 'powershell', 'cmd'] as const) {
      assert.equal(cliCommand('exports/users-2024.csv', shell), 'cyberguru lint exports/users-2024.csv');
      assert.equal(cliCommand('-rf.csv', shell), 'cyberguru lint ./-rf.csv', 'never read as an option');
    }
    assert.equal(cliCommand('HR exports/users.csv', 'posix'), "cyberguru lint 'HR exports/users.csv'");
    assert.equal(cliCommand("O'Neil.csv", 'posix'), "cyberguru lint 'O'\\''Neil.csv'");
    assert.equal(cliCommand('HR exports/users.csv', 'powershell'), "cyberguru lint 'HR exports/users.csv'");
    assert.equal(cliCommand("O'Neil\u2019s.csv", 'powershell'), "cyberguru lint 'O''Neil\u2019\u2019s.csv'");
    assert.equal(cliCommand('HR exports/users.csv', 'cmd'), undefined, 'cmd.exe expands %VAR% even in quotes: nothing to copy');
    assert.equal(cliCommand('users\n.csv', 'posix'), undefined, 'a line break would run the first line when pasted');
    assert.equal(cliCommand('users\u202Evsc.csv', 'powershell'), undefined);
  });

  it('knows the shell from VS Code\'s terminal setting', () => {
    assert.equal(shellKind('/bin/bash', 'linux'), 'posix');
    assert.equal(shellKind('/usr/bin/fish', 'darwin'), 'posix');
    assert.equal(shellKind('C:\\Program Files\\PowerShell\\7\\pwsh.exe', 'win32'), 'powershell');
    assert.equal(shellKind('C:\\WINDOWS\\System32\\WindowsPowerShell\\v1.0\\powershell.exe', 'win32'), 'powershell');
    assert.equal(shellKind('/usr/local/bin/pwsh', 'linux'), 'powershell');
    assert.equal(shellKind('C:\\WINDOWS\\System32\\cmd.exe', 'win32'), 'cmd');
    assert.equal(shellKind('', 'win32'), 'powershell');
    assert.equal(shellKind('', 'linux'), 'posix');
  });

  it('the command copied for a file named $(Start-Process calc).csv runs nothing but cyberguru, with that name', () => {
    const name = "$(Start-Process calc) `whoami` $HOME ';touch pwned;'.csv";
    // PowerShell: inside '...' nothing is live but the quote itself, doubled here.
    assert.equal(cliCommand(name, 'powershell'), "cyberguru lint '$(Start-Process calc) `whoami` $HOME '';touch pwned;''.csv'");
    // POSIX: run the copied command in a real shell where `cyberguru` only prints its arguments.
    const dir = mkdtempSync(join(tmpdir(), 'cyberguru-copied-'));
    try {
      const command = cliCommand(name, 'posix');
      assert.ok(command);
      const run = spawnSync('sh', ['-c', `cyberguru() { printf '%s\\n' "$@"; }\n${command}`], { cwd: dir, encoding: 'utf8' });
      assert.equal(run.status, 0, run.stderr);
      assert.equal(run.stdout, `lint\n${name}\n`, 'one argument, the name as it is');
      assert.deepEqual(readdirSync(dir), [], 'nothing ran: no file was created');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('announces each file once', () => {
    const announced = new AnnouncedFiles();
    assert.equal(announced.shouldAnnounce('file:///big.csv'), true);
    assert.equal(announced.shouldAnnounce('file:///big.csv'), false);
    assert.equal(announced.shouldAnnounce('file:///other.csv'), true);
  });
});
