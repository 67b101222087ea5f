"""The capabilities of ui/, named once, as data.

Each module of :data:`CAPABILITIES` has ``register()``, which adds its
patient tab (``ui.patient_tabs.TABS``), banner notes
(``ui.patient_tabs.BANNER_NOTES``) and dashboard sections
(``ui.dashboard_sections.SECTIONS``); a package also has
``register_screens(screen)`` for ``python -m ui.render``. The registries
import none of them (tests/test_import_layers.py checks it): the dashboard
and the patient screen call :func:`load` when the workspace first builds
them, after the first sign-in, so the login window loads no capability
(tests/packaging/test_packaging_login_imports.py); ``ui.render`` calls
:func:`load_screens`. The order here is the order of the tabs and of the
dashboard sections."""
from __future__ import annotations

import importlib

CAPABILITIES = ("ui.eligibility", "ui.consent", "ui.infusion", "ui.followup",
                "ui.sync_dashboard")

_loaded = False


def load() -> None:
    """Register every capability's tabs, banner notes and dashboard
    sections, once per process."""
    global _loaded
    if _loaded:
        return
    _loaded = True
    for name in CAPABILITIES:
        importlib.import_module(name).register()


def load_screens(screen) -> None:
    """Register every capability's screens for ``python -m ui.render``."""
    for name in CAPABILITIES:
        module = importlib.import_module(name)
        if hasattr(module, "register_screens"):
            module.register_screens(screen)
