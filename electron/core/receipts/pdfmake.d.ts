/**
 * The part of pdfmake 0.3 (server build, CommonJS `module.exports = new pdfmake()`) Loket uses.
 * pdfmake ships no types for 0.3 and @types/pdfmake describes the 0.2 API.
 */
declare module 'pdfmake' {
  interface OutputDocument {
    getBuffer(): Promise<Buffer>;
  }
  interface PdfMake {
    setFonts(fonts: Record<string, { normal: string; bold: string; italics: string; bolditalics: string }>): void;
    setUrlAccessPolicy(allow: (url: string) => boolean): void;
    setLocalAccessPolicy(allow: (path: string) => boolean): void;
    createPdf(docDefinition: object): OutputDocument;
  }
  const pdfmake: PdfMake;
  export = pdfmake;
}
