import { z } from 'zod';
import { productCategories } from '../../domain/product-category';
import { amountInputSchema, providerIdSchema, rupiahSchema } from '../schemas';

export { productCategories } from '../../domain/product-category';
export const productCategorySchema = z.enum(productCategories);

/** One offer of a product by one provider. */
const offer = z.object({
  provider: providerIdSchema,
  providerCode: z.string(),
  cost: rupiahSchema,
  active: z.boolean(),
});

/**
 * What the cashier sells: one product even when several providers offer it. `price` is the
 * selling price (cost of the provider routing would pick + markup); cost and margin are for the owner.
 */
export const productView = z.object({
  id: z.string(),
  category: productCategorySchema,
  /** telkomsel, indosat, xl, axis, tri, smartfren, by.u, pln, ovo, gopay, dana, shopeepay, or a bill type. */
  operator: z.string(),
  name: z.string(),
  /** Face value where it has one (pulsa 10.000, token 20.000), else null. */
  nominal: rupiahSchema.nullable(),
  price: rupiahSchema,
  cost: rupiahSchema,
  margin: rupiahSchema,
  available: z.boolean(),
  offers: z.array(offer),
});

const syncStatus = z.object({
  provider: providerIdSchema,
  running: z.boolean(),
  lastSyncAt: z.number().int().nullable(),
  lastError: z.string().nullable(),
  productCount: z.number().int(),
});

const markupRule = z.object({
  category: productCategorySchema,
  markup: rupiahSchema,
  /** Prices from cost + markup are rounded UP to this many rupiah; 0 = no rounding. */
  rounding: z.number().int(),
});

export const catalogChannels = {
  'catalog:products': {
    input: z
      .object({
        category: productCategorySchema.optional(),
        operator: z.string().max(40).optional(),
        query: z.string().max(80).optional(),
        includeUnavailable: z.boolean().optional(),
      })
      .strict(),
    output: z.object({ products: z.array(productView) }),
  },
  /** Normalises +62/62/0 forms and names the operator from the prefix table (resources/). */
  'catalog:detectOperator': {
    input: z.object({ phone: z.string().max(40) }).strict(),
    output: z.object({ normalized: z.string().nullable(), operator: z.string().nullable(), operatorName: z.string().nullable() }),
  },
  /** Starts a price-list sync (all providers, or one); progress arrives as `catalog:syncProgress` events. */
  'catalog:sync': {
    input: z.object({ provider: providerIdSchema.optional() }).strict(),
    output: z.object({ started: z.array(providerIdSchema) }),
  },
  'catalog:syncStatus': {
    input: z.object({}).strict(),
    output: z.object({ providers: z.array(syncStatus) }),
  },
  'catalog:markupRules': {
    input: z.object({}).strict(),
    output: z.object({ rules: z.array(markupRule) }),
  },
  'catalog:setMarkup': {
    input: z.object({ category: productCategorySchema, markup: amountInputSchema }).strict(),
    output: z.object({ rules: z.array(markupRule) }),
  },
  /** The category's rounding step (0, 25, 50, 100, 500, 1000); the core refuses any other in words. */
  'catalog:setRounding': {
    input: z.object({ category: productCategorySchema, rounding: z.number().int().min(0).max(1_000_000) }).strict(),
    output: z.object({ rules: z.array(markupRule) }),
  },
  /** A per-product selling price that overrides the category markup; null removes the override. */
  'catalog:setProductPrice': {
    input: z.object({ productId: z.string().max(120), price: amountInputSchema.nullable() }).strict(),
    output: productView,
  },
} as const;
