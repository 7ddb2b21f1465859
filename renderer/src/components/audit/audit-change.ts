/** One changed field of an audit line, values as short text (null: not there). */
export interface AuditChange {
  field: string;
  before: string | null;
  after: string | null;
}

const MAX_LINES = 4;
const MAX_VALUE = 60;

function parse(text: string | null): { ok: true; value: unknown } | { ok: false } {
  if (text === null) return { ok: true, value: null };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function short(value: unknown): string | null {
  if (value === undefined) return null;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}

/**
 * The audit line's before → after in a few short lines for the table: the fields that differ
 * between two states, or, when the core recorded what was asked (`{ input, answer }` or a refusal's
 * `{ input }`), the fields asked for. Text that is not JSON (a very long line the core cut) is shown as is.
 */
export function auditChanges(beforeText: string | null, afterText: string | null): AuditChange[] {
  const before = parse(beforeText);
  const after = parse(afterText);
  if (!after.ok) return [{ field: '', before: null, after: short(afterText) }];
  if (!before.ok || after.value === null) return [];
  // What was asked (an action without a state to read, or a refusal): its fields, nothing to compare.
  const asked = isRecord(after.value) && isRecord(after.value.input);
  const old = !asked && isRecord(before.value) ? before.value : {};
  const now = asked && isRecord(after.value) ? after.value.input : after.value;
  if (!isRecord(now)) return [{ field: '', before: short(before.value ?? undefined), after: short(now) }];
  const fields = [...new Set([...Object.keys(old), ...Object.keys(now)])];
  return fields
    .filter((field) => JSON.stringify(old[field]) !== JSON.stringify(now[field]))
    .slice(0, MAX_LINES)
    .map((field) => ({ field, before: short(old[field]), after: short(now[field]) }));
}

/** The JSON as stored, indented for the detail toggle; text that is not JSON comes back as it is. */
export function prettyJson(text: string | null): string {
  if (text === null) return '';
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}
