/**
 * The PowerShell helper that hands raw ESC/POS bytes to a Windows spooler queue without a native
 * module: C# (Add-Type) calling winspool OpenPrinter -> StartDocPrinter with datatype "RAW" ->
 * WritePrinter. `Out-Printer` is not raw (it renders text through the driver). The printer name
 * and the bytes' file path come from environment variables, never from the command line, so no
 * name can be parsed as PowerShell. Exit codes: 0 printed, 2 no such printer, 3 the queue refused
 * RAW, 4 not every byte was taken, 1 anything else (message on stderr).
 */
export const WINDOWS_RAW_PRINT_SCRIPT = String.raw`
$ErrorActionPreference = 'Stop'
$source = @'
using System;
using System.Runtime.InteropServices;
public static class LoketRawPrinter {
  [StructLayout(LayoutKind.Sequential, CharSet = CharSet.Unicode)]
  public class DocInfo {
    [MarshalAs(UnmanagedType.LPWStr)] public string pDocName;
    [MarshalAs(UnmanagedType.LPWStr)] public string pOutputFile;
    [MarshalAs(UnmanagedType.LPWStr)] public string pDataType;
  }
  [DllImport("winspool.drv", EntryPoint = "OpenPrinterW", SetLastError = true, CharSet = CharSet.Unicode)]
  static extern bool OpenPrinter(string name, out IntPtr handle, IntPtr defaults);
  [DllImport("winspool.drv", SetLastError = true)]
  static extern bool ClosePrinter(IntPtr handle);
  [DllImport("winspool.drv", EntryPoint = "StartDocPrinterW", SetLastError = true, CharSet = CharSet.Unicode)]
  static extern int StartDocPrinter(IntPtr handle, int level, [In] DocInfo info);
  [DllImport("winspool.drv", SetLastError = true)]
  static extern bool EndDocPrinter(IntPtr handle);
  [DllImport("winspool.drv", SetLastError = true)]
  static extern bool StartPagePrinter(IntPtr handle);
  [DllImport("winspool.drv", SetLastError = true)]
  static extern bool EndPagePrinter(IntPtr handle);
  [DllImport("winspool.drv", SetLastError = true)]
  static extern bool WritePrinter(IntPtr handle, byte[] bytes, int count, out int written);

  public static int Send(string printer, byte[] bytes) {
    IntPtr handle;
    if (!OpenPrinter(printer, out handle, IntPtr.Zero)) { Fail("OpenPrinter"); return 2; }
    try {
      DocInfo info = new DocInfo { pDocName = "Loket struk", pDataType = "RAW" };
      if (StartDocPrinter(handle, 1, info) == 0) { Fail("StartDocPrinter"); return 3; }
      try {
        if (!StartPagePrinter(handle)) { Fail("StartPagePrinter"); return 3; }
        int written;
        bool ok = WritePrinter(handle, bytes, bytes.Length, out written);
        if (!ok) Fail("WritePrinter");
        EndPagePrinter(handle);
        return ok && written == bytes.Length ? 0 : 4;
      } finally { EndDocPrinter(handle); }
    } finally { ClosePrinter(handle); }
  }
  static void Fail(string step) {
    Console.Error.WriteLine(step + " gagal (Win32 " + Marshal.GetLastWin32Error() + ")");
  }
}
'@
try {
  Add-Type -TypeDefinition $source -Language CSharp
  $bytes = [System.IO.File]::ReadAllBytes($env:LOKET_RAW_FILE)
  exit ([LoketRawPrinter]::Send($env:LOKET_PRINTER, $bytes))
} catch {
  [Console]::Error.WriteLine($_.Exception.Message)
  exit 1
}
`;

/** -EncodedCommand takes base64 of UTF-16LE: the script crosses the command line with nothing to quote. */
export function encodedPowerShell(script: string): string {
  return Buffer.from(script, 'utf16le').toString('base64');
}
