/**
 * A small ESC/POS reader for tests: turns the bytes sent to a receipt printer back into the text
 * rows a customer would read, with what the printer was told about each row. It knows exactly the
 * commands Loket's encoder emits and refuses anything else, so an unexpected command fails a test
 * instead of being printed as garbage. No maintained package does this (LIBRARIES.md).
 */
export interface DecodedLine {
  text: string;
  /** Printer columns the row takes: each character counts its current width (GS ! doubles it). */
  columns: number;
  bold: boolean;
  /** Largest character width / height multiplier used in the row. */
  width: number;
  height: number;
}

export interface DecodedReceipt {
  lines: DecodedLine[];
  qrPayloads: string[];
  cuts: number;
  codepages: number[];
  rasterImages: number;
}

export function decodeEscPos(bytes: Uint8Array): DecodedReceipt {
  const out: DecodedReceipt = { lines: [], qrPayloads: [], cuts: 0, codepages: [], rasterImages: 0 };
  let width = 1;
  let height = 1;
  let bold = false;
  let line: DecodedLine = { text: '', columns: 0, bold: false, width: 1, height: 1 };
  const endLine = () => {
    out.lines.push(line);
    line = { text: '', columns: 0, bold: false, width: 1, height: 1 };
  };
  const at = (i: number): number => {
    if (i >= bytes.length) throw new Error(`ESC/POS stream ends inside a command at byte ${i}`);
    return bytes[i]!;
  };
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b === 0x0a) {
      endLine();
      i += 1;
    } else if (b === 0x0d) {
      i += 1;
    } else if (b === 0x1b) {
      const cmd = at(i + 1);
      if (cmd === 0x40) {
        width = 1;
        height = 1;
        bold = false;
        i += 2;
      } else if (cmd === 0x74) {
        out.codepages.push(at(i + 2));
        i += 3;
      } else if (cmd === 0x21) {
        const n = at(i + 2);
        bold = (n & 0x08) !== 0;
        height = n & 0x10 ? 2 : 1;
        width = n & 0x20 ? 2 : 1;
        i += 3;
      } else if (cmd === 0x45) {
        bold = at(i + 2) === 1;
        i += 3;
      } else if (cmd === 0x61 || cmd === 0x4d) {
        at(i + 2); // alignment / font: no effect on the text rows checked here
        i += 3;
      } else if (cmd === 0x64) {
        const n = at(i + 2);
        if (line.text) endLine();
        for (let k = 0; k < n; k += 1) endLine();
        i += 3;
      } else throw new Error(`unexpected ESC 0x${cmd.toString(16)} at byte ${i}`);
    } else if (b === 0x1c) {
      if (at(i + 1) !== 0x2e) throw new Error(`unexpected FS 0x${at(i + 1).toString(16)} at byte ${i}`);
      i += 2; // FS . : cancel Kanji mode (single-byte characters)
    } else if (b === 0x1d) {
      const cmd = at(i + 1);
      if (cmd === 0x21) {
        const n = at(i + 2);
        width = (n >> 4) + 1;
        height = (n & 0x0f) + 1;
        i += 3;
      } else if (cmd === 0x56) {
        const m = at(i + 2);
        out.cuts += 1;
        i += m === 65 || m === 66 ? 4 : 3;
      } else if (cmd === 0x28 && at(i + 2) === 0x6b) {
        const length = at(i + 3) + at(i + 4) * 256;
        const cn = at(i + 5);
        const fn = at(i + 6);
        // QR (cn 49) "store the data" (fn 80): m, then the payload.
        if (cn === 49 && fn === 80) out.qrPayloads.push(Buffer.from(bytes.subarray(i + 8, i + 5 + length)).toString('latin1'));
        i += 5 + length;
      } else if (cmd === 0x76 && at(i + 2) === 0x30) {
        const bytesPerRow = at(i + 4) + at(i + 5) * 256;
        const rows = at(i + 6) + at(i + 7) * 256;
        out.rasterImages += 1;
        i += 8 + bytesPerRow * rows;
      } else throw new Error(`unexpected GS 0x${cmd.toString(16)} at byte ${i}`);
    } else if (b < 0x20) {
      throw new Error(`unexpected control byte 0x${b.toString(16)} at byte ${i}`);
    } else {
      line.text += String.fromCharCode(b);
      line.columns += width;
      line.bold ||= bold && b !== 0x20;
      line.width = Math.max(line.width, width);
      line.height = Math.max(line.height, height);
      i += 1;
    }
  }
  if (line.text) endLine();
  return out;
}

/** The rows as a customer reads them: trimmed, empty rows dropped. */
export function textRows(decoded: DecodedReceipt): string[] {
  return decoded.lines.map((l) => l.text.trim()).filter(Boolean);
}
