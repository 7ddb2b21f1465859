import { createRequire } from 'node:module';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';

/**
 * Files dependencies read from disk at run time, exercised the way the core uses them but with the
 * packaged copies: pdfkit (under pdfmake) reads the Courier AFM metrics from its js/data folder for
 * every PDF receipt; exceljs builds an .xlsx export with its streaming writer.
 */

interface PdfMake {
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  createPdf(definition: object): { getBuffer(): Promise<Buffer> };
}

/** The four Courier faces, as electron/core/receipts/pdf-receipt.ts sets them. */
const COURIER = { normal: 'Courier', bold: 'Courier-Bold', italics: 'Courier-Oblique', bolditalics: 'Courier-BoldOblique' };

export async function pdfReceiptDoesNotRender(appDir: string): Promise<string[]> {
  try {
    const pdfmake = createRequire(join(appDir, 'out/main/index.js'))('pdfmake') as PdfMake;
    pdfmake.setFonts({ Courier: COURIER });
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy((path) => Object.values(COURIER).includes(path));
    const buffer = await pdfmake
      .createPdf({
        defaultStyle: { font: 'Courier' },
        content: ['LOKET', { text: 'Rp 10.000', bold: true }, { text: 'Terima kasih', italics: true }, { text: 'LUNAS', bold: true, italics: true }],
      })
      .getBuffer();
    return buffer.subarray(0, 5).toString('latin1') === '%PDF-' ? [] : ['pdfmake rendered something that is not a PDF'];
  } catch (err) {
    return [`a Courier PDF receipt does not render from the package: ${(err as Error).message.split('\n')[0]}`];
  }
}

interface ExcelJs {
  stream: {
    xlsx: {
      WorkbookWriter: new (options: { stream: NodeJS.WritableStream; useStyles: boolean; useSharedStrings: boolean }) => {
        addWorksheet(name: string): { addRow(values: unknown[]): { commit(): void }; commit(): void };
        commit(): Promise<void>;
      };
    };
  };
}

export async function xlsxDoesNotWrite(appDir: string): Promise<string[]> {
  try {
    const ExcelJS = createRequire(join(appDir, 'out/main/index.js'))('exceljs') as ExcelJs;
    const stream = new PassThrough();
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
    const sheet = workbook.addWorksheet('Transaksi');
    sheet.addRow(['Waktu', 'Nominal']).commit();
    sheet.addRow([new Date(Date.UTC(2026, 0, 2)), 10_000]).commit();
    sheet.commit();
    await workbook.commit();
    const file = Buffer.concat(chunks);
    return file.subarray(0, 2).toString('latin1') === 'PK' ? [] : ['exceljs wrote something that is not an .xlsx (zip)'];
  } catch (err) {
    return [`an .xlsx export does not write from the package: ${(err as Error).message.split('\n')[0]}`];
  }
}
