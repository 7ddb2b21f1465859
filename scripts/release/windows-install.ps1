# Installs Loket the way an outlet does (the one-click installer, per user), silently, and checks what
# an outlet meets: no admin rights needed (files under %LOCALAPPDATA%\Programs, registered in HKCU,
# nothing in HKLM), a Start-menu and a desktop shortcut that start the installed Loket.exe.
# Writes the installed exe's path to $env:RUNNER_TEMP\loket-installed-exe.txt for the next steps.
param([Parameter(Mandatory = $true)] [string] $Installer)
$ErrorActionPreference = 'Stop'

$run = Start-Process -FilePath $Installer -ArgumentList '/S' -Wait -PassThru
if ($run.ExitCode -ne 0) { throw "the installer exited with code $($run.ExitCode)" }
# A silent one-click install does not start the app; should one run anyway, it would hold the
# single-instance lock and the smoke test's copy would quit at once.
Get-Process -Name 'Loket' -ErrorAction SilentlyContinue | Stop-Process -Force

$programs = Join-Path $env:LOCALAPPDATA 'Programs'
$exe = Get-ChildItem -Path $programs -Filter 'Loket.exe' -Recurse -ErrorAction SilentlyContinue | Select-Object -First 1
if (-not $exe) { throw "Loket.exe is not under ${programs}, so it is not a per-user install" }

function Find-UninstallEntry([string] $root) {
  Get-ChildItem $root -ErrorAction SilentlyContinue |
    Where-Object { (Get-ItemProperty $_.PSPath -ErrorAction SilentlyContinue).DisplayName -like 'Loket*' }
}
if (-not (Find-UninstallEntry 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Uninstall')) {
  throw 'no per-user (HKCU) uninstall entry for Loket'
}
foreach ($machineRoot in @('HKLM:\Software\Microsoft\Windows\CurrentVersion\Uninstall', 'HKLM:\Software\WOW6432Node\Microsoft\Windows\CurrentVersion\Uninstall')) {
  if (Find-UninstallEntry $machineRoot) { throw "Loket is registered for all users ($machineRoot): that install needs admin rights" }
}

$shell = New-Object -ComObject WScript.Shell
$shortcuts = @(
  (Join-Path $env:APPDATA 'Microsoft\Windows\Start Menu\Programs\Loket.lnk'),
  (Join-Path ([Environment]::GetFolderPath('Desktop')) 'Loket.lnk')
)
foreach ($lnk in $shortcuts) {
  if (-not (Test-Path $lnk)) { throw "shortcut missing: $lnk" }
  $target = $shell.CreateShortcut($lnk).TargetPath
  if ($target -ne $exe.FullName) { throw "$lnk starts $target, not $($exe.FullName)" }
}

Set-Content -Path (Join-Path $env:RUNNER_TEMP 'loket-installed-exe.txt') -Value $exe.FullName
Write-Host "Installed per user at $($exe.FullName), shortcuts: $($shortcuts -join ', ')"
