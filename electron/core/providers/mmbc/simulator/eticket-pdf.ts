/**
 * A real, minimal PDF 1.4 e-ticket written by hand: one A4 page, the two base-14 Helvetica fonts
 * (no embedding needed), one uncompressed content stream, a correct xref table. Enough for any
 * PDF reader, pdftotext or a browser to open, without a PDF library.
 */
export interface EticketData {
  bookingCode: string;
  airline: string;
  flightCode: string;
  route: string; // "CGK-SUB"
  routeCities: string; // "Jakarta (CGK) - Surabaya (SUB)"
  departure: string; // "20 Mar 2017 08:15"
  flightTime: string; // "08:15 - 10:05"
  transit: string;
  flightClass: string;
  passengers: { title: string; fullname: string; type: string; ticket: string }[];
  contact: string;
  baggage: string;
  issuedAt: string; // "2026-05-30 10:11:12"
  agent: string;
}

type Line = { font: 'F1' | 'F2'; size: number; x: number; text: string; gap: number };

export function renderEticketPdf(data: EticketData): Buffer {
  const stream = contentStream(layout(data));
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
    `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`,
    `<< /Title (${escapeText(`E-Tiket ${data.bookingCode}`)}) /Producer (Loket MMBC simulator) >>`,
  ];
  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = chunks[0]?.length ?? 0;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(offset);
    const chunk = Buffer.from(`${i + 1} 0 obj\n${body}\nendobj\n`, 'latin1');
    chunks.push(chunk);
    offset += chunk.length;
  });
  const xref = [
    'xref',
    `0 ${objects.length + 1}`,
    '0000000000 65535 f \n' + offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join(''),
  ].join('\n');
  const trailer = `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${objects.length} 0 R >>\nstartxref\n${offset}\n%%EOF\n`;
  chunks.push(Buffer.from(`${xref}${trailer}`, 'latin1'));
  return Buffer.concat(chunks);
}

function layout(d: EticketData): Line[] {
  const lines: Line[] = [
    { font: 'F2', size: 18, x: 50, text: 'E-TIKET PESAWAT / ELECTRONIC TICKET', gap: 0 },
    { font: 'F1', size: 10, x: 50, text: `Diterbitkan ${d.issuedAt} WIB melalui MMBC (agen ${d.agent})`, gap: 18 },
    { font: 'F2', size: 14, x: 50, text: `Kode Booking: ${d.bookingCode}`, gap: 30 },
    { font: 'F1', size: 11, x: 50, text: `Maskapai: ${d.airline}   Penerbangan: ${d.flightCode}   Kelas: ${d.flightClass}`, gap: 22 },
    { font: 'F1', size: 11, x: 50, text: `Rute: ${d.route}   ${d.routeCities}`, gap: 16 },
    { font: 'F1', size: 11, x: 50, text: `Berangkat: ${d.departure}   Jam: ${d.flightTime}   ${d.transit}`, gap: 16 },
    { font: 'F1', size: 11, x: 50, text: `Bagasi: ${d.baggage}`, gap: 16 },
    { font: 'F2', size: 12, x: 50, text: 'Penumpang', gap: 28 },
  ];
  d.passengers.forEach((p, i) => {
    lines.push({ font: 'F1', size: 11, x: 50, text: `${i + 1}. ${p.title}. ${p.fullname} (${p.type})   No. Tiket: ${p.ticket}`, gap: 16 });
  });
  lines.push(
    { font: 'F1', size: 11, x: 50, text: `Kontak pemesan: ${d.contact}`, gap: 28 },
    { font: 'F1', size: 9, x: 50, text: 'Harap tiba di bandara 90 menit sebelum keberangkatan dan bawa identitas asli.', gap: 30 },
  );
  return lines;
}

function contentStream(lines: Line[]): string {
  let y = 790;
  const ops: string[] = [];
  for (const line of lines) {
    y -= line.gap;
    ops.push(`BT /${line.font} ${line.size} Tf ${line.x} ${y} Td (${escapeText(line.text)}) Tj ET`);
  }
  return ops.join('\n');
}

/** PDF literal string: escape \ ( ) and keep to printable Latin-1 (WinAnsi) characters. */
function escapeText(value: string): string {
  return value
    .normalize('NFC')
    .replace(/[^\x20-\x7e\xa0-\xff]/g, '?')
    .replace(/[\\()]/g, (c) => `\\${c}`);
}
