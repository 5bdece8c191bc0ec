// CG001's messages for a file in another encoding, one per typical writer so each can be translated
// whole (the writer's phrase is part of the sentence, not an argument).
import { WRITER_PHRASES, type WriterId } from './writers';

const ADVICE = 'the platform reads only UTF-8. Save it as UTF-8 (Excel: "CSV UTF-8"; the quick fix converts it without losing a character).';

export const ENCODING_MESSAGES: Readonly<Record<string, string>> = Object.fromEntries([
  ['encodedAs', `The file is encoded as {encoding}, not UTF-8: ${ADVICE}`],
  ...Object.entries(WRITER_PHRASES).map(([id, phrase]) => [`encodedAs_${id}`, `The file is encoded as {encoding}, ${phrase}, not UTF-8: ${ADVICE}`]),
]);

export function encodingMessageKey(writer: WriterId | undefined): string {
  return writer ? `encodedAs_${writer}` : 'encodedAs';
}
