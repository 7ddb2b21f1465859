import { createServer, type Server } from 'node:http';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadEticket, ETICKET_MAX_BYTES, readSavedEticket, saveEticket } from '../../../electron/core/flights/eticket-file';
import { makeTempDir } from '../../support/temp-dir';

/** The e-ticket download refuses what is not a small PDF in time, and a saved ticket is a complete 0600 file. */
let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/ok.pdf') return void res.end('%PDF-1.4\n%%EOF\n');
    if (req.url === '/html.pdf') return void res.end('<html>Not found</html>');
    if (req.url === '/big.pdf') {
      res.write('%PDF-1.4\n');
      res.end(Buffer.alloc(ETICKET_MAX_BYTES + 10, 32));
      return;
    }
    if (req.url === '/slow.pdf') return void setTimeout(() => res.end('%PDF-late'), 2000);
    res.statusCode = 404;
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe('e-ticket download', () => {
  it('accepts a PDF and refuses an HTML page, a 404, more than 5 MB and a silent server', async () => {
    expect((await downloadEticket(`${base}/ok.pdf`)).subarray(0, 5).toString()).toBe('%PDF-');
    await expect(downloadEticket(`${base}/html.pdf`)).rejects.toThrow(/tidak berisi PDF/);
    await expect(downloadEticket(`${base}/missing.pdf`)).rejects.toThrow(/HTTP 404/);
    await expect(downloadEticket(`${base}/big.pdf`)).rejects.toThrow(/lebih dari 5 MB/);
    await expect(downloadEticket(`${base}/slow.pdf`, 200)).rejects.toThrow(/tidak ada jawaban/);
  });

  it('is saved owner-only under etickets/, with no partial file left', () => {
    const t = makeTempDir();
    try {
      saveEticket(t.dir, 'ABCDEF.pdf', Buffer.from('%PDF-1.4 x'));
      const file = join(t.dir, 'etickets', 'ABCDEF.pdf');
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(readdirSync(join(t.dir, 'etickets'))).toEqual(['ABCDEF.pdf']);
      expect(readSavedEticket(t.dir, 'ABCDEF.pdf')?.toString()).toBe('%PDF-1.4 x');
      expect(readSavedEticket(t.dir, 'NOPE.pdf')).toBeNull();
      expect(existsSync(join(t.dir, 'etickets', '.ABCDEF.pdf.part'))).toBe(false);
    } finally {
      t.cleanup();
    }
  });
});
