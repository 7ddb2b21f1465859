import { afterEach, describe, expect, it } from 'vitest';
import { openSandbox } from '../../../electron/core/app/open-sandbox';
import { depositAccount, verifyLedger } from '../../../electron/core/ledger';
import { adapterMap } from '../../../electron/core/providers/registry/adapters';
import { SANDBOX_OPENING_DEPOSIT } from '../../../electron/core/providers/sandbox/sandbox-deposits';
import { openTestLedger, type LedgerFixture } from '../../support/ledger-fixture';

/** Training money goes only into a Sandbox deposit: a Live deposit holds real money only. */
let f: LedgerFixture;
afterEach(() => f.close());

const external = { iak: { baseUrl: 'http://127.0.0.1:9/iak', credentials: null }, mmbc: { baseUrl: 'http://127.0.0.1:9/mmbc', credentials: null } };

describe('seeding training deposits for simulators started elsewhere', () => {
  it('seeds a provider in Sandbox and never one already Live', async () => {
    f = await openTestLedger();
    f.db.prepare("UPDATE provider_setting SET mode = 'live', live_base_url = 'https://api.example' WHERE provider = 'iak'").run();
    const runtime = await openSandbox(f.ledger, adapterMap(), external, () => 'http://127.0.0.1:9/cb');
    expect(f.ledger.rawBalance(depositAccount('mmbc'))).toBe(SANDBOX_OPENING_DEPOSIT);
    expect(f.ledger.rawBalance(depositAccount('iak'))).toBe(0);
    expect(f.db.prepare("SELECT COUNT(*) AS n FROM journal_entry WHERE idem_key = 'sandbox-seed:iak'").get()).toEqual({ n: 0 });
    expect(verifyLedger(f.db)).toEqual([]);
    await runtime.close();
  });
});
