import { parseCashierAmount } from '../../money';
import type { Handlers } from '../dispatch';

/** Lets a screen show the core's own reading of typed money before asking to confirm it. */
export function moneyHandlers(): Pick<Handlers, 'money:previewAmount'> {
  return {
    'money:previewAmount': (input) => ({ amount: parseCashierAmount(input.text) }),
  };
}
