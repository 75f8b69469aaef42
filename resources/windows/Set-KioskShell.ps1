<#
.SYNOPSIS
  Makes Kiosque Numerique the shell of the kiosk account with Windows Shell Launcher: the app
  replaces explorer.exe for that account only, and is started again whenever it exits.

.DESCRIPTION
  Run in Windows PowerShell 5.1 (powershell.exe, not pwsh), as an administrator, on Windows
  10/11 Enterprise, Education or IoT Enterprise (Shell Launcher does not exist on Home or Pro).

  First run: enables the optional feature Client-EmbeddedShellLauncher, then asks for a restart.
  Second run (after the restart): sets explorer.exe as the shell of every other account and the
  kiosk app as the shell of the kiosk account, with "restart the shell" when the app exits.

  -Remove gives the kiosk account explorer.exe back (maintenance), -Disable turns Shell
  Launcher off for every account.

.EXAMPLE
  powershell.exe -ExecutionPolicy Bypass -File .\Set-KioskShell.ps1 -KioskUser kiosque
.EXAMPLE
  powershell.exe -ExecutionPolicy Bypass -File .\Set-KioskShell.ps1 -KioskUser kiosque -Remove
#>
#Requires -RunAsAdministrator
[CmdletBinding()]
param(
  [string] $KioskUser = 'kiosque',
  [string] $AppPath = (Join-Path $env:ProgramFiles 'kiosque-numerique\kiosque-numerique.exe'),
  [switch] $Remove,
  [switch] $Disable
)

$ErrorActionPreference = 'Stop'

# Actions understood by Shell Launcher when the shell process exits.
$RestartShell = 0

$feature = Get-WindowsOptionalFeature -Online -FeatureName Client-EmbeddedShellLauncher -ErrorAction SilentlyContinue
if ($null -eq $feature) {
  throw 'Shell Launcher is not available on this edition of Windows (Enterprise, Education or IoT Enterprise needed).'
}
if ($feature.State -ne 'Enabled') {
  Enable-WindowsOptionalFeature -Online -FeatureName Client-EmbeddedShellLauncher -All -NoRestart | Out-Null
  Write-Host 'Shell Launcher enabled. Restart Windows, then run this script again.'
  exit 0
}

$shellLauncher = [wmiclass]'\\localhost\root\standardcimv2\embedded:WESL_UserSetting'
$sid = (New-Object System.Security.Principal.NTAccount($KioskUser)).Translate([System.Security.Principal.SecurityIdentifier]).Value

if ($Disable) {
  $shellLauncher.SetEnabled($false) | Out-Null
  Write-Host 'Shell Launcher disabled: every account gets explorer.exe at its next sign-in.'
  exit 0
}

if ($Remove) {
  $shellLauncher.RemoveCustomShell($sid) | Out-Null
  Write-Host "Account $KioskUser gets explorer.exe back at its next sign-in."
  exit 0
}

if (-not (Test-Path -LiteralPath $AppPath)) {
  throw "Kiosque Numerique not found at $AppPath (install it first, or pass -AppPath)."
}

# Every other account keeps the normal desktop.
$shellLauncher.SetDefaultShell('explorer.exe', $RestartShell) | Out-Null
# Replace an older setting for this account, if any, then set the kiosk as its shell.
try { $shellLauncher.RemoveCustomShell($sid) | Out-Null } catch { Write-Verbose 'No previous custom shell for this account.' }
$shellLauncher.SetCustomShell($sid, $AppPath, $null, $null, $RestartShell) | Out-Null
$shellLauncher.SetEnabled($true) | Out-Null

Write-Host "Kiosque Numerique is the shell of $KioskUser ($sid); it restarts whenever it exits."
Write-Host 'Sign out and back in (or restart) for it to take effect.'
