"""The Windows installer never closes a running Bedside: it uses the mutex
the app owns, no Restart Manager, and a silent upgrade is deferred (exit
code 7 from PrepareToInstall) rather than cutting a shift short. Inno Setup
does not run here; the script is checked against the app's constant."""

import re

from bedside.instance import APP_MUTEX
from tests.packaging.inno_setup import ISS, iss_sections


def test_installer_waits_for_the_mutex_the_app_owns_and_never_closes_it():
    text = ISS.read_text(encoding="utf-8")
    setup = dict(line.split("=", 1) for line in iss_sections(text)["Setup"])
    assert setup["CloseApplications"] == "no"
    assert setup["RestartApplications"] == "no"
    assert setup["AppMutex"] == "{code:MutexesToAskAbout}"
    assert re.search(r'#define AppMutexName "%s"' % APP_MUTEX, text)
    code = "\n".join(iss_sections(text)["Code"])
    assert "AppMutexes = '{#AppMutexName},Global\\{#AppMutexName}';" in code
    assert "function PrepareToInstall" in code and "WAITFORBEDSIDE" in code
    assert "function InitializeUninstall" in code
