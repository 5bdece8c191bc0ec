// Decoding a streamed file (the CLI on large files) in an encoding other than UTF-8: the decoder keeps
// a character cut by a chunk boundary for the next chunk, and drops the BOM.
import type * as IconvLite from 'iconv-lite';
import { lazy } from '../../util/lazy';
import { nativeDecoder } from './decodeBytes';

const iconv = lazy(() => require('iconv-lite') as typeof IconvLite);

export interface ChunkDecoder {
  decode(chunk: Uint8Array, final: boolean): string;
}

/** Natively where the runtime has the encoding (as decodeAs does, so both give the same text), else iconv-lite. */
export function chunkDecoderFor(encoding: string): ChunkDecoder {
  const native = encoding.startsWith('utf-32') ? undefined : nativeDecoder(encoding);
  if (native) return { decode: (chunk, final) => native.decode(chunk, { stream: !final }) };
  const decoder = iconv().getDecoder(encoding);
  return {
    decode(chunk, final) {
      const text = chunk.length ? decoder.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)) : '';
      return final ? text + (decoder.end() ?? '') : text;
    },
  };
}
