/**
 * pdfmake's bundled QR encoder (public-domain qr.js), used for the receipt HTML's QR so the page
 * needs no other library. Internal to pdfmake: it is pinned (0.3.11) and the HTML test reads it back.
 */
declare module 'pdfmake/js/qrEnc.js' {
  interface QrRect {
    x: number;
    y: number;
    w: number;
    h: number;
  }
  interface QrEncoder {
    measure(node: { qr: string; eccLevel?: 'L' | 'M' | 'Q' | 'H' }): { _width: number; _canvas: QrRect[] };
  }
  /** CommonJS with `exports.default`: Node's ESM import sees `{ default }`, a bundler the encoder itself. */
  const qrModule: QrEncoder | { default: QrEncoder };
  export default qrModule;
}
