import type { ErrorBody } from '../../api/contract-types';
import { errorText } from '../../format/error-text';

/**
 * The core refuses bad input with `invalid_input` and up to three "path: message" parts joined by
 * "; " (dispatch's describeIssues). Placing each message under its field keeps the core's exact
 * Indonesian words; what names no known field stays in `rest`.
 */
export function fieldIssues(error: ErrorBody | null, known: readonly string[]): { byField: Record<string, string>; rest: string[] } {
  const byField: Record<string, string> = {};
  const rest: string[] = [];
  if (!error) return { byField, rest };
  if (error.code !== 'invalid_input') return { byField, rest: [error.message] };
  for (const part of error.message.split('; ')) {
    const match = /^([\w.]+): (.+)$/.exec(part);
    const path = match?.[1];
    if (path && match[2] && known.includes(path)) byField[path] ??= match[2];
    else rest.push(match?.[2] ?? part);
  }
  return { byField, rest };
}

/**
 * A refusal as one line in the core's words: an `invalid_input` loses its field paths ("pin: PIN
 * harus 4 sampai 6 angka." -> "PIN harus 4 sampai 6 angka."), everything else is `errorText`.
 */
export function refusalWords(error: ErrorBody, t: (key: string) => string): string {
  if (error.code !== 'invalid_input') return errorText(error, t);
  return fieldIssues(error, []).rest.join(' ');
}
