import * as assert from 'node:assert/strict';
import { lintInputFor, toDocumentEdit, toDocumentPosition } from '../../../src/editor/documentCoordinates';
import { lintText, type CyberGuruConfig } from '../../../src/lint';

/** The CG001 the editor shows: the engine's, on text VS Code decoded (bad bytes became U+FFFD). */
const replacementCharacterProblem = (text: string, config: CyberGuruConfig) =>
  lintText(text, { config, decodedWithReplacements: true }).problems.find((p) => p.code === 'CG001');

describe('document coordinates (VS Code hides the BOM the engine sees)', () => {
  it('lints the file as on disk: BOM + text, and only when the file has one', () => {
    assert.deepEqual(lintInputFor('a,b\n', true), { text: '\uFEFFa,b\n', bomShift: 1 });
    assert.deepEqual(lintInputFor('a,b\n', false), { text: 'a,b\n', bomShift: 0 });
  });

  it('moves first-line positions back by the BOM, and no other line', () => {
    assert.deepEqual(toDocumentPosition({ line: 0, column: 5, offset: 5 }, 1), { line: 0, character: 4 });
    assert.deepEqual(toDocumentPosition({ line: 0, column: 0, offset: 0 }, 1), { line: 0, character: 0 });
    assert.deepEqual(toDocumentPosition({ line: 3, column: 5, offset: 40 }, 1), { line: 3, character: 5 });
  });

  it('turns an edit that only removes the BOM into nothing, and keeps a whole-file rewrite without it', () => {
    assert.equal(toDocumentEdit({ start: 0, end: 1, newText: '' }, 1), undefined);
    assert.deepEqual(toDocumentEdit({ start: 1, end: 9, newText: 'a,b\n' }, 1), { start: 0, end: 8, newText: 'a,b\n' });
    assert.deepEqual(toDocumentEdit({ start: 0, end: 9, newText: '\uFEFFa,b\n' }, 1), { start: 0, end: 8, newText: 'a,b\n' });
    assert.deepEqual(toDocumentEdit({ start: 4, end: 6, newText: 'IT' }, 0), { start: 4, end: 6, newText: 'IT' });
  });
});

describe('CG001 in the editor (U+FFFD where VS Code could not decode bytes)', () => {
  it('flags the first replacement character with its line, across CRLF and CR line ends', () => {
    const problem = replacementCharacterProblem('Nome,Email\r\nNicol\uFFFD,a@b.it\rCant\uFFFD,c@d.it\n', {});
    assert.ok(problem);
    assert.equal(problem.code, 'CG001');
    assert.deepEqual([problem.range.start.line, problem.range.start.column, problem.range.end.column], [1, 5, 6]);
    assert.equal(problem.args.line, 2);
    assert.match(problem.message, /line 2\b/);
  });

  it('says nothing for clean text, and nothing when the config turns the rule off', () => {
    assert.equal(replacementCharacterProblem('Nome,Email\nAnna,a@b.it\n', {}), undefined);
    assert.equal(replacementCharacterProblem('x\uFFFD', { rules: { CG001: 'off' } }), undefined);
    assert.equal(replacementCharacterProblem('x\uFFFD', { rules: { CG001: 'warning' } })?.severity, 'warning');
  });
});
