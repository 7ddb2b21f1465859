/**
 * Wraps a loader so concurrent calls share work: a call during a load schedules exactly one more
 * load afterwards, so a burst of events costs two round trips and an older answer never lands last.
 */
export function coalesced(load: () => Promise<void>): () => Promise<void> {
  let inFlight: Promise<void> | null = null;
  let again = false;
  return () => {
    if (inFlight) {
      again = true;
      return inFlight;
    }
    inFlight = (async () => {
      do {
        again = false;
        await load();
      } while (again);
    })().finally(() => {
      inFlight = null;
    });
    return inFlight;
  };
}
