// Reads a file the product did not write (a config, a baseline) with a size bound, and only when it is
// a regular file: a device such as /dev/zero reports size 0 and never ends, and a FIFO blocks the
// read forever, so the check is made on the open descriptor (O_NONBLOCK keeps the open itself from
// waiting on a FIFO) and the read stops at the bound whatever the size said.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

export class BoundedReadError extends Error {
  constructor(
    readonly reason: 'not-a-file' | 'too-large',
    message: string,
  ) {
    super(message);
    this.name = 'BoundedReadError';
  }
}

export function readBoundedFile(path: string, maxBytes: number): Buffer {
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new BoundedReadError('not-a-file', `${path} is not a regular file`);
    if (stat.size > maxBytes) throw new BoundedReadError('too-large', `${path} is larger than ${maxBytes} bytes`);
    // One byte more than allowed tells a file that grew past the bound since fstat.
    const bytes = Buffer.allocUnsafe(Math.min(stat.size, maxBytes) + 1);
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) break;
      read += n;
    }
    if (read > maxBytes) throw new BoundedReadError('too-large', `${path} is larger than ${maxBytes} bytes`);
    return bytes.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}
