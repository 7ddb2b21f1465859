import { MoneyError, type Rupiah } from '../../../money';
import { optionalAmount } from './amounts';

/** One month of a postpaid bill as IAK itemises it. */
export interface IakBillLine {
  period: string;
  amount: Rupiah;
  admin: Rupiah;
  penalty: Rupiah;
}

export interface IakBillPeriods {
  /** One per month from desc's detail lines; empty when IAK sent none we can read. */
  lines: IakBillLine[];
  /**
   * The months as the cashier must read them: every month joined by "," when itemised, else IAK's
   * own period, except that "first,last" of more than two months becomes the range "first–last"
   * (IAK writes 8 months as "202604,202611": shown as two it would hide six).
   */
  periodText: string;
  /** How many months the bill covers (detail lines, else IAK's lembar/jumlah tagihan, else the period). */
  monthCount: number;
}

type Raw = Record<string, unknown>;
const isRecord = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

/** PLN/telco: desc.tagihan.detail; PDAM: desc.bill.detail (docs/providers/iak.md). */
function detailRows(desc: Raw): Raw[] {
  for (const holder of [desc.tagihan, desc.bill]) {
    if (isRecord(holder) && Array.isArray(holder.detail)) return holder.detail.filter(isRecord);
  }
  return [];
}

const zero = (v: unknown): Rupiah => optionalAmount(v) ?? (0 as Rupiah);

function lineOf(row: Raw): IakBillLine | null {
  const period = String(row.periode ?? row.period ?? '').trim();
  const amount = optionalAmount(row.nilai_tagihan ?? row.bill_amount);
  if (!period || amount === undefined) return null;
  return { period, amount: (amount + zero(row.misc_amount)) as Rupiah, admin: zero(row.admin), penalty: zero(row.denda ?? row.penalty) };
}

function readLines(desc: Raw): IakBillLine[] {
  try {
    const lines = detailRows(desc).map(lineOf);
    // All or nothing: a half-read list would show fewer months than the bill has.
    return lines.length > 0 && lines.every((l): l is IakBillLine => l !== null) ? lines : [];
  } catch (err) {
    if (err instanceof MoneyError) return [];
    throw err;
  }
}

function statedCount(desc: Raw): number | undefined {
  for (const key of ['lembar_tagihan', 'jumlah_tagihan', 'bill_quantity']) {
    const n = Number(desc[key]);
    if (Number.isInteger(n) && n > 0) return n;
  }
  return undefined;
}

/** Months from "202604" to "202611" inclusive (8); undefined when either is not yyyyMM. */
function monthSpan(first: string, last: string): number | undefined {
  const a = /^(\d{4})(\d{2})$/.exec(first);
  const b = /^(\d{4})(\d{2})$/.exec(last);
  if (!a || !b) return undefined;
  return (Number(b[1]) - Number(a[1])) * 12 + Number(b[2]) - Number(a[2]) + 1;
}

export function iakBillPeriods(period: string, desc: unknown): IakBillPeriods {
  const d = isRecord(desc) ? desc : {};
  const lines = readLines(d);
  if (lines.length > 0) return { lines, periodText: lines.map((l) => l.period).join(','), monthCount: lines.length };
  const parts = period.split(',').map((p) => p.trim()).filter(Boolean);
  const stated = statedCount(d);
  if (parts.length === 2) {
    const span = monthSpan(parts[0]!, parts[1]!);
    const count = stated ?? span;
    // Two neighbouring months are really two; anything longer is a range, never "2 bulan".
    if (count !== 2 || (span !== undefined && span !== 2)) {
      return { lines, periodText: `${parts[0]}–${parts[1]}`, monthCount: count ?? 0 };
    }
  }
  return { lines, periodText: parts.join(','), monthCount: stated ?? parts.length };
}
