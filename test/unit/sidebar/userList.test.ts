// Reading a user list for the sidebar (e-mails, team values, the line of each row) in slices that
// yield to the host, and comparing it with the report.
import * as assert from 'node:assert/strict';
import { userRecord } from '../../../src/emulator/dataset';
import { compareUsers } from '../../../src/sidebar/userList/compareUsers';
import { distinctTeams, readUserList } from '../../../src/sidebar/userList/readUserList';

describe('sidebar user-list reading', () => {
  it('finds e-mail and configured team columns with the linter\'s header names, and each row\'s line', async () => {
    const text = '\ufeffNome;Cognome;E-mail;Reparto aziendale\r\n' +
      'Anna;Ferrari;anna@x.it;Vendite\r\n' +
      '\r\n' +
      'Giulia;"Bianchi;\r\nDe Luca";giulia@x.it;Amministrazione\r\n' +
      'Marco;Rossi;marco@x.it;Vendite\r\n';
    const content = await readUserList(text, { teamColumn: 'reparto AZIENDALE' });
    assert.equal(content.emailColumn, 'E-mail');
    assert.equal(content.teamColumn, 'Reparto aziendale');
    assert.deepEqual(content.rows, [
      { email: 'anna@x.it', team: 'Vendite', line: 1 },
      { email: 'giulia@x.it', team: 'Amministrazione', line: 3 },
      { email: 'marco@x.it', team: 'Vendite', line: 5 },
    ]);
    assert.deepEqual(distinctTeams(content), ['Vendite', 'Amministrazione']);
  });

  it('has no team values without a configured team column', async () => {
    const content = await readUserList('Email,Department\na@x.com,Sales\n', {});
    assert.equal(content.teamColumn, undefined);
    assert.deepEqual(content.rows, [{ email: 'a@x.com', team: undefined, line: 1 }]);
  });

  it('reads a long list in slices, yielding between them, with every row and its line', async () => {
    const lines = ['Email;Team'];
    for (let i = 0; i < 5000; i++) lines.push(i % 1000 === 0 ? `"multi\nline${i}@x.it";T${i % 3}` : `u${i}@x.it;T${i % 3}`);
    let yields = 0;
    const content = await readUserList(lines.join('\r\n'), { teamColumn: 'Team' }, {
      sliceMs: 0,
      yieldControl: async () => void yields++,
    });
    assert.ok(yields >= 5000 / 512, `yielded ${yields} times`);
    assert.equal(content.rows.length, 5000);
    // Each multi-line e-mail moves the following rows one line down.
    assert.deepEqual(content.rows[1001], { email: 'u1001@x.it', team: 'T2', line: 1002 + 1 + 1 });
    assert.deepEqual(content.rows[4999], { email: 'u4999@x.it', team: 'T1', line: 5000 + 5 });
    assert.deepEqual(distinctTeams(content), ['T0', 'T1', 'T2']);
  });

  it('stops with an AbortError at the next slice once cancelled', async () => {
    const text = 'Email\n' + Array.from({ length: 3000 }, (_, i) => `u${i}@x.it`).join('\n');
    const abort = new AbortController();
    let yields = 0;
    const reading = readUserList(text, {}, {
      signal: abort.signal,
      sliceMs: 0,
      yieldControl: async () => {
        if (++yields === 2) abort.abort();
      },
    });
    await assert.rejects(reading, { name: 'AbortError' });
    assert.equal(yields, 2, 'no work after the cancelling slice');
  });

  it('compares e-mails case-insensitively, once per address, both ways', () => {
    const rows = [
      { email: 'Anna@X.it', line: 1 },
      { email: 'new@x.it', line: 2 },
      { email: 'new@x.it', line: 3 },
      { email: '', line: 4 },
    ];
    const reported = [userRecord('anna@x.it', [4, 4], [0, 0]), userRecord('gone@x.it', [4, 1], [0, 0])];
    const result = compareUsers(rows, reported);
    assert.equal(result.matched, 1);
    assert.deepEqual(result.onlyInFile, [{ email: 'new@x.it', line: 2 }]);
    assert.deepEqual(result.onlyInReport.map((u) => u.email), ['gone@x.it']);
  });
});
