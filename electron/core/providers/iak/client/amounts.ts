import { MoneyError, parseProviderAmount, type Rupiah } from '../../../money';
import type { UnknownReason } from '../../outcome';
import type { IakMoneyOutcome } from './types';

/** An absent or empty amount is `undefined`; a present one must parse exactly (else MoneyError). */
export function optionalAmount(value: unknown): Rupiah | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  return parseProviderAmount(value);
}

export function requiredAmount(value: unknown): Rupiah {
  const amount = optionalAmount(value);
  if (amount === undefined) throw new MoneyError('Nominal dari provider kosong');
  return amount;
}

/** Runs a mapping that may meet a bad amount; a bad amount on a money call is `unknown`, never a throw. */
export function guardAmounts(raw: string, providerCode: string | undefined, map: () => IakMoneyOutcome): IakMoneyOutcome {
  try {
    return map();
  } catch (err) {
    if (!(err instanceof MoneyError)) throw err;
    return unknownOutcome('unexpected_answer', `Nominal dari IAK tidak dapat dibaca: ${err.message}`, raw, providerCode);
  }
}

export function unknownOutcome(
  reason: UnknownReason,
  message: string,
  raw: string | undefined,
  providerCode?: string,
  providerRef?: string,
): IakMoneyOutcome {
  return {
    status: 'unknown',
    reason,
    message,
    ...(raw !== undefined ? { raw } : {}),
    ...(providerCode !== undefined ? { providerCode } : {}),
    ...(providerRef !== undefined ? { providerRef } : {}),
  };
}

/** Drops undefined members so outcomes compare and serialise cleanly. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
