// The few pieces of XML an .xlsx workbook needs: attributes of a start tag, the text of elements, and
// entity decoding. Workbook parts are machine-written SpreadsheetML (no DTDs, no custom entities), so
// a scanner over these shapes reads them; anything else is reported as an unreadable workbook.

const ENTITY = /&(?:#x([0-9a-fA-F]+)|#(\d+)|(lt|gt|amp|quot|apos));/g;
const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
/** Characters XML cannot hold are written as `_xHHHH_` in SpreadsheetML strings (`_x000D_` for CR). */
const OOXML_ESCAPE = /_x([0-9a-fA-F]{4})_/g;

export function decodeXmlText(text: string): string {
  if (!text.includes('&') && !text.includes('_x')) return text;
  return text
    .replace(ENTITY, (_, hex: string | undefined, dec: string | undefined, name: string | undefined) =>
      name ? NAMED[name] : String.fromCodePoint(Number.parseInt(hex ?? dec ?? '0', hex ? 16 : 10)),
    )
    .replace(OOXML_ESCAPE, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The attributes of a start tag's inside (`r="A1" t="s"`), decoded. */
export function attributes(tagInside: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of tagInside.matchAll(ATTRIBUTE)) map.set(m[1], decodeXmlText(m[2] ?? m[3] ?? ''));
  return map;
}

/** Every `<name ...>...</name>` or `<name .../>` (without a namespace prefix or with any): its attributes text and inner XML. */
export function* elements(xml: string, name: string): Generator<{ attrs: string; inner: string }> {
  const pattern = new RegExp(`<(?:\\w+:)?${name}\\b([^>]*?)(?:/>|>([\\s\\S]*?)</(?:\\w+:)?${name}>)`, 'g');
  for (const m of xml.matchAll(pattern)) yield { attrs: m[1], inner: m[2] ?? '' };
}

const TEXT_RUN = /<(?:\w+:)?t\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?t>)/g;
const PHONETIC = /<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g;

/** The text of a string item (`<si>` or `<is>`): its `<t>` runs joined, phonetic guides left out. */
export function stringItemText(inner: string): string {
  let text = '';
  for (const m of inner.replace(PHONETIC, '').matchAll(TEXT_RUN)) text += m[1] ?? '';
  return decodeXmlText(text);
}
