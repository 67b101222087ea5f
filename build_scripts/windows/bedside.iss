; Inno Setup 6 script for Bedside (per-machine installer for ward PCs).
;
; Build (on Windows, after `python build_scripts\build.py`):
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" build_scripts\windows\bedside.iss
; Signed build (see docs/PACKAGING.md):
;   ISCC.exe /DSIGN "/Ssigntool=signtool.exe sign /fd sha256 /tr http://timestamp.digicert.com /td sha256 /a $f" build_scripts\windows\bedside.iss
; Output: dist\bedside-<version>-setup.exe
;
; What it guarantees:
; * per-machine install in Program Files (admin rights), Start-menu entry for all users;
; * the program folder holds only program files. The PC's vault lives in
;   %ProgramData%\Bedside\vault (one per PC, whatever Windows account is signed in).
;   This installer creates the local group "Bedside users" and %ProgramData%\Bedside
;   with an access list of its own, inheritance removed: SYSTEM and Administrators
;   full control, "Bedside users" modify, nobody else (ProgramData is readable by
;   every local user by default, which would expose vault.json's key slots).
;   IT adds the ward's staff accounts (or domain group) to "Bedside users".
;   It never writes, upgrades or deletes the vault itself;
; * the same AppId every release: running a newer setup upgrades in place
;   (old _internal folder removed first, so no stale DLL survives) and leaves the vaults alone;
; * uninstall removes only what it installed: the vault folder and the group stay;
; * a running Bedside is never closed (a nurse may be mid-infusion): the app owns the
;   named mutex below (bedside/instance.py own_app_mutex); an interactive setup asks the
;   user to close Bedside first; a silent deployment (/VERYSILENT) waits up to
;   /WAITFORBEDSIDE=<minutes> (default 0) and otherwise stops with nothing changed and
;   exit code 7, so the deployment tool retries later (docs/PACKAGING.md).

#define AppName "Bedside"
#define AppPublisher "CHU de Liège"
#define AppExeName "bedside.exe"
#define ConsoleExeName "bedside-console.exe"
#define BundleDir "..\..\dist\bedside"
; Must match APP_MUTEX in bedside/instance.py (the app creates both names).
#define AppMutexName "BedsideTJT2012AppMutex"

#ifndef AppVersion
  ; Single source of truth: the version resource PyInstaller put in bedside.exe,
  ; itself read from bedside/__init__.py __version__ by bedside.spec.
  #define AppVersion GetStringFileInfo(AddBackslash(SourcePath) + BundleDir + "\" + AppExeName, "ProductVersion")
#endif
#if AppVersion == ""
  #error "No version: build the bundle first (python build_scripts\build.py) or pass /DAppVersion=x.y.z"
#endif

[Setup]
; Never change AppId: it is how a new setup recognises the installed Bedside and upgrades it.
AppId={{6E0B7C1A-3B7D-4B8E-9C5E-2F1D0A9B7C31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
AppComments=TJT2012 ICU workstation (offline, encrypted)
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=bedside-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\bedside.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Never close a running Bedside (no Restart Manager): an upgrade waits for the ward to
; close it. Interactive: AppMutex asks the user to close it (OK / Cancel). Silent: see
; [Code] — the interactive check is skipped and PrepareToInstall defers (exit code 7).
AppMutex={code:MutexesToAskAbout}
CloseApplications=no
RestartApplications=no
SetupLogging=yes
#ifdef SIGN
SignTool=signtool
SignedUninstaller=yes
#endif

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; In-place upgrade: drop the previous release's libraries before copying the new
; ones. Only the program folder: never the users' data folders.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\{#AppExeName}"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#BundleDir}\{#ConsoleExeName}"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#BundleDir}\_internal\*"; DestDir: "{app}\_internal"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"; Comment: "TJT2012 ICU workstation"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"; Tasks: desktopicon

[Dirs]
; The machine-wide folder; its access list is set by [Run] below (icacls), not
; by Inno's Permissions (which can only add entries, never remove inheritance).
Name: "{commonappdata}\Bedside"; Flags: uninsneveruninstall

[Run]
; "Bedside users": created if missing (exit code 2 = already exists, ignored).
Filename: "{sys}\net.exe"; Parameters: "localgroup ""Bedside users"" /add /comment:""Staff who use Bedside on this PC"""; Flags: runhidden waituntilterminated; StatusMsg: "Creating the Bedside users group..."
; Same list as bedside/vault_folder.py windows_acl_command (by SID: names are translated
; on French Windows): SYSTEM and Administrators full control, Bedside users modify.
Filename: "{sys}\icacls.exe"; Parameters: """{commonappdata}\Bedside"" /inheritance:r /grant:r *S-1-5-18:(OI)(CI)F /grant:r *S-1-5-32-544:(OI)(CI)F /grant:r ""Bedside users"":(OI)(CI)M"; Flags: runhidden waituntilterminated; StatusMsg: "Protecting the vault folder..."
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent unchecked

[UninstallDelete]
; Only files the program may have written next to itself (none expected).
Type: filesandordirs; Name: "{app}\_internal\__pycache__"

[Code]
const
  AppMutexes = '{#AppMutexName},Global\{#AppMutexName}';

function BedsideRunning: Boolean;
begin
  Result := CheckForMutexes(AppMutexes);
end;

{ AppMutex is expanded after InitializeSetup: interactive setups ask the user to close
  Bedside; a silent one must never show a box nor close anything, so it checks in
  PrepareToInstall instead. }
function MutexesToAskAbout(Param: String): String;
begin
  if WizardSilent then
    Result := ''
  else
    Result := AppMutexes;
end;

{ /WAITFORBEDSIDE=<minutes>: how long a silent upgrade waits for Bedside to be closed. }
function WaitMinutes: Integer;
begin
  Result := StrToIntDef(ExpandConstant('{param:WAITFORBEDSIDE|0}'), 0);
  if Result < 0 then
    Result := 0;
end;

function PrepareToInstall(var NeedsRestart: Boolean): String;
var
  Waited: Integer;
begin
  Result := '';
  if WizardSilent then begin
    Waited := 0;
    while BedsideRunning and (Waited < WaitMinutes * 60) do begin
      if Waited mod 60 = 0 then
        Log('Bedside is running; waiting for it to be closed (upgrade deferred until then).');
      Sleep(5000);
      Waited := Waited + 5;
    end;
  end;
  { Also catches a Bedside started while the interactive wizard was open. }
  if BedsideRunning then begin
    Log('Bedside is still running: nothing was changed; setup ends with exit code 7.');
    Result := FmtMessage(SetupMessage(msgSetupAppRunningError), ['{#AppName}']);
  end;
end;

function InitializeUninstall: Boolean;
begin
  Result := True;
  while Result and BedsideRunning do begin
    if UninstallSilent then begin
      Log('Bedside is running: uninstall refused, nothing removed.');
      Result := False;
    end else
      Result := MsgBox(FmtMessage(SetupMessage(msgUninstallAppRunningError), ['{#AppName}']),
                       mbError, MB_OKCANCEL) = IDOK;
  end;
end;
