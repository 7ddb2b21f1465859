/** The IAK deposit: one balance for prepaid and postpaid, in integer rupiah. */
export class SimDeposit {
  constructor(private amount: number) {}

  get balance(): number {
    return this.amount;
  }

  /** Deducts if covered; false (and no change) if the deposit is short. */
  charge(value: number): boolean {
    if (value > this.amount) return false;
    this.amount -= value;
    return true;
  }

  refund(value: number): void {
    this.amount += value;
  }

  add(value: number): void {
    this.amount += value;
  }
}
