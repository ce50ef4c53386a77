/** The streamed multipart body: framing as RFC 7578 has it, exact length, the file's bytes intact. */
import { randomBytes } from 'node:crypto';
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { type MultipartBody, multipartBody } from '@otai-release/core/publish';
import { tempDir } from '../support/temp-dir.js';
import { parseMultipart } from '../support/upload-route.js';

// Chunks are views of reused buffers: each is copied before the next is asked for.
async function collect(body: MultipartBody, onFileBytes?: (sent: number) => void): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of body.chunks({ onFileBytes })) parts.push(Buffer.from(chunk));
  return Buffer.concat(parts);
}

describe('multipartBody', () => {
  test('fields then the file part; the declared length is the bytes produced', async () => {
    const path = join(tempDir('mp'), 'demo-1.0-py3-none-any.whl');
    const data = randomBytes(2 * 1024 * 1024 + 5);
    writeFileSync(path, data);
    const body = multipartBody(
      [
        ['name', 'demo'],
        ['description', 'line one\r\nline "two"\n'],
        ['classifiers', 'A'],
        ['classifiers', 'B'],
      ],
      { path, filename: 'demo-1.0-py3-none-any.whl', size: data.length },
      'BOUNDARY',
    );
    expect(body.contentType).toBe('multipart/form-data; boundary=BOUNDARY');
    const seen: number[] = [];
    const bytes = await collect(body, (n) => seen.push(n));
    expect(bytes.length).toBe(body.length);
    const head = '--BOUNDARY\r\nContent-Disposition: form-data; name="name"\r\n\r\ndemo\r\n--BOUNDARY\r\n';
    expect(bytes.subarray(0, head.length).toString()).toBe(head);
    expect(bytes.subarray(-16).toString()).toBe('\r\n--BOUNDARY--\r\n');
    const parts = parseMultipart(bytes, body.contentType)!;
    expect(parts.map((p) => [p.name, p.filename ?? null, p.contentType ?? null])).toEqual([
      ['name', null, null],
      ['description', null, null],
      ['classifiers', null, null],
      ['classifiers', null, null],
      ['content', 'demo-1.0-py3-none-any.whl', 'application/octet-stream'],
    ]);
    expect(parts[1]!.data.toString()).toBe('line one\r\nline "two"\n');
    expect(parts[4]!.data.equals(data)).toBe(true);
    // Progress is reported as the file goes out, ending at its size.
    expect(seen.at(-1)).toBe(data.length);
    expect(seen.length).toBeGreaterThan(1);
  });

  test('each chunks() pass starts afresh, so a retry sends the whole body again', async () => {
    const path = join(tempDir('mp'), 'f.whl');
    writeFileSync(path, 'abc');
    const body = multipartBody([['a', 'b']], { path, filename: 'f.whl', size: 3 }, 'X');
    const first = await collect(body);
    expect((await collect(body)).equals(first)).toBe(true);
  });

  test('a file that changed size since it was hashed fails the stream instead of sending a wrong body', async () => {
    const path = join(tempDir('mp'), 'f.whl');
    writeFileSync(path, 'abc');
    const body = multipartBody([], { path, filename: 'f.whl', size: 3 }, 'X');
    appendFileSync(path, 'more');
    await expect(collect(body)).rejects.toThrow(/f\.whl changed while it was being uploaded/);
  });
});
