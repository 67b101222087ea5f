"""Screen-fit and language audit: every screen of ``ui.render`` (its SCREENS
registry, so a screen added later is audited too), in French and English,
at 1366×768 and 1280×720.  Reports:

- ``cut``: a label, button, check box, radio button, tab, combo box, line-edit
  placeholder or table header whose text is wider than the room it has, or a
  toolbar whose last actions hide behind its » button;
- ``too_big``: a window or dialog that cannot shrink to the screen's free area;
- ``english``: a French screen showing a text that the catalogue translates;
- ``iso_date`` / ``decimal_point``: 2026-12-02 or 37.2 on a French screen;
- ``resource_language``: a user-visible text in ``resources/`` without fr and en.

``python -m ui.screen_audit [SCREEN …]`` prints the findings.  Pure reading of
widgets: nothing is stored.
"""
from __future__ import annotations

import json
import re
import shutil
import sys
import tempfile
import xml.etree.ElementTree as ET
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

SIZES = ((1366, 768), (1280, 720))
LANGUAGES = ("fr", "en")
ROOT = Path(__file__).resolve().parents[1]
CATALOGUE = ROOT / "resources" / "translations" / "bedside_fr.ts"

_ISO_DATE = re.compile(r"(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)")
# a decimal point in a number; not a version ("v1.0", "version 1.0", "Apache-2.0")
_DECIMAL = re.compile(r"(?<![\w.,\-])(?<!version )\d+\.\d+(?![\d.])")
_TAGS = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class Finding:
    screen: str
    lang: str
    size: str
    kind: str
    widget: str
    text: str
    detail: str = ""

    def line(self) -> str:
        return f"{self.screen} [{self.lang} {self.size}] {self.kind}: {self.widget} “{self.text[:80]}” {self.detail}"


# --- the catalogue -----------------------------------------------------------------

def english_sources() -> set[str]:
    """English source texts the French catalogue translates to something else."""
    out = set()
    for msg in ET.parse(CATALOGUE).getroot().iter("message"):
        src = (msg.findtext("source") or "").strip()
        tr = msg.find("translation")
        text = (tr.text or "").strip() if tr is not None else ""
        if src and text and text != src and tr.get("type") not in ("unfinished", "obsolete", "vanished"):
            out.add(src)
    return out


def resource_language_findings() -> list[Finding]:
    """Every user-visible text in resources/ has fr and en: a dict with one of
    them must have the other, and the consent choice lists carry both."""
    out = []

    def walk(node, where: str):
        if isinstance(node, dict):
            keys = set(node)
            if ("en" in keys) != ("fr" in keys) and all(isinstance(node.get(k), str) for k in keys & {"en", "fr"}):
                out.append(Finding("resources", "-", "-", "resource_language", where,
                                   str(node.get("en") or node.get("fr")), "needs both fr and en"))
            for k, v in node.items():
                if k == "label" and isinstance(v, str) and "id" in node:
                    out.append(Finding("resources", "-", "-", "resource_language", f"{where}.{node['id']}",
                                       v, "label in one language only"))
                walk(v, f"{where}.{k}")
        elif isinstance(node, list):
            for i, v in enumerate(node):
                walk(v, f"{where}[{i}]")

    for path in sorted((ROOT / "resources").rglob("*.json")):
        if "translations" in path.parts or path.name in ("build_info.json", "bundled.json"):
            continue
        try:
            walk(json.loads(path.read_text("utf-8")), path.relative_to(ROOT).as_posix())
        except (ValueError, UnicodeDecodeError):
            continue
    return out


# --- one widget tree ------------------------------------------------------------------

def _plain(text: str) -> str:
    if "<" in text and ">" in text:
        text = _TAGS.sub("", text.replace("<br>", "\n").replace("<br/>", "\n"))
        text = text.replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _width(fm, text: str) -> int:
    return max((fm.horizontalAdvance(line) for line in text.split("\n")), default=0)


def _name(w) -> str:
    return f"{type(w).__name__}#{w.objectName()}" if w.objectName() else type(w).__name__


def visible_texts(top) -> list[tuple[object, str]]:
    """(widget, text) of everything a user reads on this screen."""
    from ui.qt import QtWidgets
    out = []
    for w in [top] + top.findChildren(QtWidgets.QWidget):
        if not w.isVisibleTo(top) and w is not top:
            continue
        if isinstance(w, (QtWidgets.QLabel, QtWidgets.QAbstractButton)):
            out.append((w, _plain(w.text())))
        elif isinstance(w, QtWidgets.QComboBox):
            out.append((w, w.currentText()))
        elif isinstance(w, QtWidgets.QLineEdit) and not w.text():
            out.append((w, w.placeholderText()))
        elif isinstance(w, QtWidgets.QTabBar):
            out += [(w, w.tabText(i)) for i in range(w.count())]
        elif isinstance(w, QtWidgets.QHeaderView) and w.model() is not None:
            from ui.qt import Qt
            n = w.count()
            out += [(w, str(w.model().headerData(i, w.orientation(), Qt.DisplayRole) or "")) for i in range(n)
                    if not w.isSectionHidden(i)]
        elif isinstance(w, QtWidgets.QAbstractItemView) and not isinstance(w, QtWidgets.QHeaderView):
            m = w.model()
            if m is not None:
                from ui.qt import Qt
                from ui.qt import QtCore
                root = QtCore.QModelIndex()
                try:
                    cols = m.columnCount(root)
                except TypeError:   # list models keep columnCount private
                    cols = 1
                for r in range(min(m.rowCount(root), 40)):
                    for c in range(min(cols, 20)):
                        v = m.data(m.index(r, c), Qt.DisplayRole)
                        if isinstance(v, str) and v:
                            out.append((w, v))
        if w.isWindow() and w.windowTitle():
            out.append((w, w.windowTitle()))
    return [(w, t) for w, t in out if t and t.strip()]


def cut_texts(top) -> list[tuple[object, str, str]]:
    """(widget, text, why) for texts wider than their room."""
    from ui.qt import QtGui, QtWidgets, Qt
    out = []
    for w in top.findChildren(QtWidgets.QWidget):
        if not w.isVisibleTo(top) or w.width() <= 0:
            continue
        fm = w.fontMetrics()
        if isinstance(w, QtWidgets.QLabel):
            if w.wordWrap() or not w.text() or w.pixmap() is not None and not w.pixmap().isNull():
                continue
            text = _plain(w.text())
            room = w.contentsRect().width() - 2 * max(0, w.margin()) - max(0, w.indent())
            need = _width(fm, text)
            if w.textFormat() == Qt.RichText or (w.textFormat() == Qt.AutoText and QtGui.Qt.mightBeRichText(w.text())):
                doc = QtGui.QTextDocument()      # as drawn: spans with their own size and weight
                doc.setDefaultFont(w.font())
                doc.setDocumentMargin(0)
                doc.setHtml(w.text())
                need = int(doc.idealWidth() + 0.999)
            if need > room + 2:
                out.append((w, text, f"needs {need}px, has {room}px"))
        elif isinstance(w, (QtWidgets.QPushButton, QtWidgets.QCheckBox, QtWidgets.QRadioButton)):
            if not w.text():
                continue
            hint = w.sizeHint().width()
            if hint > w.width() + 2:
                out.append((w, _plain(w.text()), f"needs {hint}px, has {w.width()}px"))
        elif isinstance(w, QtWidgets.QToolBar):
            ext = w.findChild(QtWidgets.QToolButton, "qt_toolbar_ext_button")
            if ext is not None and ext.isVisible():
                hidden = [a.text() or (w.widgetForAction(a).text() if hasattr(w.widgetForAction(a), "text") else "")
                          for a in w.actions() if a.isVisible() and w.widgetForAction(a) is not None
                          and not w.widgetForAction(a).isVisible()]
                out.append((w, " · ".join(t for t in hidden if t), "toolbar wider than the window (» hides these)"))
        elif isinstance(w, QtWidgets.QTabBar):
            for i in range(w.count()):
                if w.isTabVisible(i) and w.tabSizeHint(i).width() > w.tabRect(i).width() + 2:
                    out.append((w, w.tabText(i), f"tab needs {w.tabSizeHint(i).width()}px, has {w.tabRect(i).width()}px"))
            if w.count() and w.tabRect(w.count() - 1).right() > w.width() + 2:
                out.append((w, w.tabText(w.count() - 1), "tabs wider than the bar (scroll arrows)"))
        elif isinstance(w, QtWidgets.QComboBox):
            need = fm.horizontalAdvance(w.currentText()) + 30
            if w.currentText() and need > w.width() + 2:
                out.append((w, w.currentText(), f"needs {need}px, has {w.width()}px"))
        elif isinstance(w, QtWidgets.QLineEdit) and not w.text() and w.placeholderText():
            need = fm.horizontalAdvance(w.placeholderText()) + 8
            room = w.contentsRect().width() - 4
            if need > room + 2:
                out.append((w, w.placeholderText(), f"placeholder needs {need}px, has {room}px"))
        elif isinstance(w, QtWidgets.QHeaderView) and w.model() is not None and w.isVisible():
            from ui.qt import Qt
            for i in range(w.count()):
                if w.isSectionHidden(i) or w.orientation() != Qt.Horizontal:
                    continue
                text = str(w.model().headerData(i, Qt.Horizontal, Qt.DisplayRole) or "")
                need = _width(fm, text) + 8
                if text and need > w.sectionSize(i) + 2:
                    out.append((w, text.replace("\n", " "), f"column needs {need}px, has {w.sectionSize(i)}px"))
    return out


def language_problems(top, english: set[str]) -> list[tuple[object, str, str]]:
    """On a French screen: catalogue English, ISO dates, decimal points."""
    out = []
    for w, text in visible_texts(top):
        if w.property("verbatim"):       # identifiers shown as they are (licences, versions)
            continue
        lines = [text.strip()] + [ln.strip() for ln in text.split("\n") if ln.strip()]
        for ln in dict.fromkeys(lines):
            if ln in english or ln.rstrip(" :…") in english:
                out.append((w, ln, "english"))
                break
        if _ISO_DATE.search(text):
            out.append((w, text, "iso_date"))
        m = _DECIMAL.search(text)
        if m:
            out.append((w, text, "decimal_point"))
    return out


def too_big(top, size: tuple[int, int]) -> str | None:
    from ui.screen_fit import frame_extra
    extra = frame_extra(top)
    cap_w, cap_h = size[0] - extra.width(), size[1] - extra.height()
    need = top.minimumSizeHint().expandedTo(top.minimumSize())
    if need.width() > cap_w or need.height() > cap_h:
        return f"needs at least {need.width()}×{need.height()}, the free area leaves {cap_w}×{cap_h}"
    return None


# --- screens -------------------------------------------------------------------------

class _DemoCache:
    """One demo vault built once and copied for each screen: the audit renders
    ~100 screens and must stay quick."""

    def __init__(self):
        self.template = None

    def install(self):
        import bedside.demo as demo
        from bedside.vault import Vault
        real = demo.build
        cache = self

        def build(folder, now=None):
            folder = Path(folder)
            if cache.template is None:
                cache.template = Path(tempfile.mkdtemp(prefix="bedside-audit-template-")) / "vault"
                real(cache.template, now).lock()
            shutil.copytree(cache.template, folder)
            return Vault.open(folder)
        demo.build = build
        return real


def audit_screen(name: str, lang: str, english: set[str], sizes=SIZES) -> list[Finding]:
    from ui import render
    from ui.qt import QtWidgets
    from ui.i18n import current_language
    if current_language() != lang:
        render._in_language(lang)
    found: list[Finding] = []
    try:
        top = render.SCREENS[name]()
    except Exception as exc:  # noqa: BLE001 - a screen that cannot be built is a finding, not a crash
        _stop_contexts()
        return [Finding(name, lang, "-", "render_failed", name, type(exc).__name__, str(exc)[:200])]
    ctx = getattr(top, "ctx", None)
    try:
        top.show()
        render.settle(ctx)
        for size in sizes:
            tag = f"{size[0]}×{size[1]}"
            big = too_big(top, size)
            if big:
                found.append(Finding(name, lang, tag, "too_big", _name(top), top.windowTitle(), big))
            from ui.screen_fit import fit_size
            from ui.qt import QtCore
            want = QtCore.QSize(*size) if isinstance(top, QtWidgets.QMainWindow) else top.size()
            top.resize(fit_size(want, top, QtCore.QRect(0, 0, *size)))
            render.settle(ctx, rounds=3)
            found += [Finding(name, lang, tag, "cut", _name(w), t, why) for w, t, why in cut_texts(top)]
            if lang == "fr":
                found += [Finding(name, lang, tag, kind, _name(w), t) for w, t, kind in language_problems(top, english)]
    finally:
        # the screen's answers land before it is deleted; every context it made
        # (a dialog's main window has its own) stops, and what it still owed
        # is dropped rather than delivered into deleted widgets
        if ctx is not None:
            render.settle(ctx)
        for c in _contexts():
            c.worker.stop(discard=True)
        for w in (top, top.window()):
            sync = getattr(w, "sync", None)
            if sync is not None and hasattr(sync, "wait"):
                sync.wait()
        QtWidgets.QApplication.processEvents()
        top.close()
        top.deleteLater()
        # a dialog's main window goes too: every window left alive is restyled
        # again at each screen, and the audit slowed to minutes
        from ui.qt import QtWidgets as _W
        for w in _W.QApplication.topLevelWidgets():
            if w is not top and w.isWindow():
                w.close()
                w.deleteLater()
        # processEvents() never runs deferred deletes: without this every
        # audited window stayed alive, and restyling ~40 of them (night mode)
        # took minutes -- the audit never finished
        from ui.qt import QtCore
        QtCore.QCoreApplication.sendPostedEvents(None, QtCore.QEvent.Type.DeferredDelete)
        from ui import style
        style.apply(QtWidgets.QApplication.instance(), style.DAY)   # a night-mode screen leaves day behind
        QtWidgets.QApplication.processEvents()
    return found


def _contexts() -> list:
    """The application contexts whose DB worker still runs."""
    from ui.context import AppContext
    return AppContext.running()


def _stop_contexts() -> None:
    """Stop the DB worker of every application context a screen left behind."""
    for obj in _contexts():
        try:
            obj.worker.stop()
        except Exception:  # noqa: BLE001
            pass


@contextmanager
def audit_session():
    """One demo vault for every screen audited inside; yields the catalogue's
    English (what a French screen must not show)."""
    from ui.app import make_app
    make_app()
    cache = _DemoCache()
    real = cache.install()
    try:
        yield english_sources()
    finally:
        _stop_contexts()
        import bedside.demo as demo
        demo.build = real
        if cache.template is not None:
            shutil.rmtree(cache.template.parent, ignore_errors=True)


def run(names: list[str] | None = None, languages=LANGUAGES, sizes=SIZES) -> tuple[list[str], list[Finding]]:
    """Audit the screens (all registered ones by default) in *languages* at
    *sizes*. Returns (what was checked, findings)."""
    from ui import render
    checked, found = [], list(resource_language_findings())
    with audit_session() as english:
        for lang in languages:          # language outside: switching it restyles the application
            for name in names or sorted(render.SCREENS):
                found += audit_screen(name, lang, english, sizes)
                checked.append(f"{name} [{lang}] " + ", ".join(f"{w}×{h}" for w, h in sizes))
    # one finding per screen/kind/widget/text (both sizes show most of them)
    unique = list({(f.screen, f.lang, f.kind, f.widget, f.text): f for f in found}.values())
    return checked, unique


def main(argv: list[str]) -> int:
    checked, found = run(argv or None)
    print("\n".join(f.line() for f in found))
    print(f"{len(checked)} screen renders checked, {len(found)} findings")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
