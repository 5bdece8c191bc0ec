// VS Code names encodings by its own ids (TextDocument.encoding, files.encoding): 'utf8', 'utf8bom',
// 'utf16le', 'windows1252', 'shiftjis', ... This maps them to the canonical names detectEncoding uses.

const SPECIAL: Readonly<Record<string, string>> = {
  utf8: 'utf-8',
  utf8bom: 'utf-8',
  utf16le: 'utf-16le',
  utf16be: 'utf-16be',
  utf32le: 'utf-32le',
  utf32be: 'utf-32be',
  shiftjis: 'shift_jis',
  eucjp: 'euc-jp',
  euckr: 'euc-kr',
  gbk: 'gbk',
  gb18030: 'gb18030',
  big5hkscs: 'big5',
  cp437: 'cp437',
  cp850: 'cp850',
  cp852: 'cp852',
  cp865: 'cp865',
  cp866: 'cp866',
  cp950: 'big5',
  koi8r: 'koi8-r',
  koi8u: 'koi8-u',
  macroman: 'macintosh',
};

/** The canonical name of a VS Code encoding id, and whether it carries a BOM. */
export function fromVscodeEncoding(id: string): { encoding: string; bom: boolean } {
  const key = id.toLowerCase();
  if (SPECIAL[key]) return { encoding: SPECIAL[key], bom: key === 'utf8bom' };
  const windows = /^windows(\d+)$/.exec(key);
  if (windows) return { encoding: `windows-${windows[1]}`, bom: false };
  const iso = /^iso8859(\d+)$/.exec(key);
  if (iso) return { encoding: `iso-8859-${iso[1]}`, bom: false };
  return { encoding: key, bom: false };
}
