// Hovers on a user list: a header cell tells which platform field it maps to (or that it becomes an
// organization column) and what values the platform accepts; a language or country code shows its
// name in the display language.
import * as vscode from 'vscode';
import { countryName, languageName, type ColumnField, type ColumnInfo, type CyberGuruConfig } from '../lint';
import type { DocumentLinter } from './documentLinter';
import { toLintOffset } from './documentCoordinates';
import { toVscodeRange } from './diagnostics';

/** Platform field names and the values the import accepts, as the import guide states them. */
function fieldDescription(field: ColumnField): { name: string; accepts: string } {
  switch (field) {
    case 'firstName':
      return { name: vscode.l10n.t('First Name'), accepts: vscode.l10n.t('Required; any text.') };
    case 'lastName':
      return { name: vscode.l10n.t('Last Name'), accepts: vscode.l10n.t('Required; any text.') };
    case 'email':
      return { name: vscode.l10n.t('Email'), accepts: vscode.l10n.t('Required; a valid e-mail address without spaces, unique in the list.') };
    case 'language':
      return { name: vscode.l10n.t('Language'), accepts: vscode.l10n.t('Required; an ISO 639-1 two-letter lowercase code, e.g. `it`, `en`.') };
    case 'username':
      return {
        name: vscode.l10n.t('Username'),
        accepts: vscode.l10n.t('Required; 3 to 255 characters: letters, digits and `_ - . @`, unique in the list. It can never be changed after import.'),
      };
    case 'country':
      return { name: vscode.l10n.t('Country'), accepts: vscode.l10n.t('Required; an ISO 3166-1 alpha-2 uppercase code, e.g. `IT`, `GB`.') };
    case 'authmode':
      return { name: vscode.l10n.t('Authmode'), accepts: vscode.l10n.t('`0` for login with credentials, `1` for SSO login (hybrid SSO).') };
    case 'roles':
      return {
        name: vscode.l10n.t('Role'),
        accepts: vscode.l10n.t('`studente`, `teamleader` or `supervisor` (case-sensitive); empty means `studente`. Several `roles` columns are allowed.'),
      };
    case 'organization':
      return {
        name: vscode.l10n.t('organization column'),
        accepts: vscode.l10n.t('Imported as a "New Organization"; its name may contain only letters, digits and `_`.'),
      };
  }
}

/** The header is user content: shown literally, never interpreted as Markdown. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&');
}

function headerHover(column: ColumnInfo, config: CyberGuruConfig): vscode.MarkdownString {
  const { name, accepts } = fieldDescription(column.field);
  const markdown = new vscode.MarkdownString();
  markdown.appendMarkdown(
    column.field === 'organization'
      ? vscode.l10n.t('**{header}**: {field}', { header: escapeMarkdown(column.header), field: name })
      : vscode.l10n.t('**{header}** maps to the platform field **{field}**', { header: escapeMarkdown(column.header), field: name }),
  );
  markdown.appendMarkdown('\n\n' + accepts);
  if (config.teamColumn && config.teamColumn.toLowerCase() === column.header.trim().toLowerCase()) {
    markdown.appendMarkdown('\n\n' + vscode.l10n.t('This is the team column (`teamColumn` in .cyberguru.json): every user needs a team.'));
  }
  return markdown;
}

function codeHover(field: ColumnField, value: string): vscode.MarkdownString | undefined {
  const code = value.trim();
  if (code === '') return undefined;
  const name = field === 'language' ? languageName(code, vscode.env.language) : field === 'country' ? countryName(code, vscode.env.language) : undefined;
  if (!name) return undefined;
  const markdown = new vscode.MarkdownString();
  markdown.appendMarkdown(`\`${code.replace(/`/g, '')}\`: ${escapeMarkdown(name)}`);
  return markdown;
}

export class UserListHovers implements vscode.HoverProvider {
  constructor(private readonly linter: DocumentLinter) {}

  /** Called when the pointer rests on a cell. */
  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const snapshot = this.linter.currentSnapshot(document);
    if (!snapshot) return undefined;
    const cell = snapshot.result.cellAt(toLintOffset(document.offsetAt(position), snapshot.bomShift));
    if (!cell) return undefined;
    const column = snapshot.result.columns[cell.column];
    if (!column) return undefined;
    const range = toVscodeRange(cell.range, snapshot.bomShift);
    // The header cell itself (below any preamble line, so not always record 0).
    if (cell.range.start.offset === column.range.start.offset) return new vscode.Hover(headerHover(column, snapshot.config), range);
    const markdown = codeHover(column.field, cell.value);
    return markdown ? new vscode.Hover(markdown, range) : undefined;
  }
}
