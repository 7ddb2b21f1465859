# Uninstalls Loket silently, as Settings > Apps would, and checks that the program and its shortcuts
# are gone while the outlet's data folder (sales, ledger, backups) is still there.
param([Parameter(Mandatory = $true)] [string] $DataDir)
$ErrorActionPreference = 'Stop'

$exe = (Get-Content (Join-Path $env:RUNNER_TEMP 'loket-installed-exe.txt')).Trim()
$uninstaller = Join-Path (Split-Path $exe) 'Uninstall Loket.exe'
if (-not (Test-Path $uninstaller)) { throw "no uninstaller at $uninstaller" }
$ledger = Join-Path $DataDir 'loket.db'
if (-not (Test-Path $ledger)) { throw "nothing to keep: $ledger does not exist before the uninstall" }

Start-Process -FilePath $uninstaller -ArgumentList '/S' -Wait | Out-Null
# NSIS's uninstaller copies itself to %TEMP% and returns at once: wait for the files to go.
$deadline = (Get-Date).AddMinutes(2)
while ((Test-Path $exe) -and ((Get-Date) -lt $deadline)) { Start-Sleep -Seconds 1 }
if (Test-Path $exe) { throw "$exe is still there two minutes after the uninstall" }
foreach ($lnk in @(
    (Join-Path $env:APPDATA 'Microsoft\Windows\Start Menu\Programs\Loket.lnk'),
    (Join-Path ([Environment]::GetFolderPath('Desktop')) 'Loket.lnk'))) {
  if (Test-Path $lnk) { throw "shortcut left behind: $lnk" }
}

if (-not (Test-Path $ledger)) { throw "the uninstall deleted the outlet's data: $ledger is gone" }
Write-Host "Uninstalled; the data stayed: $(Get-ChildItem $DataDir | ForEach-Object Name)"
