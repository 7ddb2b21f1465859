import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channelCaller, openTestCore } from '../../support/core-fixture';
import { OWNER_NAME, signInOwner } from '../../support/sessions';

let t: Awaited<ReturnType<typeof openTestCore>>;
beforeEach(async () => {
  t = await openTestCore();
});
afterEach(() => t.close());

type Entry = { action: string; outcome: string; user: { name: string } | null; after: string | null };

describe('audit log across a restore', () => {
  it('writes the restore line into the books now open (the restored file), not the file kept aside', async () => {
    const call = channelCaller(t.core);
    const backup = await call<{ name: string }>('backups:create', {});
    await call('backups:restore', { name: backup.name });
    // The fresh core has no sessions: the owner signs in again.
    await signInOwner(t.core);
    const { entries } = await channelCaller(t.core)<{ entries: Entry[] }>('audit:list', { action: 'backups:restore' });
    expect(entries).toEqual([expect.objectContaining({ action: 'backups:restore', outcome: 'done', user: expect.objectContaining({ name: OWNER_NAME }) })]);
    expect(JSON.parse(entries[0]!.after!)).toMatchObject({ input: { name: backup.name }, answer: { restoredFrom: expect.any(String), keptAside: expect.any(String) } });
  });
});
