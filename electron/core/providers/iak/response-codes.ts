/**
 * IAK response codes (providers.md 2.7, from prepaid/response-code.md and postpaid/response-code.md)
 * and how Loket reads each one. IAK's own table labels almost everything "Failed"; Loket only
 * trusts a failure that says THIS transaction was refused or failed. Codes about the request itself
 * (auth, IP, format, maintenance) are definitive only on the first send of a sale; codes about
 * identity (not found, duplicate ref, already paid) and the generic errors are never a failure.
 */
export const PREPAID_MESSAGES: Readonly<Record<string, string>> = {
  '00': 'SUCCESS',
  '06': 'TRANSACTION NOT FOUND',
  '07': 'FAILED',
  '10': 'REACH TOP UP LIMIT USING SAME DESTINATION NUMBER IN 1 DAY',
  '12': 'BALANCE MAXIMUM LIMIT EXCEEDED',
  '13': 'CUSTOMER NUMBER BLOCKED',
  '14': 'INCORRECT DESTINATION NUMBER',
  '16': 'NUMBER NOT MATCH WITH OPERATOR',
  '17': 'INSUFFICIENT DEPOSIT',
  '20': 'CODE NOT FOUND',
  '39': 'PROCESS',
  '102': 'INVALID IP ADDRESS',
  '106': 'PRODUCT IS TEMPORARILY OUT OF SERVICE',
  '107': 'ERROR IN XML FORMAT',
  '110': 'SYSTEM UNDER MAINTENANCE',
  '117': 'PAGE NOT FOUND',
  '118': 'ACCOUNT SUSPENDED',
  '121': 'MONTHLY TOP UP LIMIT EXCEEDED',
  '131': 'TOP UP REGION BLOCKED FOR PLAYER',
  '141': 'INVALID USER ID / ZONE ID / SERVER ID / ROLENAME',
  '142': 'INVALID USER ID',
  '143': 'INQUIRY NOT NEEDED',
  '201': 'UNDEFINED RESPONSE CODE',
  '202': 'MAXIMUM 1 NUMBER 1 TIME IN 1 DAY',
  '203': 'NUMBER IS TOO LONG',
  '204': 'WRONG AUTHENTICATION',
  '205': 'WRONG COMMAND',
  '206': 'THIS DESTINATION NUMBER HAS BEEN BLOCKED',
  '207': 'MAXIMUM 1 NUMBER WITH ANY CODE 1 TIME IN 1 DAY',
  '208': 'INVALID DATA',
};

export const POSTPAID_MESSAGES: Readonly<Record<string, string>> = {
  '00': 'PAYMENT / INQUIRY SUCCESS',
  '01': 'INVOICE HAS BEEN PAID',
  '02': 'BILL UNPAID',
  '03': 'INVALID REF ID',
  '04': 'BILLING ID EXPIRED',
  '05': 'UNDEFINED ERROR',
  '06': 'INQUIRY ID NOT FOUND',
  '07': 'TRANSACTION FAILED',
  '08': 'BILLING ID BLOCKED',
  '09': 'INQUIRY FAILED',
  '10': 'BILL IS NOT AVAILABLE',
  '11': 'DUPLICATE REF ID',
  '13': 'CUSTOMER NUMBER BLOCKED',
  '14': 'INCORRECT DESTINATION NUMBER',
  '15': 'NUMBER THAT YOU ENTERED IS NOT SUPPORTED',
  '16': "NUMBER DOESN'T MATCH THE OPERATOR",
  '17': 'BALANCE NOT ENOUGH',
  '20': 'PRODUCT UNREGISTERED',
  '30': 'PAYMENT HAVE TO BE DONE VIA COUNTER / PDAM',
  '31': 'TRANSACTION REJECTED DUE TO EXCEEDING MAXIMAL TOTAL BILL ALLOWED',
  '32': 'TRANSACTION FAILED, PLEASE PAY BILL OF ALL PERIOD',
  '33': "TRANSACTION CAN'T BE PROCESS, PLEASE TRY AGAIN LATER",
  '34': 'BILL HAS BEEN PAID',
  '35': 'TRANSACTION REJECTED DUE TO ANOTHER UNPAID ARREAR',
  '36': 'EXCEEDING DUE DATE, PLEASE PAY IN THE COUNTER / PDAM',
  '37': 'PAYMENT FAILED',
  '38': 'PAYMENT FAILED, PLEASE DO ANOTHER REQUEST',
  '39': 'PENDING / TRANSAKSI SEDANG DIPROSES',
  '40': 'TRANSACTION REJECTED DUE TO ALL OR ONE OF THE ARREAR/INVOICE HAS BEEN PAID',
  '41': "CAN'T BE PAID IN COUNTER, PLEASE PAY TO THE CORRESPONDING COMPANY",
  '42': 'REQUEST PEMBAYARAN BELUM DITERIMA',
  '91': 'DATABASE CONNECTION ERROR',
  '92': 'GENERAL ERROR',
  '93': 'INVALID AMOUNT',
  '94': 'SERVICE HAS EXPIRED',
  '100': 'INVALID SIGNATURE',
  '101': 'INVALID COMMAND',
  '102': 'INVALID IP ADDRESS',
  '103': 'TIMEOUT',
  '105': 'MISC ERROR / BILLER SYSTEM ERROR',
  '106': 'PRODUCT IS TEMPORARILY OUT OF SERVICE',
  '107': 'XML FORMAT ERROR',
  '108': "SORRY, YOUR ID CAN'T BE USED FOR THIS PRODUCT TRANSACTION",
  '109': 'SYSTEM CUT OFF',
  '110': 'SYSTEM UNDER MAINTENANCE',
  '117': 'PAGE NOT FOUND',
  '118': 'ACCOUNT SUSPENDED',
  '201': 'UNDEFINED RESPONSE CODE',
};

const set = (...codes: string[]): ReadonlySet<string> => new Set(codes);

/** Prepaid: "the provider is still working on it". */
export const PREPAID_PENDING = set('39', '201');
/** Prepaid: this transaction failed / was refused (valid in a top-up answer, a status answer and a callback). */
export const PREPAID_TXN_FAILED = set('07', '10', '12', '13', '14', '16', '17', '20', '106', '121', '131', '141', '142', '202', '203', '206', '207', '208');
/** Prepaid: the request was refused before any processing. Definitive only on a first top-up send. */
export const PREPAID_REQUEST_REJECTED = set('102', '107', '110', '117', '118', '204', '205');

/** Postpaid payment: "still in process" (05 and 201 are labelled Pending by IAK). */
export const POSTPAID_PENDING = set('05', '39', '201');
/** Postpaid payment: this payment failed / was refused. */
export const POSTPAID_TXN_FAILED = set(
  '03', '04', '07', '08', '09', '10', '13', '14', '15', '16', '17', '20', '30', '31', '32', '33', '35', '36', '37', '38', '41', '93', '94', '105', '106', '108', '109',
);
/** Postpaid: the request itself was refused (signature, command, IP, format, maintenance). */
export const POSTPAID_REQUEST_REJECTED = set('100', '101', '102', '107', '110', '117', '118');
/**
 * Never a failure, whatever IAK's table says: 01/34/40 "already paid" may be our own first payment,
 * 11 duplicate ref and 06 not found are about identity, 42 "payment not received" needs a grace
 * window (reliability.md S9), 91/92 are generic errors and 103 is literally a timeout.
 */
export const POSTPAID_NEVER_FAILED = set('01', '02', '06', '11', '34', '40', '42', '91', '92', '103');
/** Postpaid inquiry errors worth retrying later (read call). */
export const POSTPAID_INQUIRY_RETRYABLE = set('05', '09', '33', '91', '92', '103', '105', '109', '110', '201');

export function prepaidMessage(rc: string): string {
  return PREPAID_MESSAGES[rc] ?? 'UNDEFINED RESPONSE CODE';
}
export function postpaidMessage(rc: string): string {
  return POSTPAID_MESSAGES[rc] ?? 'UNDEFINED RESPONSE CODE';
}
