; Inno Setup script for the Windows installer. Build on Windows with packaging\windows\build.ps1,
; which makes the PyInstaller bundle first and then runs the Inno Setup compiler (iscc) on this file.
#define AppVersion GetEnv("FORUMDESK_VERSION")

[Setup]
AppId={{6C1D3F0E-8F2B-4C55-9B1D-2E7A4F9C0D11}
AppName=forumdesk
AppVersion={#AppVersion}
AppPublisher=forumdesk
DefaultDirName={autopf}\forumdesk
DefaultGroupName=forumdesk
OutputDir=..\..\dist
OutputBaseFilename=forumdesk-{#AppVersion}-setup
SetupIconFile=..\..\build\icons\forumdesk.ico
Compression=lzma2
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequiredOverridesAllowed=dialog

[Files]
Source: "..\..\dist\forumdesk\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\forumdesk"; Filename: "{app}\forumdesk.exe"
Name: "{autodesktop}\forumdesk"; Filename: "{app}\forumdesk.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "Create a desktop shortcut"; Flags: unchecked

[Run]
; Phones must reach the attendee server: allow forumdesk through the Windows firewall on private networks.
Filename: "netsh"; Parameters: "advfirewall firewall add rule name=""forumdesk"" dir=in action=allow program=""{app}\forumdesk.exe"" profile=private"; Flags: runhidden; StatusMsg: "Allowing phones to connect..."
Filename: "{app}\forumdesk.exe"; Description: "Start forumdesk"; Flags: nowait postinstall skipifsilent

[UninstallRun]
Filename: "netsh"; Parameters: "advfirewall firewall delete rule name=""forumdesk"""; Flags: runhidden; RunOnceId: "fw"
