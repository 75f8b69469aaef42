<#
.SYNOPSIS
  Blocks, with Windows Keyboard Filter, the key combinations an app cannot block itself:
  Ctrl+Alt+Del, the Windows key and its shortcuts, Alt+Tab, Ctrl+Shift+Esc, Ctrl+Esc...

.DESCRIPTION
  Run in Windows PowerShell 5.1 (powershell.exe), as an administrator, on Windows 10/11
  Enterprise, Education or IoT Enterprise (Keyboard Filter does not exist on Home or Pro).

  First run: enables the optional feature Client-KeyboardFilter, then asks for a restart.
  Second run (after the restart): enables the filter for each combination below. A combination
  that is not one of Windows' predefined keys is added as a custom key. By default Windows does
  not filter administrator accounts, so IT can still use Ctrl+Alt+Del on their own session.

  -Remove turns every combination of the list off again.

.EXAMPLE
  powershell.exe -ExecutionPolicy Bypass -File .\Set-KeyboardFilter.ps1
#>
#Requires -RunAsAdministrator
[CmdletBinding()]
param(
  [string[]] $Keys = @(
    'Ctrl+Alt+Del', 'Ctrl+Shift+Esc', 'Ctrl+Esc', 'Windows', 'Win+L', 'Win+D', 'Win+E', 'Win+R',
    'Win+Tab', 'Win+X', 'Win+I', 'Win+A', 'Alt+Tab', 'Alt+Esc', 'Alt+F4', 'Alt+Space'
  ),
  [switch] $Remove
)

$ErrorActionPreference = 'Stop'
$namespace = 'root\standardcimv2\embedded'

$feature = Get-WindowsOptionalFeature -Online -FeatureName Client-KeyboardFilter -ErrorAction SilentlyContinue
if ($null -eq $feature) {
  throw 'Keyboard Filter is not available on this edition of Windows (Enterprise, Education or IoT Enterprise needed).'
}
if ($feature.State -ne 'Enabled') {
  Enable-WindowsOptionalFeature -Online -FeatureName Client-KeyboardFilter -All -NoRestart | Out-Null
  Write-Host 'Keyboard Filter enabled. Restart Windows, then run this script again.'
  exit 0
}

$enable = -not $Remove
foreach ($id in $Keys) {
  $predefined = Get-WmiObject -Namespace $namespace -Class WEKF_PredefinedKey | Where-Object { $_.Id -eq $id }
  if ($null -ne $predefined) {
    $predefined.Enabled = $enable
    $predefined.Put() | Out-Null
    Write-Host ("{0,-16} predefined key, filter {1}" -f $id, $(if ($enable) { 'on' } else { 'off' }))
    continue
  }
  $custom = Get-WmiObject -Namespace $namespace -Class WEKF_CustomKey | Where-Object { $_.Id -eq $id }
  if ($null -ne $custom) {
    $custom.Enabled = $enable
    $custom.Put() | Out-Null
  } elseif ($enable) {
    ([wmiclass]"\\localhost\$($namespace):WEKF_CustomKey").Add($id) | Out-Null
  }
  Write-Host ("{0,-16} custom key, filter {1}" -f $id, $(if ($enable) { 'on' } else { 'off' }))
}
Write-Host 'Done. The kiosk account is filtered from its next sign-in; administrator accounts are not.'
