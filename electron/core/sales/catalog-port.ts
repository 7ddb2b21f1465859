import type { ProviderId } from '../domain/provider-id';
import type { SaleKind } from './sale-record';

/** What the sale engine needs from the catalogue: a product, its offers in routing order, its price. */
export interface RoutedProduct {
  productId: string;
  category: SaleKind;
  name: string;
  /** The brand the product is for ('axis', 'telkomsel', 'gopay'…); absent when a catalogue does not say. */
  operator?: string;
  /** Selling price for prepaid products; for bills the outlet's fee added to the inquiry total. */
  price: number;
  offers: { provider: ProviderId; providerCode: string; cost: number }[];
  /** Every id the product has been sold under (its id, the id asked for, its lines' former ids): the repeat guard matches them all. */
  sameProductIds?: readonly string[];
}

export interface SaleCatalog {
  route(productId: string): RoutedProduct | undefined;
  /** Phone numbers to 08..., meters and bill numbers to digits; throws AppError with a clear message. */
  normaliseCustomer(category: SaleKind, input: string): string;
  /**
   * Both operators' names when a mobile number cannot take a product of `productOperator`, else null.
   * The real catalogue always answers (prefix table); a fixed test table without one leaves it out.
   */
  operatorMismatch?(productOperator: string, customerNo: string): { number: string; product: string } | null;
}
