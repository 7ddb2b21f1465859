import type { MessageSchema } from './messages-id';
import { pricesEn } from './prices-en';
import { counterEn } from './counter-en';
import { receiptsEn } from './receipts-en';
import { flightsEn } from './flights-en';
import { reportsEn } from './reports-en';
import { sellingEn } from './selling-en';
import { historyEn } from './history-en';
import { authEn } from './auth-en';
import { auditEn } from './audit-en';
import { backupsEn } from './backups-en';
import { peopleEn } from './people-en';

export const en: MessageSchema = {
  app: {
    name: 'Loket',
    businessDay: 'Business day',
    language: 'Language',
    online: 'Connected',
    offline: 'Not connected',
    connecting: 'Connecting…',
  },
  nav: {
    label: 'Cashier menu',
    home: 'Home',
    topup: 'Top-up',
    bills: 'Bills',
    flights: 'Flight tickets',
    history: 'History',
    reports: 'Reports',
    settings: 'Settings',
  },
  placeholder: {
    body: 'This screen is being prepared. Press F1 to go back Home.',
  },
  balances: {
    title: 'Balances',
    cashDrawer: 'Cash drawer',
    held: 'Deposit on hold',
    heldHint: 'Deposit held for sales still in progress',
    deposit: '{provider} deposit',
    loading: 'Loading balances…',
  },
  journal: {
    title: "Today's journal",
    empty: 'Nothing recorded today yet.',
    time: 'Time',
    description: 'Description',
    amount: 'Amount',
    entries: 'entries',
  },
  ops: {
    title: 'Owner operations',
    amount: 'Amount (Rp)',
    amountPlaceholder: 'e.g. 500.000',
    note: 'Note (optional)',
    submit: 'Continue',
    checking: 'Checking amount…',
    submitting: 'Saving…',
    saved: 'Recorded.',
    duplicate: 'Already recorded; not recorded twice.',
    openingCash: {
      title: 'Opening cash',
      hint: 'Cash in the drawer when the shop opens.',
      confirm: 'Record opening cash?',
    },
    depositTopUp: {
      title: 'Deposit top-up',
      hint: 'Add deposit at a provider.',
      provider: 'Provider',
      source: 'Paid from',
      sourceCash: 'Cash drawer',
      sourceBank: 'Bank transfer',
      confirm: 'Record deposit top-up?',
      sandboxNote:
        '{provider} is in Sandbox mode (training). This top-up is real money, kept for Live mode; the {provider} training deposit does not change.',
      savedParked: '{provider} is in Sandbox (training): {amount} of real money kept for Live mode; the training deposit did not change.',
    },
    withdrawal: {
      title: 'Cash withdrawal',
      hint: 'The owner takes cash out of the drawer.',
      confirm: 'Record cash withdrawal?',
    },
  },
  settings: {
    title: 'Provider settings',
    intro:
      'Sandbox uses simulators on this computer with practice deposits, safe for trying things out. Live sends transactions to the real provider with real money.',
    loading: 'Loading providers…',
    retry: 'Reload',
    mode: {
      label: 'Mode',
      sandbox: 'Sandbox',
      live: 'Live',
      sandboxHint: 'Practice: simulator on this computer, not real money',
      liveHint: 'Real money at the provider',
    },
    baseUrl: 'API address',
    lastOk: 'Last success',
    lastError: 'Last error',
    never: 'Never',
    none: 'None',
    notSet: 'Not set',
    test: 'Test connection',
    testing: 'Testing…',
    testBalance: 'Deposit balance',
    live: {
      summary: 'Set up Live mode',
      hint: 'API address and credentials from {provider}. Credentials are stored encrypted on this computer and never shown again; fill a field only to replace it.',
      baseUrl: 'Live API address',
      baseUrlPlaceholder: 'e.g. https://api.provider.co.id',
      stored: 'Stored',
      missing: 'Not set',
      willClear: 'Will be removed',
      placeholderStored: 'Stored; fill only to replace',
      placeholderMissing: 'Not set',
      clear: 'Remove',
      keep: 'Keep',
      save: 'Save',
      saving: 'Saving…',
      saved: 'Saved.',
      nothingChanged: 'Nothing changed yet.',
      multilineKeys: 'Ctrl+Enter = save',
    },
    switch: {
      toLive: 'Switch to Live',
      toSandbox: 'Back to Sandbox',
      switching: 'Switching…',
      confirmLive: 'Switch {provider} to Live?',
      confirmSandbox: 'Put {provider} back in Sandbox?',
      warnLive:
        'Live mode uses the real deposit and real money at {provider}. Every sale is really sent to the provider and cannot be undone from Loket.',
      warnSandbox:
        'In Sandbox, {provider} sales are practice against the simulator: the customer receives nothing. Do not take customer money for practice sales.',
      okLive: 'Yes, switch to Live',
      okSandbox: 'Yes, back to Sandbox',
      provider: 'Provider',
      mode: 'New mode',
      credentials: 'Credentials',
      storedCount: '{stored} of {total} stored',
      done: 'Mode is now {mode}.',
    },
  },
  confirm: {
    amount: 'Amount',
    asTyped: 'as typed',
    ok: 'Yes, record',
    cancel: 'Cancel',
    keys: 'Enter = record, Esc = cancel',
  },
  selling: sellingEn,
  history: historyEn,
  prices: pricesEn,
  receipts: receiptsEn,
  reports: reportsEn,
  flights: flightsEn,
  auth: authEn,
  audit: auditEn,
  backups: backupsEn,
  people: peopleEn,
  loadError: { retry: 'Try again' },
  counter: counterEn,
  errors: {
    offline: 'Not connected to Loket. Check that the app is still running, then try again.',
    bad_response: 'The answer from Loket could not be read. Check the balances before retrying.',
  },
};
