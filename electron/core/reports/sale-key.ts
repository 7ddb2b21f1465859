/** The columns of `sale` that place one sale in every breakdown (see SaleKey). */
export const SALE_KEY_COLUMNS =
  'business_day AS day, kind, provider, product_id AS productId, product_name AS productName, shift_id AS shiftId';
