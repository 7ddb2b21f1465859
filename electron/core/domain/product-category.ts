/** What a cashier sells, by kind (a bill is paid after an inquiry; the rest are bought outright). */
export const productCategories = ['pulsa', 'data', 'ewallet', 'pln_token', 'bill'] as const;
export type ProductCategory = (typeof productCategories)[number];
