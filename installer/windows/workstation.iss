; Inno Setup script of the Windows installer: per-machine install of the one-folder
; bundle (dist\workstation) into Program Files, Start-menu and desktop shortcuts,
; uninstall that keeps the officers' data unless "remove data" is ticked.
; Built by installer\build_windows.ps1 (ISCC /DAppVersion=x.y.z workstation.iss).
;
; Data: each Windows user's data folder is %LOCALAPPDATA%\workstation\workstation
; (platformdirs' user data dir: the app writes it, never this installer), because the
; encrypted database's key sits in that user's keyring (Windows Credential Manager)
; and officers log in as themselves: see installer/README.md.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{6F0B1C1E-3C55-4F3E-9B0E-6A3B0C9D5A71}
AppName=Workstation
AppVersion={#AppVersion}
AppPublisher=Migration Service
DefaultDirName={autopf}\Workstation
DefaultGroupName=Workstation
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=workstation-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\workstation.ico
UninstallDisplayIcon={app}\workstation-desktop.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; a running desktop holds its files: ask to close it
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\..\dist\workstation\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Workstation"; Filename: "{app}\workstation-desktop.exe"; WorkingDir: "{app}"
Name: "{group}\Workstation self-test"; Filename: "{cmd}"; Parameters: "/k ""{app}\workstation.exe"" --self-test"; WorkingDir: "{app}"
Name: "{group}\{cm:UninstallProgram,Workstation}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Workstation"; Filename: "{app}\workstation-desktop.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\workstation-desktop.exe"; Description: "{cm:LaunchProgram,Workstation}"; Flags: nowait postinstall skipifsilent unchecked

[Code]
var
  RemoveData: Boolean;

function InitializeUninstall(): Boolean;
begin
  Result := True;
  RemoveData := False;
  if not UninstallSilent() then
    RemoveData := MsgBox(
      'Also remove the data of the user uninstalling (applications not yet sent to the ' +
      'central server would be lost)?' + #13#10 + #13#10 +
      ExpandConstant('{localappdata}\workstation') + #13#10 + #13#10 +
      'Choose No to keep it (the default).',
      mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and RemoveData then
    DelTree(ExpandConstant('{localappdata}\workstation'), True, True, True);
end;
