import type { ProviderService } from '../../providers/registry/provider-service';
import type { Handlers } from '../dispatch';

export function providerHandlers(
  providers: ProviderService,
): Pick<Handlers, 'providers:list' | 'providers:testConnection' | 'providers:configure'> {
  return {
    'providers:list': () => ({ providers: providers.list() }),
    'providers:testConnection': (input) => providers.testConnection(input.provider),
    'providers:configure': (input) => providers.configure(input),
  };
}
