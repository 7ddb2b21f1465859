import type { CatalogueItem } from '../catalogue';

/** Wire shapes the simulator serves (same field names as the docs). */
export interface WireKeyValue {
  key: string;
  value: string | number;
}

export interface WireBillDetail {
  billId: string;
  billInfo: WireKeyValue[];
  isMandatory: boolean;
  key: string;
  value: number;
}

/** A bill (or prepaid price) as computed at inquiry time; stored with the inquiry. */
export interface GeneratedBill {
  customerName: string;
  /** Bill lines incl. the admin line (billId "0"), in the order they are served. */
  billDetails: WireBillDetail[];
  totalAdmin: number;
  /** Total to pay: sum of bill lines + admin. */
  amount: number;
  customerDetails: WireKeyValue[];
  productDetails: WireKeyValue[];
  extraFields: WireKeyValue[];
  denom: string;
  validity: string;
}

export interface SimInquiry {
  inquiryId: number;
  product: CatalogueItem;
  accountNumber: string;
  month?: number;
  bill: GeneratedBill;
  createdAt: number;
  expiresAt: number;
  usedByRef?: string;
}

export type SimTxStatus = 'pending' | 'success' | 'failed';

export interface SimTransaction {
  refNumber: string;
  transactionId: number;
  inquiryId: number;
  product: CatalogueItem;
  accountNumber: string;
  bill: GeneratedBill;
  /** What the deposit was charged (0 when the payment failed before charging). */
  cost: number;
  status: SimTxStatus;
  responseCode: number;
  token: string;
  createdAt: number;
  finalAt?: number;
  callbackUrl?: string;
}

export interface CallbackDelivery {
  refNumber: string;
  url: string;
  responseCode: number;
  delivered: boolean;
  at: number;
}
