// Reading a user list for the sidebar (e-mails, team values, the line of each row) and comparing it
// with the report.
import * as assert from 'node:assert/strict';
import { userRecord } from '../../../src/emulator/dataset';
import { compareUsers } from '../../../src/sidebar/userList/compareUsers';
import { distinctTeams, readUserList } from '../../../src/sidebar/userList/readUserList';

describe('sidebar user-list reading', () => {
  it('finds e-mail and configured team columns with the linter\'s header names, and each row\'s line', () => {
    const text = '\ufeffNome;Cognome;E-mail;Reparto aziendale\r\n' +
      'Anna;Ferrari;anna@x.it;Vendite\r\n' +
      '\r\n' +
      'Giulia;"Bianchi;\r\nDe Luca";giulia@x.it;Amministrazione\r\n' +
      'Marco;Rossi;marco@x.it;Vendite\r\n';
    const content = readUserList(text, { teamColumn: 'reparto AZIENDALE' });
    assert.equal(content.emailColumn, 'E-mail');
    assert.equal(content.teamColumn, 'Reparto aziendale');
    assert.deepEqual(content.rows, [
      { email: 'anna@x.it', team: 'Vendite', line: 1 },
      { email: 'giulia@x.it', team: 'Amministrazione', line: 3 },
      { email: 'marco@x.it', team: 'Vendite', line: 5 },
    ]);
    assert.deepEqual(distinctTeams(content), ['Vendite', 'Amministrazione']);
  });

  it('has no team values without a configured team column', () => {
    const content = readUserList('Email,Department\na@x.com,Sales\n', {});
    assert.equal(content.teamColumn, undefined);
    assert.deepEqual(content.rows, [{ email: 'a@x.com', team: undefined, line: 1 }]);
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
