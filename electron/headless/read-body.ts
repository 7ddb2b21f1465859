import type { IncomingMessage } from 'node:http';

export const MAX_API_BODY_BYTES = 64 * 1024;

export type BodyResult = { ok: true; text: string } | { ok: false; tooLarge: true };

/** Reads at most `limit` bytes; past that the rest is drained and the call is refused. */
export function readBody(req: IncomingMessage, limit = MAX_API_BODY_BYTES): Promise<BodyResult> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > limit ? { ok: false, tooLarge: true } : { ok: true, text: Buffer.concat(chunks).toString('utf8') }));
    req.on('error', reject);
  });
}
