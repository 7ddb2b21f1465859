import type { ProviderId } from '../domain/provider-id';

/**
 * A provider's recent record, for routing: after three sends in a row that ended unknown or
 * could not be sent, it goes to the back of the route until it answers again.
 */
export class ProviderHealthRecord {
  private readonly streak = new Map<ProviderId, number>();

  record(provider: ProviderId, ok: boolean): void {
    this.streak.set(provider, ok ? 0 : (this.streak.get(provider) ?? 0) + 1);
  }

  isHealthy(provider: ProviderId): boolean {
    return (this.streak.get(provider) ?? 0) < 3;
  }
}
