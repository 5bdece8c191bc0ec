// Which files the editor leaves to the CLI, the command it shows for them, and that each file is
// announced once.
import * as assert from 'node:assert/strict';
import { AnnouncedFiles, cliCommand, DEFAULT_MAX_FILE_SIZE_MB, exceedsLimit, formatMegabytes } from '../../../src/editor/largeFiles';

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

  it('gives the exact `cyberguru lint` command, quoting a path only when the shell needs it', () => {
    assert.equal(cliCommand('exports/users-2024.csv'), 'cyberguru lint exports/users-2024.csv');
    assert.equal(cliCommand('HR exports/users.csv'), 'cyberguru lint "HR exports/users.csv"');
    assert.equal(cliCommand('a "b" $HOME`x`.csv'), 'cyberguru lint "a \\"b\\" \\$HOME\\`x\\`.csv"');
  });

  it('announces each file once', () => {
    const announced = new AnnouncedFiles();
    assert.equal(announced.shouldAnnounce('file:///big.csv'), true);
    assert.equal(announced.shouldAnnounce('file:///big.csv'), false);
    assert.equal(announced.shouldAnnounce('file:///other.csv'), true);
  });
});
