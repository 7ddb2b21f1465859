import type { ProviderId } from '../../api/schemas';
import type { ReadResult } from '../../providers/outcome';
import { AppError } from '../../errors/app-error';
import { depositAccount, type Ledger } from '../../ledger';
import { operatorDecision, operatorEvidence } from '../../sales/operator-actions';
import { listSales, openSales, saleAttempts, salesTotals } from '../../sales/sales-queries';
import { recentNumbers, setFavourite } from '../../sales/recent-numbers';
import type { SalesService } from '../../sales/sales-service';
import { toBillView, toSaleView } from '../../sales/sale-view';
import type { Handlers } from '../dispatch';
import { saleView, type salesChannels } from '../channels/sales';
import { normalisePhone } from '../../catalog/phone';
import { normaliseCustomer } from '../../catalog/customer-number';
import { readableRows, readRowsKeepingPlaceholders } from '../../sales/readable-rows';
import { damagedSale } from '../../sales/damaged-sale';
import { recordBalanceReading } from '../../reports';
import type { SaleRecord } from '../../sales/sale-record';
import { assertCounterOpen } from '../../shifts/shift-gate';

export interface SalesHandlerDeps {
  sales: SalesService;
  ledger: Ledger;
  providerIds: readonly ProviderId[];
  detectOperator: (phone: string) => string | null;
  plnInquire: (meter: string) => Promise<{ meter: string; name: string; tariff: string; power: string }>;
  providerBalance: (provider: ProviderId) => Promise<ReadResult<number>>;
  ewalletInquire: (input: { productId: string; customerNo: string }) => Promise<{ customerName: string | null; message: string }>;
}

export function salesHandlers(deps: SalesHandlerDeps): Pick<Handlers, keyof typeof salesChannels> {
  const { sales, ledger } = deps;
  const { book, engine, bills } = sales;
  /** Customer money goes only into a counted drawer; a repeated press of a sale already recorded still answers it. */
  const takesCustomerMoney = (requestId: string) => {
    if (!book.repo.byRequestId(requestId)) assertCounterOpen(ledger.db);
  };
  return {
    'sales:start': async (input) => {
      takesCustomerMoney(input.requestId);
      return toSaleView(await engine.start(input));
    },
    'bills:inquire': async (input) => toBillView(await bills.inquire(input)),
    'bills:pay': async (input) => {
      takesCustomerMoney(input.requestId);
      return toSaleView(await engine.payBill(input));
    },
    'pln:inquire': (input) => deps.plnInquire(input.meter),
    'ewallet:inquire': (input) => deps.ewalletInquire(input),
    'sales:get': (input) => {
      const sale = 'id' in input ? book.get(input.id) : book.getByRequest(input.requestId);
      return {
        ...toSaleView(sale),
        events: book.repo.events(sale.id),
        bill: sale.inquiryId ? toBillView(bills.get(sale.inquiryId)) : null,
        attempts: saleAttempts(ledger.db, sale.id),
      };
    },
    'sales:list': (input) => ({ sales: showable(listSales(ledger.db, input)), totals: salesTotals(ledger.db, input) }),
    'sales:open': () => {
      // An open sale never vanishes: one the contract cannot show joins the damaged placeholders.
      const open = openSales(ledger.db);
      const shown = readRowsKeepingPlaceholders(open.sales, (sale) => saleView.parse(toSaleView(sale)), damagedSale, (sale) => `sale ${sale.refId}`);
      return { sales: shown.read, damaged: [...open.damaged, ...shown.unreadable].sort((a, b) => a.id - b.id) };
    },
    'sales:checkNow': async (input) => {
      const sale = book.get(input.id);
      if (sale.state === 'success' || sale.state === 'failed') return toSaleView(sale);
      if (sale.needsOperator) throw new AppError('conflict', 'Transaksi ini tidak bisa dicek ke provider: tunggu keputusan operator.');
      return toSaleView(await sales.reconciler.checkOne(sale));
    },
    'sales:operatorEvidence': (input) => {
      const sale = book.get(input.id);
      return operatorEvidence(ledger, () => deps.providerBalance(sale.provider), sale);
    },
    'sales:operatorDecision': (input) => toSaleView(operatorDecision(book, book.get(input.id), input)),
    'sales:resolveAlert': (input) => {
      // "Paid again" from the drawer is customer money too (unless the refund still owed becomes the payment).
      if (input.resolution === 'charged_paid_again' && book.get(input.id).refund !== 'due') assertCounterOpen(ledger.db);
      return toSaleView(book.resolveAlert(input.id, input));
    },
    'sales:refund': (input) => {
      // The refund is handed out of the drawer: only while someone has counted it and answers for it.
      // A sale with no refund due gets the book's own answer ("Uang sudah dikembalikan.").
      if (book.get(input.id).refund === 'due') assertCounterOpen(ledger.db);
      return toSaleView(book.refundPaid(input.id));
    },
    // The sale's own number rule (SaleEngine.checkNumber), asked before the confirmation: no money, no audit.
    'sales:checkNumber': (input) => ({ customerNo: engine.checkNumber(input.productId, input.customerNo).customerNo }),
    'sales:recentNumbers': (input) => ({
      // Only numbers the category's rule accepts; anything else stored earlier is left out, never breaks the list.
      numbers: readableRows(
        recentNumbers(ledger.db, input.limit ?? 10, input.category),
        (n) =>
          input.category === 'pln_token'
            ? { ...n, customerNo: normaliseCustomer('pln_token', n.customerNo), operator: null }
            : { ...n, customerNo: normalisePhone(n.customerNo), operator: deps.detectOperator(n.customerNo) },
        (n) => `recent number ${n.customerNo}`,
      ),
    }),
    'sales:setFavourite': (input) => {
      setFavourite(ledger.db, input.customerNo, input.favourite, ledger.now());
      return { ok: true as const };
    },
    'providers:balances': async () => {
      const balances = await Promise.all(
        deps.providerIds.map(async (provider) => {
          const ledgerBalance = ledger.rawBalance(depositAccount(provider));
          const held = (ledger.db
            .prepare("SELECT COALESCE(SUM(cost), 0) AS held FROM sale WHERE provider = ? AND state IN ('committed','sent','pending','unknown')")
            .get(provider) as { held: number }).held;
          const reported = await deps.providerBalance(provider);
          const checkedAt = ledger.now();
          // Kept for Laporan's deposit movements: the provider's figure beside the ledger's at that moment.
          if (reported.ok) recordBalanceReading(ledger, { provider, at: checkedAt, reported: reported.value, ledger: ledgerBalance });
          return {
            provider,
            ledgerBalance,
            held,
            reportedBalance: reported.ok ? reported.value : null,
            difference: reported.ok ? reported.value - ledgerBalance : null,
            checkedAt,
            error: reported.ok ? null : reported.message,
          };
        }),
      );
      return { balances };
    },
  };
}

/** Sales as the screens get them; a row the contract cannot show is left out (logged once), not the whole list. */
function showable(sales: readonly SaleRecord[]) {
  return readableRows(sales, (sale) => saleView.parse(toSaleView(sale)), (sale) => `sale ${sale.refId}`);
}
