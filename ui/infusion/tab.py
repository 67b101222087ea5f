"""The patient's Infusion tab: plan strip (three infusions and follow-up),
the flowsheet of the selected infusion and the adverse events."""
from __future__ import annotations

from bedside import localtime

import html

from bedside.drafts import ADVERSE_EVENT, VITAL_ROW
from bedside.infusion import plan as plan_mod
from bedside.infusion import snapshot as snap_mod
from bedside.infusion.store import InfusionStore
from bedside.names import RecordType
from ui.drafts import pending_restore
from ui.infusion.ae_form import AeForm, SignOffDialog
from ui.infusion.ae_list import AeList
from ui.infusion.common import error_messages
from ui.widgets.buttons import Kind, Size, push_button, set_kind
from ui.ops import Op
from ui.infusion.dialogs import CorrectInfusionDialog, CorrectReadingDialog, PauseDialog, ProductDoseDialog, StopDialog, TwoPersonDialog
from ui.infusion.flowsheet_screen import FlowsheetPanel
from ui.i18n import current_language, localized
from ui.patient_tabs import PatientTab
from ui.qt import QtCore, QtWidgets, Qt
from ui.style import colour


class PlanStrip(QtWidgets.QWidget):
    """One button per planned infusion and the follow-up visits. The buttons
    and the label are made once and only their texts and colours follow each
    snapshot (rebuilding them was a fifth of painting an opened patient)."""

    def __init__(self, tab: "InfusionTab"):
        super().__init__(tab)
        self.tab = tab
        self.lay = QtWidgets.QHBoxLayout(self)
        self.lay.setContentsMargins(6, 2, 6, 2)
        self.buttons: dict[int, QtWidgets.QPushButton] = {}
        self.follow = None

    def _build(self):
        for n in range(1, self.tab.store.protocol.infusion_count + 1):
            b = push_button("", f"planInfusion{n}", size=Size.COMPACT)     # as tall as the tables' rows
            b.clicked.connect(lambda _=False, n=n: self.tab.select(n))
            self.lay.addWidget(b)
            self.buttons[n] = b
        self.lay.addSpacing(12)
        # the follow-up visits share one word-wrapped label: the strip never
        # makes the tab wider than the patient screen beside the list (1366×768)
        self.follow = QtWidgets.QLabel()
        self.follow.setObjectName("followUp")
        self.follow.setTextFormat(Qt.RichText)
        self.follow.setWordWrap(True)
        self.follow.setStyleSheet("font-size: 12pt;")
        self.follow.setMinimumWidth(200)
        self.lay.addWidget(self.follow, 1)

    def set_snapshot(self, snap: snap_mod.Snapshot):
        if self.follow is None:
            self._build()
        today = localtime.to_local(self.tab.store.now()).date()
        by_n = {i.number: i for i in snap.infusions}
        planned = {p.number: p for p in (snap.plan or [])}
        nd = plan_mod.next_due(snap.plan) if snap.plan else None
        next_n = nd.number if nd else None
        for n, b in self.buttons.items():
            v, p = by_n.get(n), planned.get(n)
            if v is not None and v.state.status == "ended":
                text, kind = self.tr("{n} ✓ {d}").format(n=n, d=localtime.to_local(v.state.start_utc).strftime("%d/%m")), Kind.DONE
            elif v is not None and v.state.status in ("running", "paused"):
                text, kind = self.tr("{n} ● running").format(n=n), Kind.RUNNING
            elif p is not None:
                a, b_ = p.window_start.strftime("%d/%m"), p.window_end.strftime("%d/%m")
                # only the next infusion can be due or late; later ones are projections
                st = plan_mod.window_status(p.window_start, p.window_end, today) if n == next_n else "upcoming"
                kind = {"due": Kind.DUE, "overdue": Kind.LATE, "upcoming": Kind.NEUTRAL}[st]
                text = {"due": self.tr("{n} · DUE {a}–{b}"), "overdue": self.tr("{n} · LATE {a}–{b}"),
                        "upcoming": self.tr("{n} · {a}–{b}")}[st].format(n=n, a=a, b=b_)
            else:
                text, kind = self.tr("Infusion {n}").format(n=n), Kind.NEUTRAL
            b.setText(text)
            set_kind(b, kind, selected=n == snap.selected)
        lang = current_language()
        parts = []
        for v in snap.follow_up:
            st = plan_mod.window_status(v.window_start, v.window_end, today)
            tint = colour({"due": "blocker_text", "overdue": "error_text", "upcoming": "muted"}[st])
            weight = "bold" if st != "upcoming" else "normal"
            text = self.tr("{what}: {d}").format(what=localized(v.label, lang), d=v.target.strftime("%d/%m/%Y"))
            parts.append(f"<span style='color:{tint}; font-weight:{weight}'>{html.escape(text)}</span>")
        if snap.plan is None:
            parts.append("<span style='color:%s'>%s</span>" % (colour("error_text"), html.escape(self.tr("Not included yet: no infusion plan."))))
        self.follow.setText(" &nbsp;·&nbsp; ".join(parts))     # empty: it only holds the buttons to the left


class InfusionTab(QtWidgets.QWidget):
    def __init__(self, ctx, patient_id: str, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.store = InfusionStore(ctx.session)
        self.patient_id = patient_id
        self.snap = None
        self.selected = None
        self.dialog = None
        lay = QtWidgets.QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        self.strip = PlanStrip(self)
        lay.addWidget(self.strip)
        self.inner = QtWidgets.QTabWidget()
        self.inner.setObjectName("infusionInnerTabs")
        self.inner.setStyleSheet("QTabBar::tab { font-size: 12pt; padding: 2px 16px; min-height: 24px; }")
        self.panel = FlowsheetPanel(ctx, self.store)
        self.aes = AeList(self.store)
        self.inner.addTab(self.panel, self.tr("Flowsheet"))
        self.inner.addTab(self.aes, self.tr("Adverse events"))
        lay.addWidget(self.inner, 1)
        self.panel.action.connect(self._action)
        self.panel.ae_requested.connect(self._ae_from_alert)
        self.panel.correct_requested.connect(self._correct_reading)
        self.aes.action.connect(self._ae_action)
        # the AE list is filled when its tab is shown (not visible when a patient opens)
        self.inner.currentChanged.connect(lambda i: self.inner.widget(i) is self.aes and self.aes.show_pending())
        self.loading = False
        from ui.night_mode import notifier
        notifier().changed.connect(self._restyle)
        self.refresh()

    def _restyle(self, _theme: str = ""):
        if self.snap is not None:
            self.strip.set_snapshot(self.snap)

    # ------------------------------------------------------------------ data
    def refresh(self):
        self.loading = True
        store, pid, sel = self.store, self.patient_id, self.selected
        Op(self.ctx, lambda: snap_mod.load(store, pid, sel), parent=self).on_success(self._show) \
            .on_failure(self._failed).run()

    def _failed(self, err):
        self.loading = False
        QtWidgets.QMessageBox.warning(self, self.tr("Infusion"), "\n".join(t for _, t in error_messages(err)))

    def _show(self, snap):
        self.loading = False
        self.snap = snap
        self.strip.set_snapshot(snap)
        self.panel.set_snapshot(snap)
        self.aes.set_rows(snap.aes, shown=self.inner.currentWidget() is self.aes)
        n_open = sum(1 for r in snap.aes if r.clock and not r.clock.reported)
        title = self.tr("Adverse events ({n})").format(n=len(snap.aes)) + \
            (self.tr(" · {k} SAE clock").format(k=n_open) if n_open else "")
        if self.inner.tabText(1) != title:         # (setting it lays the tab bar out again)
            self.inner.setTabText(1, title)
        if self.dialog is None and self._restore_ae(snap):
            return
        if getattr(self, "_pending_focus", None) and self.isVisible():
            self._apply_focus()
            return
        typing = self.panel.entry.isAncestorOf(QtWidgets.QApplication.focusWidget())
        if self.panel.entry.isEnabled() and self.inner.currentIndex() == 0 and self.dialog is None and not typing:
            self.window().activateWindow()
            self.panel.entry.focus_first()

    def focus_target(self, detail: str = "") -> None:
        """Opened from a dashboard item: the adverse events list for an SAE clock,
        else the flowsheet with the keyboard in the entry row (F2/F3 work too)."""
        self._pending_focus = detail or "flowsheet"
        self.inner.setCurrentIndex(1 if detail == "ae" else 0)
        self._apply_focus()

    def _apply_focus(self):
        want = getattr(self, "_pending_focus", None)
        if want is None or self.snap is None:
            return
        self._pending_focus = None
        if want == "ae":
            self.aes.setFocus(Qt.OtherFocusReason)
        elif self.panel.entry.isEnabled():
            self.panel.entry.focus_first()
        else:
            self.panel.setFocus(Qt.OtherFocusReason)

    def showEvent(self, e):
        """Clicking the Infusions tab leaves the focus on the tab bar, where the
        panel's F2/F3 shortcuts do not reach: move it into the flowsheet."""
        super().showEvent(e)
        if self.dialog is None:
            self._pending_focus = getattr(self, "_pending_focus", None) or "flowsheet"
            QtCore.QTimer.singleShot(0, self._apply_focus)

    def show_draft(self, draft) -> bool:
        """Open the infusion a restored draft belongs to; its form takes it
        (the entry row in set_snapshot, the AE form in _show)."""
        if draft.kind not in (VITAL_ROW, ADVERSE_EVENT):
            return False
        n = draft.where.get("infusion")
        self.inner.setCurrentIndex(0 if draft.kind == VITAL_ROW else 1)
        if isinstance(n, int):
            self.select(n)
        else:
            self.refresh()
        return True

    def _restore_ae(self, snap) -> bool:
        draft = pending_restore(self.ctx, ADVERSE_EVENT, self.patient_id)
        if draft is None:
            return False
        existing = None
        if draft.key.startswith("correct:"):
            rid = draft.key.split(":", 1)[1]
            row = next((r for r in snap.aes if r.version.record_id == rid), None)
            if row is None:
                return False
            existing = row.version
        dlg = AeForm(self.ctx, self.store, self.patient_id, existing=existing,
                     alert=draft.where.get("alert"), parent=self)
        dlg.apply_draft(draft.fields)
        self._exec(dlg)
        return True

    def select(self, n: int):
        self.selected = n
        self.refresh()

    # ------------------------------------------------------------------ actions
    def _exec(self, dlg, on_accept=None):
        """Open a window-modal dialog without blocking the event loop (timers
        and countdowns keep running); reload when it is accepted."""
        self.dialog = dlg          # tests reach the open dialog here

        def finished(result):
            self.dialog = None
            dlg.deleteLater()
            if result == QtWidgets.QDialog.Accepted:
                if on_accept:
                    on_accept()
                self.refresh()
            else:
                self.window().activateWindow()
                self.panel.entry.focus_first()
        dlg.finished.connect(finished)
        dlg.setWindowModality(Qt.WindowModal)
        dlg.open()

    def _action(self, key: str):
        snap = self.snap
        if snap is None:
            return
        v = snap.view
        if key == "prepare":
            planned = next((p for p in (snap.plan or []) if p.number == snap.selected), None)
            dlg = ProductDoseDialog(self.ctx, self.store, self.patient_id, snap.selected, snap.patient, planned,
                                    snap.patient_recorded_utc, self)
            dlg.set_previous(snap.infusions)
            self._exec(dlg)
        elif key == "correct" and v:
            self._exec(CorrectInfusionDialog(self.ctx, self.store, v, self))
        elif key == "check" and v:
            self._exec(TwoPersonDialog(self.ctx, self.store, v.record_id, self))
        elif key == "pause" and v:
            self._exec(PauseDialog(self.ctx, self.store, v.record_id, self))
        elif key == "stop" and v:
            self._exec(StopDialog(self.ctx, self.store, v.record_id, self))
        elif key in ("start", "resume") and v:
            store, rid = self.store, v.record_id
            Op(self.ctx, lambda: store.event(rid, key), parent=self) \
                .on_success(lambda _r: self.refresh()).on_failure(self._failed).run()

    def _ae_from_alert(self, term: str, alert: dict):
        n = self.snap.selected if self.snap else None
        dlg = AeForm(self.ctx, self.store, self.patient_id, infusion=n, term=term, alert=alert or None, parent=self)
        self._exec(dlg, self.panel.alerts.hide)   # stay on the flowsheet: the infusion goes on

    def _correct_reading(self, rid: str):
        reading = next((r for r in (self.snap.readings if self.snap else []) if r["id"] == rid), None)
        if reading is not None:
            self._exec(CorrectReadingDialog(self.ctx, self.store, reading, self))

    def _ae_action(self, key: str, rid: str):
        if key == "new":
            self._exec(AeForm(self.ctx, self.store, self.patient_id,
                              infusion=self.snap.selected if self.snap else None, parent=self))
            return
        row = next((r for r in (self.snap.aes if self.snap else []) if r.version.record_id == rid), None)
        if row is None:
            return
        if key == "correct":
            self._exec(AeForm(self.ctx, self.store, self.patient_id, existing=row.version, parent=self))
        elif key == "signoff":
            self._exec(SignOffDialog(self.ctx, self.store, row.version, self))
        elif key == "history":
            from ui.history_dialog import HistoryDialog
            dlg = HistoryDialog(self.ctx, rid, row.version.content.get("term", ""), self)
            dlg.setAttribute(Qt.WA_DeleteOnClose)
            dlg.open()
        elif key == "reported":
            store = self.store
            Op(self.ctx, lambda: store.mark_reported(rid), parent=self) \
                .on_success(lambda _r: self.refresh()) \
                .on_failure(self._failed).run()


# the gate reads consent and eligibility; the flowsheet the monitor feed's decisions;
# dashboard items open this tab with target "infusion[:ae]"
INFUSION_TAB = PatientTab(
    "infusion", "Infusion", QtCore.QT_TRANSLATE_NOOP("Infusion", "Infusions"), InfusionTab,
    frozenset({RecordType.PATIENT, RecordType.INFUSION, RecordType.INFUSION_CHECK, RecordType.INFUSION_EVENT,
               RecordType.VITAL_READING, RecordType.ADVERSE_EVENT, RecordType.SAE_REPORT, RecordType.NOTE,
               RecordType.FEED_DECISION, RecordType.SIGNATURE, RecordType.ELIGIBILITY_ASSESSMENT,
               RecordType.CONSENT_STEP, RecordType.END_OF_PARTICIPATION,
               RecordType.SITE_SETTING, RecordType.SITE_SETTINGS}), key="infusion")
