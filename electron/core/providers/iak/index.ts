export { createIakClient } from './client/create-client';
export type {
  IakBill,
  IakCallbackVerification,
  IakClient,
  IakClientConfig,
  IakMoneyOutcome,
  IakPlnCustomer,
  IakPostpaidProduct,
  IakPrepaidProduct,
  IakPricelist,
  PostpaidInquiryInput,
  PostpaidPayInput,
  StatusExpectation,
  TopUpInput,
} from './client/types';
export { startIakSimulator, type IakSimulator, type IakSimulatorOptions } from './simulator/start-simulator';
export type { SimTransactionView as IakSimTransactionView } from './simulator/inspect-routes';
export { IAK_SANDBOX_CREDENTIALS } from './sandbox-credentials';
export { IAK_SALT, iakSign, signCustomerId, signRefId, signTrId, verifyIakSign, type IakCredentials } from './signing';
export { POSTPAID_PRODUCTS, PREPAID_PRODUCTS, type IakPostpaidCatalogItem, type IakPrepaidCatalogItem } from './catalog';

/** Documented base URLs (providers.md 2.1). */
export const IAK_BASE_URLS = {
  prepaid: { production: 'https://prepaid.iak.id', development: 'https://prepaid.iak.dev' },
  postpaid: { production: 'https://mobilepulsa.net', development: 'https://testpostpaid.mobilepulsa.net' },
} as const;
