// Encoding detection and decoding on the files admins export (src/lint/encoding).
import * as assert from 'node:assert/strict';
import { decodeBytes, describeEncoding, detectEncoding, fromVscodeEncoding } from '../../../../src/lint/encoding';
import { adUserExportText, adUserExportUtf16, italianExcelText, italianExcelWindows1252, japaneseHrShiftJis, japaneseHrText, oktaExport } from './exportFiles';

describe('encoding detection', () => {
  it('UTF-8 without BOM is UTF-8, certain, nothing to convert', () => {
    const decoded = decodeBytes(Buffer.from('Nome,Città\nNiccolò,Forlì\n', 'utf8'));
    assert.equal(decoded.encoding, 'utf-8');
    assert.equal(decoded.confidence, 1);
    assert.equal(decoded.isUtf8, true);
    assert.equal(decoded.text, 'Nome,Città\nNiccolò,Forlì\n');
  });

  it('UTF-8 with BOM keeps the BOM in the text (CG002 reports it) and is UTF-8', () => {
    const decoded = decodeBytes(Buffer.from(oktaExport(), 'utf8'));
    assert.equal(decoded.encoding, 'utf-8');
    assert.equal(decoded.bomLength, 3);
    assert.equal(decoded.isUtf8, true);
    assert.equal(decoded.text, oktaExport());
  });

  it("a Get-ADUser export in UTF-16 LE names PowerShell 5 and Excel's Unicode text, and decodes every letter", () => {
    const decoded = decodeBytes(adUserExportUtf16());
    assert.equal(decoded.encoding, 'utf-16le');
    assert.equal(decoded.bomLength, 2);
    assert.equal(describeEncoding(decoded), "UTF-16 LE, as PowerShell 5 and Excel's 'Unicode text' save");
    assert.equal(decoded.isUtf8, false);
    assert.equal(decoded.text, adUserExportText());
    assert.ok(decoded.text.startsWith('"DistinguishedName";"Enabled"'), 'the BOM is dropped, the header is the first text');
    assert.ok(decoded.text.includes('Zoë Müller'));
  });

  it('UTF-16 without a BOM is told by its NUL bytes, LE and BE', () => {
    const text = 'First Name,Last Name,Email\nAnna,Rossi,anna@example.it\n';
    assert.equal(detectEncoding(Buffer.from(text, 'utf16le')).encoding, 'utf-16le');
    const be = Buffer.from(text, 'utf16le').swap16();
    const decoded = decodeBytes(be);
    assert.equal(decoded.encoding, 'utf-16be');
    assert.equal(decoded.text, text);
  });

  it('UTF-16 BE and UTF-32 LE/BE by their BOMs', () => {
    const text = 'Email\nanna@example.it\n';
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    assert.equal(decodeBytes(be).label, 'UTF-16 BE');
    assert.equal(decodeBytes(be).text, text);
    const utf32le = Buffer.alloc(4 + text.length * 4);
    utf32le.set([0xff, 0xfe, 0, 0]);
    for (let i = 0; i < text.length; i++) utf32le.writeUInt32LE(text.charCodeAt(i), 4 + i * 4);
    const decoded32 = decodeBytes(utf32le);
    assert.equal(decoded32.encoding, 'utf-32le');
    assert.equal(decoded32.text, text);
    const utf32be = Buffer.alloc(4 + text.length * 4);
    utf32be.set([0, 0, 0xfe, 0xff]);
    for (let i = 0; i < text.length; i++) utf32be.writeUInt32BE(text.charCodeAt(i), 4 + i * 4);
    assert.equal(decodeBytes(utf32be).label, 'UTF-32 BE');
    assert.equal(decodeBytes(utf32be).text, text);
  });

  it('an Italian Excel export in Windows-1252 is Windows-1252, names Excel, and decodes the accents', () => {
    const decoded = decodeBytes(italianExcelWindows1252());
    assert.equal(decoded.encoding, 'windows-1252');
    assert.equal(decoded.label, 'Windows-1252 (Latin-1)');
    assert.match(describeEncoding(decoded), /^Windows-1252 \(Latin-1\), as Excel .* Western European system$/);
    assert.equal(decoded.text, italianExcelText());
  });

  it('a Shift_JIS file is Shift_JIS and decodes to the Japanese text', () => {
    const decoded = decodeBytes(japaneseHrShiftJis());
    assert.equal(decoded.encoding, 'shift_jis');
    assert.ok(decoded.confidence > 0 && decoded.confidence < 1, 'a guess, not a certainty');
    assert.equal(decoded.text, japaneseHrText());
    assert.match(describeEncoding(decoded), /^Shift_JIS, as Excel .* Japanese system$/);
  });

  it('UTF-8 damaged by one bad byte stays UTF-8 and says where the bad byte is', () => {
    const good = Buffer.from('Nome,Cognome,Email\n' + 'Niccolò,Pellè,n@example.it\n'.repeat(20), 'utf8');
    const bytes = Buffer.concat([good, Buffer.from([0x41, 0xe8, 0x0a])]);
    const decoded = decodeBytes(bytes);
    assert.equal(decoded.encoding, 'utf-8');
    assert.equal(decoded.isUtf8, false);
    assert.equal(decoded.text[decoded.invalidUtf8Offset!], '\uFFFD');
  });

  it('maps VS Code encoding ids to the same names', () => {
    assert.deepEqual(fromVscodeEncoding('utf16le'), { encoding: 'utf-16le', bom: false });
    assert.deepEqual(fromVscodeEncoding('utf8bom'), { encoding: 'utf-8', bom: true });
    assert.deepEqual(fromVscodeEncoding('windows1252'), { encoding: 'windows-1252', bom: false });
    assert.deepEqual(fromVscodeEncoding('shiftjis'), { encoding: 'shift_jis', bom: false });
    assert.deepEqual(fromVscodeEncoding('iso88591'), { encoding: 'iso-8859-1', bom: false });
  });
});
