; Loket's additions to electron-builder's NSIS scripts (electron-builder.yml nsis.include).
;
; Uninstalling never touches the outlet's data (sales, ledger, backups, settings) in
; %APPDATA%\Loket: deleteAppDataOnUninstall is off. An owner who uninstalls is told so and where
; the data stays. Not on an upgrade (the old version's uninstaller runs with /S --updated) and not
; when the uninstall was started silently (/S, e.g. by an IT script).
;
; ${Silent} cannot tell these apart: electron-builder's one-click uninstaller asks "are you sure?"
; and then switches itself to silent mode (templates/nsis/uninstaller.nsh, un.onInit), and a
; MessageBox is skipped in silent mode. So the command line is read instead, as un.onInit does.
!macro customUnInstall
  ${ifNot} ${isUpdated}
    ${GetParameters} $R0
    ClearErrors
    ${GetOptions} $R0 "/S" $R1
    ${if} ${Errors}
      MessageBox MB_OK|MB_ICONINFORMATION "Loket akan dihapus dari komputer ini.$\r$\n$\r$\nData penjualan, buku besar dan cadangan TIDAK dihapus. Data tetap tersimpan di:$\r$\n$APPDATA\Loket$\r$\n$\r$\nJika Loket dipasang lagi, data itu dipakai kembali. Hapus folder itu sendiri hanya jika Anda yakin tidak memerlukannya lagi (salin dulu ke flashdisk)."
    ${endIf}
  ${endIf}
!macroend
