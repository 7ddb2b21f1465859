; Loket's additions to electron-builder's NSIS scripts (electron-builder.yml nsis.include).
;
; Uninstalling never touches the outlet's data (sales, ledger, backups, settings) in
; %APPDATA%\Loket: deleteAppDataOnUninstall is off. An owner who uninstalls is told so and where
; the data stays. Not on an upgrade (the old version's uninstaller runs with --updated) and, in a
; silent uninstall, the box answers itself (/SD IDOK) so nothing waits for a click.
!macro customUnInstall
  ${ifNot} ${isUpdated}
    MessageBox MB_OK|MB_ICONINFORMATION "Loket akan dihapus dari komputer ini.$\r$\n$\r$\nData penjualan, buku besar dan cadangan TIDAK dihapus. Data tetap tersimpan di:$\r$\n$APPDATA\Loket$\r$\n$\r$\nJika Loket dipasang lagi, data itu dipakai kembali. Hapus folder itu sendiri hanya jika Anda yakin tidak memerlukannya lagi (salin dulu ke flashdisk)." /SD IDOK
  ${endIf}
!macroend
