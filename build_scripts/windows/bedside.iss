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
; * uninstall removes only what it installed: the vault folder and the group stay.

#define AppName "Bedside"
#define AppPublisher "CHU de Liège"
#define AppExeName "bedside.exe"
#define ConsoleExeName "bedside-console.exe"
#define BundleDir "..\..\dist\bedside"

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
; Bedside must be closed to upgrade it; the vault is transactional, so closing is safe.
CloseApplications=yes
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
