/** Hands the core's PDF (base64) to the browser as a download with the core's file name. */
export function savePdf(fileName: string, base64: string): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL; give it a moment before the blob is released.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
