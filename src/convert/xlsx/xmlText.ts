// The few pieces of XML an .xlsx workbook needs: attributes of a start tag, the text of elements, and
// entity decoding. Workbook parts are machine-written SpreadsheetML (no DTDs, no custom entities), so
// a scanner over these shapes reads them; anything else is reported as an unreadable workbook.
// Everything here scans forward with indexOf, never with a regex over a whole part: a lazy regex
// rescans to the end of the part for every unclosed element, which made a 2 KB workbook take 30 s.
import { ConvertError } from '../errors';

const ENTITY = /&(?:#x([0-9a-fA-F]{1,8})|#(\d{1,10})|(lt|gt|amp|quot|apos));/g;
const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
/** Characters XML cannot hold are written as `_xHHHH_` in SpreadsheetML strings (`_x000D_` for CR). */
const OOXML_ESCAPE = /_x([0-9a-fA-F]{4})_/g;

export function damagedWorkbook(what: string): ConvertError {
  return new ConvertError(`it is not a readable .xlsx workbook: the file is damaged (${what})`);
}

function characterReference(code: number, written: string): string {
  const isCharacter = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
  if (!isCharacter) throw damagedWorkbook(`${written} is not a character`);
  return String.fromCodePoint(code);
}

export function decodeXmlText(text: string): string {
  if (!text.includes('&') && !text.includes('_x')) return text;
  return text
    .replace(ENTITY, (written: string, hex: string | undefined, dec: string | undefined, name: string | undefined) =>
      name ? NAMED[name] : characterReference(Number.parseInt(hex ?? dec ?? '0', hex ? 16 : 10), written),
    )
    .replace(OOXML_ESCAPE, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

const isSpace = (ch: string) => ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';
const isNameChar = (ch: string) => /[\w:.-]/.test(ch);

/** The attributes of a start tag's inside (`r="A1" t="s"`), decoded. One pass, no backtracking. */
export function attributes(tagInside: string): Map<string, string> {
  const map = new Map<string, string>();
  let i = 0;
  while (i < tagInside.length) {
    while (i < tagInside.length && !isNameChar(tagInside[i])) i++;
    const nameStart = i;
    while (i < tagInside.length && isNameChar(tagInside[i])) i++;
    const name = tagInside.slice(nameStart, i);
    while (i < tagInside.length && isSpace(tagInside[i])) i++;
    if (tagInside[i] !== '=') continue;
    i++;
    while (i < tagInside.length && isSpace(tagInside[i])) i++;
    const quote = tagInside[i];
    if (quote !== '"' && quote !== "'") continue;
    const close = tagInside.indexOf(quote, i + 1);
    if (close < 0) break;
    if (name) map.set(name, decodeXmlText(tagInside.slice(i + 1, close)));
    i = close + 1;
  }
  return map;
}

export interface XmlElement {
  attrs: string;
  inner: string;
  /** Offsets of the element in the text scanned: its `<` and just after its end. */
  start: number;
  end: number;
}

/** The qualified name of the tag opening at `lt` (`x:row`), and where it ends. */
function tagName(xml: string, lt: number): { qname: string; nameEnd: number } {
  let i = lt + 1;
  while (i < xml.length) {
    const ch = xml[i];
    if (ch === '>' || ch === '/' || isSpace(ch)) break;
    i++;
  }
  return { qname: xml.slice(lt + 1, i), nameEnd: i };
}

/**
 * Every `<name ...>...</name>` or `<name .../>` (without a namespace prefix or with any): its attributes
 * text and inner XML. An element opened and never closed is a damaged workbook.
 */
export function* elements(xml: string, name: string): Generator<XmlElement> {
  let pos = 0;
  for (;;) {
    const lt = xml.indexOf('<', pos);
    if (lt < 0) return;
    const { qname, nameEnd } = tagName(xml, lt);
    const colon = qname.indexOf(':');
    if ((colon < 0 ? qname : qname.slice(colon + 1)) !== name) {
      pos = lt + 1;
      continue;
    }
    const gt = xml.indexOf('>', nameEnd);
    if (gt < 0) throw damagedWorkbook(`<${qname}> is not closed`);
    if (xml[gt - 1] === '/') {
      yield { attrs: xml.slice(nameEnd, gt - 1), inner: '', start: lt, end: gt + 1 };
      pos = gt + 1;
      continue;
    }
    const closeTag = `</${qname}>`;
    const close = xml.indexOf(closeTag, gt + 1);
    if (close < 0) throw damagedWorkbook(`<${qname}> is not closed`);
    yield { attrs: xml.slice(nameEnd, gt), inner: xml.slice(gt + 1, close), start: lt, end: close + closeTag.length };
    pos = close + closeTag.length;
  }
}

/** The first element named so, or undefined. */
export function firstElement(xml: string, name: string): XmlElement | undefined {
  for (const element of elements(xml, name)) return element;
  return undefined;
}

/** The text of a string item (`<si>` or `<is>`): its `<t>` runs joined, phonetic guides (`<rPh>`) left out. */
export function stringItemText(inner: string): string {
  let withoutPhonetic = inner;
  if (inner.includes('rPh')) {
    let kept = '';
    let from = 0;
    for (const guide of elements(inner, 'rPh')) {
      kept += inner.slice(from, guide.start);
      from = guide.end;
    }
    withoutPhonetic = kept + inner.slice(from);
  }
  let text = '';
  for (const run of elements(withoutPhonetic, 't')) text += run.inner;
  return decodeXmlText(text);
}
