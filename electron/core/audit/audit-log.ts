import type Database from 'better-sqlite3';
import type { ChannelInput, ChannelOutput } from '../api/contract';
import { redactSecrets } from './redact';

export type AuditEntry = ChannelOutput<'audit:list'>['entries'][number];
export type AuditFilter = ChannelInput<'audit:list'>;
type Who = { id: number; name: string };

/** One line to append; `before`/`after` are values (redacted and turned into JSON here), undefined = not relevant. */
export interface AuditLine {
  user: Who | null;
  approvedBy: Who | null;
  action: string;
  label: string;
  outcome: 'done' | 'refused';
  before?: unknown;
  after?: unknown;
  detail?: string | null;
}

/** Keeps one line readable and the file small: a very long answer is cut (the screen shows cut text as it is). */
const MAX_JSON_CHARS = 16_000;

interface Row {
  id: number;
  at: number;
  business_day: string;
  user_id: number | null;
  user_name: string | null;
  approved_by_id: number | null;
  approved_by_name: string | null;
  action: string;
  label: string;
  outcome: 'done' | 'refused';
  before_json: string | null;
  after_json: string | null;
  detail: string | null;
}

/**
 * The audit_log table (migration 015): appends lines and reads them back for the owner, newest
 * first. Every value passes through redactSecrets on the way in, whoever calls `append`.
 */
export class AuditLog {
  private readonly insert: Database.Statement;

  constructor(
    private readonly db: Database.Database,
    private readonly clock: { now(): number; businessDay(atMs: number): string },
  ) {
    this.insert = db.prepare(
      `INSERT INTO audit_log (at, business_day, user_id, user_name, approved_by_id, approved_by_name, action, label, outcome, before_json, after_json, detail)
       VALUES (@at, @businessDay, @userId, @userName, @approvedById, @approvedByName, @action, @label, @outcome, @before, @after, @detail)`,
    );
  }

  append(line: AuditLine): void {
    const at = this.clock.now();
    this.insert.run({
      at,
      businessDay: this.clock.businessDay(at),
      userId: line.user?.id ?? null,
      userName: line.user?.name ?? null,
      approvedById: line.approvedBy?.id ?? null,
      approvedByName: line.approvedBy?.name ?? null,
      action: line.action,
      label: line.label,
      outcome: line.outcome,
      before: toJson(line.before),
      after: toJson(line.after),
      detail: line.detail ? shortText(line.detail) : null,
    });
  }

  /** Newest first; `nextBeforeId` pages back (null: nothing older matches). */
  list(filter: AuditFilter): { entries: AuditEntry[]; nextBeforeId: number | null } {
    const where: string[] = [];
    const args: Record<string, unknown> = {};
    if (filter.from) {
      where.push('business_day >= @from');
      args.from = filter.from;
    }
    if (filter.to) {
      where.push('business_day <= @to');
      args.to = filter.to;
    }
    if (filter.userId !== undefined) {
      where.push('user_id = @userId');
      args.userId = filter.userId;
    }
    if (filter.outcome) {
      where.push('outcome = @outcome');
      args.outcome = filter.outcome;
    }
    if (filter.action) {
      where.push('action = @action');
      args.action = filter.action;
    }
    if (filter.beforeId !== undefined) {
      where.push('id < @beforeId');
      args.beforeId = filter.beforeId;
    }
    const limit = filter.limit ?? 100;
    // One more than asked: says whether an older page exists without a second query.
    const rows = this.db
      .prepare(`SELECT * FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ${limit + 1}`)
      .all(args) as Row[];
    const page = rows.slice(0, limit);
    return { entries: page.map(toEntry), nextBeforeId: rows.length > limit ? (page.at(-1)?.id ?? null) : null };
  }
}

function toJson(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  const text = JSON.stringify(redactSecrets(value));
  return text.length > MAX_JSON_CHARS ? `${text.slice(0, MAX_JSON_CHARS)}…` : text;
}

/** Refusal messages are a sentence or two; a runaway one is cut. */
function shortText(text: string): string {
  return text.length > 500 ? `${text.slice(0, 500)}…` : text;
}

function toEntry(row: Row): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    businessDay: row.business_day,
    user: row.user_id !== null ? { id: row.user_id, name: row.user_name ?? '' } : null,
    approvedBy: row.approved_by_id !== null ? { id: row.approved_by_id, name: row.approved_by_name ?? '' } : null,
    action: row.action,
    label: row.label,
    outcome: row.outcome,
    before: row.before_json,
    after: row.after_json,
    detail: row.detail,
  };
}
