/**
 * Every MMBC endpoint known from the seeds and providers.md section 5, with what Loket does with
 * it. `fault` is the name to arm simulator faults with (server.faults.set(fault, ...) or
 * POST /__sim/faults {endpoint: fault, ...}). docs/providers/mmbc.md is written from this table.
 */
export interface MmbcEndpoint {
  path: string;
  method: 'GET' | 'POST';
  fault: string;
  /** Client method, or null when the client does not call it. */
  client: string | null;
  simulated: 'yes' | 'refused' | 'no';
  movesMoney: boolean;
  note: string;
}

export const MMBC_ENDPOINTS: readonly MmbcEndpoint[] = [
  { path: '/json/pulsa/daftarharga', method: 'POST', fault: 'daftarharga', client: 'getPriceList', simulated: 'yes', movesMoney: false, note: 'bare JSON array, all strings' },
  { path: '/json/pulsa/isipulsa', method: 'POST', fault: 'isipulsa', client: 'topup', simulated: 'yes', movesMoney: true, note: 'no client reference; itrx counter' },
  { path: '/json/pulsa/cekstatus', method: 'POST', fault: 'cekstatus', client: 'checkTopup', simulated: 'yes', movesMoney: true, note: 'status check by MMBC invoice + nomortujuan' },
  { path: '/json/ceksaldo', method: 'POST', fault: 'ceksaldo', client: 'getBalance', simulated: 'yes', movesMoney: false, note: 'saldo "99,999"' },
  { path: '/json/resetpassword', method: 'POST', fault: 'resetpassword', client: 'resetPassword', simulated: 'yes', movesMoney: false, note: 'no password field; identity by email+phone+agencode' },
  { path: '/json/getcodearea-json', method: 'GET', fault: 'getcodearea', client: 'getAreas', simulated: 'yes', movesMoney: false, note: 'no auth' },
  { path: '/json/getcodeflights-json', method: 'GET', fault: 'getcodeflights', client: 'getAirlines', simulated: 'yes', movesMoney: false, note: 'no auth' },
  { path: '/json/getflights-json', method: 'POST', fault: 'getflights', client: 'searchFlights', simulated: 'yes', movesMoney: false, note: 'date dd-mm-yyyy' },
  { path: '/json/getflight<Airline>/', method: 'POST', fault: 'getflight-airline', client: 'searchFlightsByAirline', simulated: 'yes', movesMoney: false, note: 'documented UNDER MAINTENANCE: always "failed to receive data"' },
  { path: '/json/getprice-json', method: 'POST', fault: 'getprice', client: 'getPrice', simulated: 'yes', movesMoney: false, note: 'publish/tax/totalfare "385,000"' },
  { path: '/json/postbooking-json', method: 'POST', fault: 'postbooking', client: 'book', simulated: 'yes', movesMoney: false, note: 'holds seats until flight_timelimit; no deposit movement' },
  { path: '/json/getissued-json', method: 'POST', fault: 'getissued', client: 'issue', simulated: 'yes', movesMoney: true, note: 'deducts flight_shownta from the deposit' },
  { path: '/json/getstatusbooking-json', method: 'POST', fault: 'getstatusbooking', client: 'checkIssue / getBookingStatus', simulated: 'yes', movesMoney: true, note: 'status check of an issue' },
  { path: '/json/getetiket-json', method: 'POST', fault: 'getetiket', client: 'getEticket', simulated: 'yes', movesMoney: false, note: 'answers a link; the simulator serves that link as a PDF' },
  { path: '/getbook/etiket/etiket-<KODE>.pdf', method: 'GET', fault: 'etiket-pdf', client: null, simulated: 'yes', movesMoney: false, note: 'binary PDF; the shared funnel reads text only, so the client returns the link' },
  { path: '/json/ppob/daftarharga', method: 'POST', fault: 'ppob', client: null, simulated: 'refused', movesMoney: false, note: 'contract UNCONFIRMED (names from third-party code only)' },
  { path: '/json/ppob/cektagihan', method: 'POST', fault: 'ppob', client: null, simulated: 'refused', movesMoney: false, note: 'contract UNCONFIRMED' },
  { path: '/json/ppob/cekstatus', method: 'POST', fault: 'ppob', client: null, simulated: 'refused', movesMoney: false, note: 'contract UNCONFIRMED; no payment endpoint known at all' },
];
