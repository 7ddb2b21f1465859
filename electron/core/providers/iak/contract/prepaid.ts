import { z } from 'zod';
import { looseMoney, optRc, optStatus, optText, rcSchema } from './common';

/**
 * Prepaid API v2 (`https://prepaid.iak.id/api/<service>`, dev `https://prepaid.iak.dev`): JSON bodies,
 * every answer wrapped in `{"data": {...}}`. Requests are strict about what IAK requires and loose
 * about extras (the docs' own top-up sample carries a stray `"commands": "topup"`).
 */
const username = z.string().min(1);
const sign = z.string().min(1);

export const checkBalanceRequest = z.looseObject({ username, sign });
export const pricelistStatus = z.enum(['all', 'active', 'non active']);
export const pricelistRequest = z.looseObject({ username, sign, status: pricelistStatus.optional() });
export const topUpRequest = z.looseObject({
  username,
  ref_id: z.string().min(1),
  customer_id: z.string().min(1),
  product_code: z.string().min(1),
  sign,
});
export const checkStatusRequest = z.looseObject({ username, ref_id: z.string().min(1), sign });
export const inquiryPlnRequest = z.looseObject({ username, customer_id: z.string().min(1), sign });

export type TopUpRequest = z.infer<typeof topUpRequest>;

export const checkBalanceResponse = z.looseObject({
  data: z.looseObject({ balance: looseMoney.nullish(), message: optText, rc: optRc }),
});

/**
 * Price list. The docs' JSON sample is a bare array under `data`; independent clients read
 * `data.pricelist` (and the XML sample is `<mp><pricelist>…`). Both shapes are accepted; items are
 * validated one by one by the client so one odd product does not hide the whole list.
 */
export const pricelistResponse = z.looseObject({
  data: z.union([
    z.array(z.unknown()),
    z.looseObject({ pricelist: z.array(z.unknown()).optional(), message: optText, rc: optRc }),
  ]),
});

export const pricelistItem = z.looseObject({
  product_code: z.string().min(1),
  product_description: optText,
  product_nominal: optText,
  product_details: optText,
  product_price: looseMoney,
  product_type: optText,
  active_period: optText,
  status: optText,
  icon_url: optText,
  product_category: optText,
});
export type PricelistItemWire = z.input<typeof pricelistItem>;

/** Top-up and check-status share this shape (check-status adds `sn`, `pin`). v1 names tolerated. */
export const prepaidTransactionData = z.looseObject({
  ref_id: optText,
  status: optStatus,
  product_code: optText,
  customer_id: optText,
  code: optText,
  hp: optText,
  price: looseMoney.nullish(),
  message: optText,
  balance: looseMoney.nullish(),
  tr_id: optText,
  rc: rcSchema,
  sn: optText,
  pin: optText,
});
export const prepaidTransactionResponse = z.looseObject({ data: prepaidTransactionData });
export type PrepaidTransactionData = z.output<typeof prepaidTransactionData>;

export const inquiryPlnResponse = z.looseObject({
  data: z.looseObject({
    status: optStatus,
    customer_id: optText,
    meter_no: optText,
    subscriber_id: optText,
    name: optText,
    segment_power: optText,
    message: optText,
    rc: rcSchema,
  }),
});
