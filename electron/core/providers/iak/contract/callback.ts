import { z } from 'zod';
import { looseMoney, optStatus, optText, rcSchema } from './common';

/**
 * Prepaid callback (IAK -> us): `{"data": {...}}` with every value a string. v1 names the product
 * `code` and the customer `hp`; v2 says `product_code` and `customer_id`. `sign` is
 * md5(username + api_key + ref_id): it does NOT cover the status, so a callback is only a hint.
 */
export const callbackData = z.looseObject({
  ref_id: z.string().min(1),
  status: optStatus,
  product_code: optText,
  customer_id: optText,
  code: optText,
  hp: optText,
  price: looseMoney.nullish(),
  message: optText,
  sn: optText,
  pin: optText,
  activation_code: optText,
  balance: looseMoney.nullish(),
  tr_id: optText,
  rc: rcSchema,
  sign: z.string().min(1),
});
export const callbackBody = z.looseObject({ data: callbackData });
export type CallbackData = z.output<typeof callbackData>;
