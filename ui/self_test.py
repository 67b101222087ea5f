"""``bedside --self-test``: what hospital IT runs after installing.

Headless (offscreen Qt), inside the installed program: creates a temporary
vault, writes, reads back and verifies an entry and the audit chain
(``bedside.self_check``), renders the main window offscreen, writes a
consent record PDF/A-2b through the real renderer (Qt's PDF writer, then
pikepdf and lxml) and sorts French words with Qt's collator (ICU data: the
bundle carries a trimmed copy, build_scripts/icu_data.py), checks that the
Qt binding does not leak references to ``None`` (``ui.refcount_probe``: the
PySide6 6.12 / CPython 3.11 abort of issue 15, so a bundle built with that
runtime fails its own smoke step), prints ONE line and exits 0 — or non-zero
with the failing step and the reason.

    bedside --self-test
    bedside --self-test --upgrade-check VAULT_FOLDER --user NAME   (password: $BEDSIDE_PASSWORD or asked)
    bedside --self-test --sync-server https://HOST:PORT --ca SITE_CA.pem

``--upgrade-check`` opens a *copy* of an existing vault with this build
(migration + audit chain verification) and leaves the original untouched.
``--sync-server`` asks the site's sync server for its status over HTTPS,
trusting only the site CA, with this build's sync client: an answer (even
"this PC is not enrolled") proves the network path, TLS and the protocol;
nothing is sent but the request, and no vault is involved.

The launcher calls :func:`main` before it creates its QApplication, so that
the offscreen platform can be chosen here. The report line is plain English
on purpose: IT scripts and support tickets parse it.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import time
from pathlib import Path

FLAG = "--self-test"

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_USAGE = 2
EXIT_STORAGE = 3
EXIT_UPGRADE = 4
EXIT_UI = 5
EXIT_RUNTIME = 6

# 300 rounds = 2,100 void Qt calls: on the broken binding None loses 2,100 of
# its ~5,400 references (a clear verdict, and still short of the abort).
REFCOUNT_ROUNDS = 300

UPGRADE_STEPS = {"copy", "old-revision", "migrate", "upgrade-verify", "upgrade"}
DOCUMENT_STEPS = {"pdf", "collation"}
EXIT_DOCUMENTS = 7
EXIT_SYNC = 8
# French order needs ICU's collation data: accents and case are secondary
# differences (cote, côte; Édouard, élodie, Eric). Without it (code-point
# order) "Eric" comes first and "Édouard" after "zèbre".
FRENCH_WORDS = ("zèbre", "Édouard", "côte", "cote", "élodie", "Eric", "cœur")
FRENCH_ORDER = ("cœur", "cote", "côte", "Édouard", "élodie", "Eric", "zèbre")
RENDER_SIZE = (1366, 768)


def requested(argv: list[str]) -> bool:
    return FLAG in argv


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="bedside --self-test", add_help=True,
                                description="Check that this PC can run Bedside (headless).")
    p.add_argument(FLAG, dest="self_test", action="store_true")
    p.add_argument("--upgrade-check", type=Path, metavar="VAULT_FOLDER",
                   help="also open a copy of this vault with this build (migration + audit chain)")
    p.add_argument("--user", help="user name for --upgrade-check (password from $BEDSIDE_PASSWORD or asked)")
    p.add_argument("--sync-server", metavar="URL", help="also check this sync server answers (https://…)")
    p.add_argument("--ca", type=Path, metavar="PEM_FILE", help="the site CA certificate, for --sync-server")
    return p


class _Usage(Exception):
    pass


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = _parser()
    parser.error = lambda message: (_ for _ in ()).throw(_Usage(message))  # type: ignore[method-assign]
    args = parser.parse_args(argv)
    if args.upgrade_check is not None and not args.user:
        raise _Usage("--upgrade-check needs --user")
    if args.sync_server and args.ca is None:
        raise _Usage("--sync-server needs --ca")
    return args


def render_main_window(vault, session) -> tuple[int, int]:
    """Build the real main window over ``vault``, sign ``session`` in, show it
    offscreen and paint it (as ui/render.py does for screenshots).

    Returns the rendered size. Raises if the window cannot be built or paints nothing."""
    import time as _time

    from ui.qt import QApplication, QtCore

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "bedside"])
    from ui import gui_gc
    gui_gc.install(app)      # as the app does: no Qt object destroyed by a collection on the DB worker
    qt_messages: list[str] = []
    previous_handler = QtCore.qInstallMessageHandler(lambda _kind, _ctx, msg: qt_messages.append(msg))
    from ui.context import AppContext
    from ui.main_window import MainWindow

    ctx = AppContext(vault)
    window = MainWindow(ctx)
    try:
        window.resize(*RENDER_SIZE)
        window.show()
        window._signed_in(session, "")
        deadline = _time.monotonic() + 20
        while _time.monotonic() < deadline:
            app.processEvents()
            if ctx.worker.pending() == 0:
                break
            _time.sleep(0.02)
        app.processEvents()
        image = window.grab().toImage()
        if image.isNull() or image.width() == 0:
            raise RuntimeError("main window rendered an empty image"
                               + (f" (Qt: {qt_messages[-1]})" if qt_messages else ""))
        colours = {image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 29)}
        if len(colours) < 3:
            raise RuntimeError("main window rendered blank")
        return image.width(), image.height()
    finally:
        window.close()
        ctx.close()
        window.deleteLater()
        app.processEvents()
        QtCore.qInstallMessageHandler(previous_handler)


def _password_for_upgrade() -> str:
    secret = os.environ.get("BEDSIDE_PASSWORD")
    if secret is not None:
        return secret
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass("Password: ")
    raise _Usage("--upgrade-check needs the password in $BEDSIDE_PASSWORD (no terminal to ask)")


def run(argv: list[str], *, kdf=None) -> tuple[int, str]:
    """Run the self-test; returns (exit code, one-line report). Never raises."""
    started = time.perf_counter()
    try:
        args = _parse(argv)
        password = _password_for_upgrade() if args.upgrade_check is not None else None
    except _Usage as exc:
        return EXIT_USAGE, f"Bedside self-test FAILED [usage]: {exc}"
    except SystemExit:  # --help printed
        return EXIT_USAGE, "Bedside self-test: usage printed"

    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # headless by definition, even on a desktop session
    try:
        from bedside import build_info, self_check

        info = build_info.current()
        header = f"{info.version} (build {info.short_commit}{', frozen' if info.frozen else ', source'})"
    except Exception as exc:  # noqa: BLE001 - a broken bundle must still give a line
        return EXIT_INTERNAL, f"Bedside self-test FAILED [startup]: {type(exc).__name__}: {exc}"

    rendered = None
    try:
        report = self_check.run_checks(upgrade_source=args.upgrade_check, username=args.user,
                                       password=password, kdf=kdf)
        refcount = _refcount_step()  # first: on a leaking binding, painting the window aborts
        rendered = _render_step(kdf)
        pdf_bytes = _pdf_step()
        _collation_step()
        sync_answer = _sync_step(args.sync_server, args.ca) if args.sync_server else None
    except self_check.CheckFailed as exc:
        code = (EXIT_UPGRADE if exc.step in UPGRADE_STEPS else EXIT_UI if exc.step == "render"
                else EXIT_RUNTIME if exc.step == "refcount"
                else EXIT_DOCUMENTS if exc.step in DOCUMENT_STEPS
                else EXIT_SYNC if exc.step == "sync" else EXIT_STORAGE)
        return code, f"Bedside self-test FAILED [{exc.step}]: {exc.reason} — {header}"
    except Exception as exc:  # noqa: BLE001
        return EXIT_INTERNAL, f"Bedside self-test FAILED [internal]: {type(exc).__name__}: {exc} — {header}"

    parts = [f"vault create/write/read/verify ok, encrypted, audit chain {report.audit_entries} entries ok"]
    if report.upgraded_to:
        parts.append(f"upgrade {report.upgraded_from}->{report.upgraded_to} ok, chain intact")
    parts.append(f"main window rendered {rendered[0]}x{rendered[1]}")
    parts.append(f"consent PDF/A-2b {pdf_bytes} bytes ok")
    parts.append("French collation ok")
    if sync_answer is not None:
        parts.append(f"sync server answered over HTTPS ({sync_answer})")
    parts.append(f"Qt binding keeps None alive ({refcount.void_calls} void calls)")
    elapsed = time.perf_counter() - started
    return EXIT_OK, f"Bedside self-test OK: {header}; {'; '.join(parts)}; {elapsed:.1f} s"


def _refcount_step():
    """The issue-15 guard: void Qt calls must not drop references to None."""
    from bedside.self_check import CheckFailed
    from ui.refcount_probe import probe

    try:
        result = probe(REFCOUNT_ROUNDS)
    except Exception as exc:  # noqa: BLE001
        raise CheckFailed("refcount", f"{type(exc).__name__}: {exc}") from exc
    if not result.ok:
        raise CheckFailed("refcount", result.line() + " — this Python/PySide6 pair aborts the app within "
                          "minutes; build with PySide6 <6.12 on Python 3.11, or Python 3.12+")
    return result


def _self_test_consent() -> dict:
    """A consent record's printable data, synthetic (no patient, no vault)."""
    when = "2026-01-01T08:00:00+00:00"
    return {"form": {"form_id": "SELF-TEST", "version": "1", "language": "fr", "ec_approval_date": "2026-01-01",
                     "title": "Bedside self-test", "optional_items": [{"text": "Self-test", "answer": True}],
                     "sections": [{"heading": "Self-test", "text": "Document d’essai, sans donnée de patient."}]},
            "patient": {"name": "Self-test", "mrn": "", "study_id": "", "id": "self-test"},
            "signer": {"name": "Self-test"}, "pathway": "patient", "signed_at": when,
            "obtained_by": "Self-test", "esign": {"name": "Self-test", "meaning": "self-test", "when": when},
            "recorded_utc": when, "recorded_by": "self-test", "content_hash": "0" * 64,
            "entry_id": "self-test", "strokes": None, "language": "fr"}


def _pdf_step() -> int:
    """The consent record path: Qt's PDF writer, then PDF/A-2b by pikepdf (XMP via lxml)."""
    from bedside.self_check import CheckFailed

    try:
        from bedside.consent.pdfa import pdfa_problems
        from ui.consent.pdf import render_consent_pdf
        from ui.qt import QApplication

        QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "bedside"])
        pdf = render_consent_pdf(_self_test_consent())
        problems = pdfa_problems(pdf)
    except Exception as exc:  # noqa: BLE001
        raise CheckFailed("pdf", f"{type(exc).__name__}: {exc}") from exc
    if problems:
        raise CheckFailed("pdf", "consent PDF is not PDF/A-2b: " + "; ".join(problems))
    return len(pdf)


def _sync_step(url: str, ca: Path) -> str:
    """One status request with the real sync client. A refusal is an answer
    (the server spoke the protocol over TLS); offline or a TLS failure is not."""
    from bedside.self_check import CheckFailed

    try:
        from bedside.sync.client import SyncClient, SyncRefused

        ca_pem = Path(ca).read_text(encoding="ascii")
        with SyncClient(url, ca_pem, timeout=15) as client:
            try:
                answer = client.status()
            except SyncRefused as exc:
                return f"refused {exc.code}: this PC is not enrolled"
        return f"device {answer.get('name') or answer.get('device_id')}"
    except Exception as exc:  # noqa: BLE001 - offline, TLS, not the protocol: in words
        raise CheckFailed("sync", f"{type(exc).__name__}: {exc}") from exc


def _collation_step() -> None:
    """Qt's collator sorts French as a French reader expects (ICU collation data present)."""
    from bedside.self_check import CheckFailed
    from ui.qt import QtCore

    collator = QtCore.QCollator(QtCore.QLocale("fr_BE"))
    got = tuple(sorted(FRENCH_WORDS, key=collator.sortKey))
    if got != FRENCH_ORDER:
        raise CheckFailed("collation", f"French words sorted as {', '.join(got)}")


def _render_step(kdf) -> tuple[int, int]:
    """A second throw-away vault, signed in, behind the real main window."""
    import secrets
    import tempfile

    from bedside.crypto.kdf import KdfParams
    from bedside.self_check import CheckFailed
    from bedside.vault import Vault

    with tempfile.TemporaryDirectory(prefix="bedside-selftest-ui-") as tmp:
        password = "Self-test " + secrets.token_urlsafe(18)
        try:
            vault, _ = Vault.create(Path(tmp) / "vault", site_name="Self-test", workstation_name="Self-test",
                                    admin_username="selftest", admin_display_name="Self-test",
                                    admin_password=password, kdf=kdf or KdfParams.for_tests())
        except Exception as exc:  # noqa: BLE001
            raise CheckFailed("render", f"cannot prepare a vault for the window: {exc}") from exc
        try:
            session = vault.login("selftest", password)
            return render_main_window(vault, session)
        except Exception as exc:  # noqa: BLE001
            raise CheckFailed("render", f"{type(exc).__name__}: {exc}") from exc
        finally:
            vault.lock()


def main(argv: list[str] | None = None) -> int:
    """Entry point the launcher calls when ``--self-test`` is on the command line."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:  # one line means one line: Qt's offscreen chatter stays off the console
        from ui.qt import QtCore

        QtCore.qInstallMessageHandler(lambda *_: None)
    except Exception:  # noqa: BLE001 - a missing Qt is reported by run() itself
        pass
    code, line = run(argv)
    stream = sys.stdout if code == EXIT_OK else (sys.stderr if sys.stdout is None else sys.stdout)
    if stream is not None:
        print(line, file=stream, flush=True)
    return code


if __name__ == "__main__":
    sys.exit(main())
