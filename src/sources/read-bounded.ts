// Reading a named path without trusting it: only regular files are opened (a FIFO blocks forever, /dev/zero never
// ends), and no file larger than the cap is read into memory.
import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { errorReason } from './file-errors.js';

/**
 * Bytes of one non-streamed file (JSON Lines files are streamed line by line instead). Articles are at most
 * 1,000,000 characters after extraction's cut; a 64 MB file leaves room for markup and feeds of many items.
 */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

const MB = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** Why `file` may not be read as an article file, or null when it is a regular file. */
export async function notRegularFile(file: string): Promise<string | null> {
  let info;
  try {
    info = await stat(file);
  } catch (err) {
    return `cannot read: ${errorReason(err)}`;
  }
  if (info.isFile()) return null;
  const what = info.isFIFO()
    ? 'a FIFO'
    : info.isCharacterDevice() || info.isBlockDevice()
      ? 'a device'
      : info.isSocket()
        ? 'a socket'
        : info.isDirectory()
          ? 'a directory'
          : 'not a file';
  return `not a regular file (${what}); refused`;
}

/** The bytes of a regular file of at most `maxBytes`, or the reason it was refused. */
export async function readBounded(
  file: string,
  maxBytes = MAX_FILE_BYTES,
): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; reason: string }> {
  const refused = await notRegularFile(file);
  if (refused) return { ok: false, reason: refused };
  let handle;
  try {
    // O_NONBLOCK: if the path was swapped for a FIFO since the check, open does not wait for a writer
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    return { ok: false, reason: `cannot read: ${errorReason(err)}` };
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { ok: false, reason: 'not a regular file; refused' };
    if (info.size > maxBytes)
      return { ok: false, reason: `file is ${MB(info.size)}, larger than the ${MB(maxBytes)} a file may have` };
    // read at most maxBytes + 1, so a file that grows while read is still caught
    const buffer = Buffer.alloc(Math.min(info.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > maxBytes) return { ok: false, reason: `file is larger than the ${MB(maxBytes)} a file may have` };
      if (length === buffer.length) break;
    }
    return { ok: true, bytes: buffer.subarray(0, length) };
  } catch (err) {
    return { ok: false, reason: `cannot read: ${errorReason(err)}` };
  } finally {
    await handle.close();
  }
}
