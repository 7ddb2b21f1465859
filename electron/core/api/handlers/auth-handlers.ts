import type { Handlers } from '../dispatch';
import { AppError } from '../../errors/app-error';

type AuthChannel = 'auth:status' | 'setup:complete' | 'auth:signIn' | 'auth:lock' | 'auth:approveOverride' | 'auth:changePin' | 'auth:setIdleLock' | 'outlet:profile' | 'outlet:setProfile' | 'users:list' | 'users:create' | 'users:update' | 'users:resetPin';

// PLACEHOLDER (issue 11): replaced by the real handlers.
export function authHandlers(): Pick<Handlers, AuthChannel> {
  const notYet = (): never => {
    throw new AppError('internal', 'Belum tersedia.');
  };
  return { 'auth:status': notYet, 'setup:complete': notYet, 'auth:signIn': notYet, 'auth:lock': notYet, 'auth:approveOverride': notYet, 'auth:changePin': notYet, 'auth:setIdleLock': notYet, 'outlet:profile': notYet, 'outlet:setProfile': notYet, 'users:list': notYet, 'users:create': notYet, 'users:update': notYet, 'users:resetPin': notYet };
}
