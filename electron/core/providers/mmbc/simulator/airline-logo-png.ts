import { deflateSync } from 'node:zlib';
import { seededRandom } from './random';

/**
 * The simulator's airline logos: a 24x24 PNG in a colour derived from the airline code (a real
 * PNG: signature, IHDR, IDAT, IEND with CRCs), so a client can fetch and check what
 * getcodeflights-json advertises in flight_image. Served at /images/airlines/<CODE>.png.
 */
export const LOGO_PATH = /^\/images\/airlines\/([A-Z0-9]{2,3})\.png$/;
const SIZE = 24;

export function airlineLogoPng(code: string): Buffer {
  const rand = seededRandom(`logo-${code}`);
  const [r, g, b] = [0, 1, 2].map(() => Math.floor(64 + rand() * 160)) as [number, number, number];
  const row = Buffer.alloc(1 + SIZE * 3);
  for (let x = 0; x < SIZE; x += 1) row.set([r, g, b], 1 + x * 3);
  const raw = Buffer.concat(Array.from({ length: SIZE }, () => row));
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, deflate, no filter method variants, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
