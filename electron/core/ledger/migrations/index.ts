import { migration001 } from './001-ledger';
import { migration002 } from './002-provider-settings';
import { migration003 } from './003-catalog';
import { migration004 } from './004-sales';
import { migration005 } from './005-sale-safety';
import { migration006 } from './006-receipts';
import { migration007 } from './007-account-totals';
import { migration008 } from './008-shifts';
import { migration009 } from './009-reports';
import { migration010 } from './010-startup-indexes';
import { migration011 } from './011-shift-followups';
import { migration012 } from './012-flight-sales';
import { migration013 } from './013-flight-bookings';
import { migration014 } from './014-users';
import { migration015 } from './015-audit-log';
import { migration016 } from './016-price-rounding';
import type { Migration } from './migration';

export type { Migration } from './migration';

/** Every migration, in order. Append only: a released migration is never edited. */
export const migrations: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005, migration006, migration007, migration008, migration009, migration010, migration011, migration012, migration013, migration014, migration015, migration016];
