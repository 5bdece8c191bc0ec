// What typically writes a file in a given encoding, so CG001 can tell the admin where it came from and
// which "Save as" to pick instead. Only programs an admin meets when exporting users are named.

/** Stable ids of the typical writers (each has its own CG001 message, so the Italian text can say it too). */
export type WriterId = 'unicodeText' | 'excelWestern' | 'excelCentral' | 'excelCyrillic' | 'excelJapanese' | 'excelChinese' | 'excelKorean';

export const WRITER_PHRASES: Readonly<Record<WriterId, string>> = {
  unicodeText: "as PowerShell 5 and Excel's 'Unicode text' save",
  excelWestern: 'as Excel and older Windows programs save on a Western European system',
  excelCentral: 'as Excel and older Windows programs save on a Central European system',
  excelCyrillic: 'as Excel and older Windows programs save on a Cyrillic system',
  excelJapanese: 'as Excel and older Windows programs save on a Japanese system',
  excelChinese: 'as Excel and older Windows programs save on a Chinese system',
  excelKorean: 'as Excel and older Windows programs save on a Korean system',
};

const WRITER_BY_ENCODING: Readonly<Record<string, WriterId>> = {
  'utf-16le': 'unicodeText',
  'windows-1252': 'excelWestern',
  'windows-1250': 'excelCentral',
  'iso-8859-2': 'excelCentral',
  'windows-1251': 'excelCyrillic',
  shift_jis: 'excelJapanese',
  'euc-jp': 'excelJapanese',
  gb18030: 'excelChinese',
  big5: 'excelChinese',
  'euc-kr': 'excelKorean',
};

/** The writer typical of an encoding (its canonical name, see detectEncoding), or undefined. */
export function writerOf(encoding: string): WriterId | undefined {
  return WRITER_BY_ENCODING[encoding];
}
