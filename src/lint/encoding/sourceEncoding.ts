import type { WriterId } from './writers';

/** What the engine and CG001 know of the encoding a text was decoded from (not UTF-8). */
export interface SourceEncoding {
  /** 'UTF-16 LE', 'Windows-1252 (Latin-1)', ... */
  label: string;
  writer: WriterId | undefined;
}
