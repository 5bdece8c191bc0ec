import { GrowableInt32 } from '../reader/growable';
import type { FirstSeen } from '../rules/rule';
import { hash53 } from './hash53';

/** Key -> offsets of its first cell. Keys are strings in memory, 53-bit hashes when streaming. */
export class FirstSeenMap implements FirstSeen {
  private readonly ids = new Map<string | number, number>();
  private readonly starts = new GrowableInt32(1024);
  private readonly ends = new GrowableInt32(1024);

  constructor(private readonly hashed: boolean) {}

  check(key: string, start: number, end: number): readonly [number, number] | undefined {
    const k = this.hashed ? hash53(key) : key;
    const id = this.ids.get(k);
    if (id !== undefined) return [this.starts.data[id], this.ends.data[id]];
    this.ids.set(k, this.starts.length);
    this.starts.push(start);
    this.ends.push(end);
    return undefined;
  }
}
