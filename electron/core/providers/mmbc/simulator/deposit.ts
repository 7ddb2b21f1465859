/**
 * The agent's deposit at MMBC. Every movement is kept so a test (or the inspection route) can
 * see exactly what was debited and refunded.
 */
export interface DepositMovement {
  at: number;
  kind: 'debit' | 'refund' | 'set';
  amount: number;
  reference: string;
  balanceAfter: number;
}

export class Deposit {
  private current: number;
  readonly movements: DepositMovement[] = [];

  constructor(initial: number, private readonly now: () => number) {
    this.current = initial;
  }

  get balance(): number {
    return this.current;
  }

  canPay(amount: number): boolean {
    return this.current >= amount;
  }

  debit(amount: number, reference: string): void {
    this.current -= amount;
    this.record('debit', amount, reference);
  }

  refund(amount: number, reference: string): void {
    this.current += amount;
    this.record('refund', amount, reference);
  }

  set(amount: number): void {
    this.current = amount;
    this.record('set', amount, 'control');
  }

  private record(kind: DepositMovement['kind'], amount: number, reference: string): void {
    this.movements.push({ at: this.now(), kind, amount, reference, balanceAfter: this.current });
  }
}

/** "1,234,567": how MMBC writes saldo. */
export function withSeparators(amount: number): string {
  return String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** "100.000": how MMBC writes a nominal inside its Indonesian sentences. */
export function withDots(amount: number): string {
  return String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}
