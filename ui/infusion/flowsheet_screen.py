"""The flowsheet a nurse uses for two hours beside the bed: state and
actions, next reading with countdown, non-blocking alerts, one-row entry,
the readings table and the trend chart."""
from __future__ import annotations

from bedside.infusion import flowsheet as fs_mod
from bedside.drafts import VITAL_ROW
from bedside.infusion import lifecycle
from bedside.infusion.snapshot import Snapshot
from bedside.infusion.store import InfusionStore
from ui.infusion.common import error_messages, local_time, problem_text, set_sheet
from ui.widgets.buttons import Kind, Size, push_button
from ui.ops import Op
from ui.night_mode import notifier
from ui.style import colour as colour_of
from ui.infusion.entry_row import EntryRow
from ui.feed_poller import FeedPoller
from ui.infusion.monitor_strip import MonitorStrip
from ui.infusion.alert_bar import AlertBar
from ui.infusion.flowsheet_widgets import FlowsheetTable, NextDueBanner
from ui.widgets.elided_label import ElidedLabel
from ui.infusion.trend_chart import TrendChart
from ui.drafts import DraftKeeper, take_restore
from ui.i18n import current_language, format_number
from ui.qt import QtCore, QtGui, QtWidgets, Signal, Qt


class FlowsheetPanel(QtWidgets.QWidget):
    changed = Signal()                 # something was stored: reload
    action = Signal(str)               # "prepare", "check", "start", "pause", "resume", "stop", "ae"
    ae_requested = Signal(str, dict)   # suggested term, alert details
    correct_requested = Signal(str)   # reading record id

    def __init__(self, ctx, store: InfusionStore, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.store = store
        self.snap: Snapshot | None = None
        self.fs = None
        self._painted = None       # what the table shows (_tick)
        self.setFocusPolicy(Qt.ClickFocus)   # F2–F8 need the focus inside the panel
        lang = current_language()
        self.lang = lang
        lay = QtWidgets.QVBoxLayout(self)
        lay.setContentsMargins(6, 4, 6, 4)
        lay.setSpacing(2)   # vertical room goes to the readings table
        # state + actions
        top = QtWidgets.QHBoxLayout()
        self.title = QtWidgets.QLabel()
        self.title.setObjectName("infusionTitle")
        self.title.setStyleSheet("font-size: 17pt; font-weight: bold;")
        # title and state on one line: every pixel of height goes to the readings
        # table on a 1366×768 screen (issue 16 item 12). Short of room, the state
        # drops its last whole parts ("EN COURS depuis 21:02 …"; all of it in the
        # tooltip): it once wrapped to two or three lines, and a dose is never cut.
        # "Infusion 1/3" and no word "dose" before "×10⁶/kg": at 1366×768 the
        # running dose is shown in French too (it was only in the tooltip)
        self.state = ElidedLabel(objectName="infusionState", whole_parts=" · ")
        head = QtWidgets.QHBoxLayout()
        head.setSpacing(12)
        head.addWidget(self.title)
        head.addWidget(self.state, 1)
        top.addLayout(head, 1)
        self.fix = QtWidgets.QToolButton()
        self.fix.setObjectName("action_correct")
        self.fix.setText(self.tr("Correct…"))
        self.fix.setToolTip(self.tr("Correct the product or weight recorded (new version with a reason)"))
        self.fix.setFocusPolicy(Qt.NoFocus)
        self.fix.setMinimumHeight(38)
        self.fix.clicked.connect(lambda: self.action.emit("correct"))
        top.addWidget(self.fix)
        self.buttons = {}
        # each action also has a function key, shown on the button (keyboard alone, gloves)
        for key, text, kind, fkey in (("prepare", self.tr("Product && dose… F2"), Kind.NEUTRAL, Qt.Key_F2),
                                      ("check", self.tr("Two-person check… F3"), Kind.NEUTRAL, Qt.Key_F3),
                                      ("start", self.tr("▶ Start F4"), Kind.OK, Qt.Key_F4),
                                      ("pause", self.tr("❚❚ Pause… F5"), Kind.WARNING, Qt.Key_F5),
                                      ("resume", self.tr("▶ Resume F6"), Kind.OK, Qt.Key_F6),
                                      ("stop", self.tr("■ Stop… F7"), Kind.DANGER, Qt.Key_F7)):
            b = push_button(text, f"action_{key}", kind=kind, size=Size.COMPACT)
            b.setFocusPolicy(Qt.NoFocus)   # Tab stays in the entry row
            b.clicked.connect(lambda _=False, k=key: self.action.emit(k))
            top.addWidget(b)
            self.buttons[key] = b
            sc = QtGui.QShortcut(QtGui.QKeySequence(fkey), self)
            sc.setContext(Qt.WidgetWithChildrenShortcut)
            sc.activated.connect(lambda b=b: b.isVisible() and b.isEnabled() and b.click())
        lay.addLayout(top)
        self.blockers = QtWidgets.QLabel()
        self.blockers.setObjectName("startBlockers")
        self.blockers.setWordWrap(True)
        self._style_blockers()
        lay.addWidget(self.blockers)
        self.banner = NextDueBanner()
        lay.addWidget(self.banner)
        self.alerts = AlertBar(store.protocol, lang)
        self.alerts.record_ae.connect(self._ae_from_alert)
        lay.addWidget(self.alerts)
        self.monitor = MonitorStrip(store.protocol, lang)
        self.monitor.reject_requested.connect(self._reject_monitor)
        self.monitor.review_requested.connect(self.review_held)
        lay.addWidget(self.monitor)
        self.proposal = None                 # the monitor values the entry row shows
        self.poller = FeedPoller(ctx, self)
        self.poller.fetched.connect(self.load_proposal)
        self.entry = EntryRow(store.protocol, lang)
        self.entry.submitted.connect(self._save)
        self.draft = DraftKeeper(ctx, VITAL_ROW, self._draft_state, self)
        self.entry.edited.connect(self.draft.changed)
        lay.addWidget(self.entry)
        split = QtWidgets.QSplitter(Qt.Horizontal)
        self.table = FlowsheetTable(store.protocol, lang)
        self.table.correct_requested.connect(self.correct_requested)
        self.chart = TrendChart(store.protocol, lang)
        split.addWidget(self.table)
        split.addWidget(self.chart)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([760, 260])
        split.setChildrenCollapsible(False)
        self.table.setMinimumWidth(560)
        self.chart.setMinimumWidth(240)
        lay.addWidget(split, 1)
        self._last_alert = None
        self.timer = QtCore.QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        sc = QtGui.QShortcut(QtGui.QKeySequence(Qt.Key_F8), self)
        sc.setContext(Qt.WidgetWithChildrenShortcut)
        sc.activated.connect(self._ae_from_alert_key)
        sc = QtGui.QShortcut(QtGui.QKeySequence(Qt.Key_F9), self)
        sc.setContext(Qt.WidgetWithChildrenShortcut)
        sc.activated.connect(self.alerts.toggle)          # "+N more": the other alerts
        sc = QtGui.QShortcut(QtGui.QKeySequence(Qt.Key_F10), self)
        sc.setContext(Qt.WidgetWithChildrenShortcut)
        sc.activated.connect(lambda: self.monitor.reject.isVisible() and self._reject_monitor())
        notifier().changed.connect(self._restyle)

    def _style_blockers(self):
        c = colour_of
        self.blockers.setStyleSheet(f"background: {c('blocker_bg')}; border: 2px solid {c('blocker_border')};"
                                    f" border-radius: 6px; padding: 6px; font-size: 13pt; color: {c('blocker_text')};")

    def _restyle(self, _theme: str = ""):
        """Night mode switched: repaint what this panel colours itself."""
        self._style_blockers()
        self.alerts.restyle()
        self.monitor.restyle()
        self.entry.restyle()
        self._painted = None
        if self.snap is not None:
            self.set_snapshot(self.snap)
        self.chart.update()

    # ---------------------------------------------------------- state
    def set_snapshot(self, snap: Snapshot):
        self.snap = snap
        n, total = snap.selected, self.store.protocol.infusion_count
        self.title.setText(self.tr("Infusion {n}/{total}").format(n=n, total=total))
        v = snap.view
        status = v.state.status if v else None
        if v is None:
            state = self.tr("not prepared")
            colour = colour_of("state_none")
        elif status == lifecycle.READY:
            # the bag first: what the nurse matches with the bag in hand if the line is short of room
            state = self.tr("ready · bag {bag} · dose {dose} ×10⁶/kg").format(dose=format_number(v.content["dose_shown"]), bag=v.content["product"]["bag_id"])
            colour = colour_of("state_ready")
        elif status == lifecycle.RUNNING:
            state = self.tr("RUNNING since {t} · {dose} ×10⁶/kg").format(t=local_time(v.state.start_utc), dose=format_number(v.content["dose_shown"]))
            colour = colour_of("state_running")
        elif status == lifecycle.PAUSED:
            state = self.tr("PAUSED · started {t}").format(t=local_time(v.state.start_utc))
            colour = colour_of("state_paused")
        else:
            outcome = {"complete": self.tr("complete"), "partial": self.tr("partial"), "aborted": self.tr("aborted")}.get(v.state.outcome, "")
            state = self.tr("ended {t} · {outcome}").format(t=local_time(v.state.end_utc), outcome=outcome)
            colour = colour_of("state_ended")
        set_sheet(self.state, f"font-size: 13pt; font-weight: bold; color: {colour};")   # the font first: it decides what fits
        self.state.setText(state)
        can = self.store.session.can
        from bedside.roles import Permission
        rec = can(Permission.RECORD_INFUSION)
        if v is None and snap.plan is None:
            rec = False          # not included: nothing to prepare (the plan strip says why)
        vis = {"prepare": v is None, "check": v is not None and status == lifecycle.READY,
               "start": status == lifecycle.READY, "pause": status == lifecycle.RUNNING,
               "resume": status == lifecycle.PAUSED, "stop": status in (lifecycle.RUNNING, lifecycle.PAUSED)}
        for k, b in self.buttons.items():
            b.setVisible(vis[k])
            b.setEnabled(rec)
        self.fix.setVisible(v is not None)
        self.fix.setEnabled(rec)
        if v is not None and status == lifecycle.READY:
            # checked: who checked goes to the tooltip, so the state line keeps the dose and bag in view
            checker = v.checks[-1].content["second_user"]["name"] if v.checked else ""
            self.buttons["check"].setText(self.tr("✓ Checked") if v.checked else self.tr("Two-person check…"))
            self.buttons["check"].setToolTip(self.tr("✓ Checked by {name}").format(name=checker) if v.checked else "")
            self.buttons["check"].setEnabled(rec and not v.checked)
            self.buttons["start"].setEnabled(rec and not snap.blockers)
        if snap.blockers:
            self.blockers.setText(self.tr("Cannot start yet: ") + "  •  ".join(problem_text(p) for p in snap.blockers))
            self.blockers.show()
        else:
            self.blockers.hide()
        self.entry.setEnabled(v is not None and rec)
        if v is None:
            self.entry.message.setText(self.tr("Record the product and dose first."))
        elif (kept := take_restore(self.ctx, VITAL_ROW, v.record_id)) is not None:
            self.entry.restore(kept.fields)   # the row typed before Bedside closed
            self.draft.changed()
        self._rebuild()
        self._follow_monitor(v is not None and rec)

    # ---------------------------------------------------------- monitor feed
    def _follow_monitor(self, on: bool):
        if on:
            if not self.poller.timer.isActive() and not self.poller.unenrolled:
                self.poller.timer.start()
                self.poller.poll()
            self.load_proposal()
        else:
            self.poller.timer.stop()
            self._offer(None, 0)

    def load_proposal(self):
        """What the monitor proposes now (from what was fetched; no network here)."""
        snap = self.snap
        if snap is None or snap.view is None:
            return
        from bedside.hl7feed.feed import cache_for
        if not cache_for(self.store.session).items:     # nothing fetched: no vault work at all
            self._offer(None, 0)
            return
        from bedside.hl7feed.proposals import flowsheet_offer
        decimals = {s.id: s.decimals for s in self.store.protocol.signs}
        session, pid, now = self.store.session, snap.patient_id, self.store.now()
        Op(self.ctx, lambda: flowsheet_offer(session, pid, now, decimals), parent=self) \
            .on_success(lambda res: self._offer(*res)).on_failure(lambda _err: None).run()

    def _offer(self, prop, held: int):
        self.monitor.show_offer(prop, held)
        was = self.proposal
        self.proposal = prop
        if prop is None:
            if was is not None and self.entry.prefilled_time is not None:
                self.entry.clear_after_save()
            return
        if was is not None and was.control_id == prop.control_id and not self.entry.is_blank():
            return
        if self.entry.is_blank() or self.entry.prefilled_time is not None:
            self.entry.prefill(prop.values, local_time(prop.observed_utc))
            self.entry.focus_first()

    def _reject_monitor(self):
        prop, snap = self.proposal, self.snap
        if prop is None or snap is None:
            return
        from ui.widgets.prompts import ReasonPrompt
        dlg = ReasonPrompt(self.tr("Do not chart the monitor values"),
                           self.tr("Why are the monitor values of {time} not charted (probe off, "
                                   "line flushed, patient moving…)?").format(time=local_time(prop.observed_utc)),
                           self, "monitorRejectPrompt")
        if not dlg.exec():
            return
        from bedside.hl7feed.proposals import reject
        session, pid, reason = self.store.session, snap.patient_id, dlg.text()

        def ok(_v):
            self.entry.clear_after_save()
            self.proposal = None
            self.load_proposal()
            self.changed.emit()

        Op(self.ctx, lambda: reject(session, pid, prop, reason), parent=self) \
            .on_success(ok) \
            .on_failure(lambda err: self.entry.show_problems(error_messages(err, self.store.protocol, self.lang))) \
            .run()

    def review_held(self):
        """Open the held messages beside this patient (bedside/hl7feed/held.py)."""
        snap = self.snap
        if snap is None:
            return
        from bedside.patients import get_patient
        from ui.infusion.held_dialog import HeldMessagesDialog
        session, pid = self.store.session, snap.patient_id

        def show(patient):
            self.held_dialog = HeldMessagesDialog(self.ctx, session, patient, self.store.protocol,
                                                  self.lang, self)
            self.held_dialog.finished.connect(lambda _r: self.load_proposal())
            self.held_dialog.open()

        Op(self.ctx, lambda: get_patient(session, pid), parent=self).on_success(show) \
            .on_failure(lambda err: self.entry.show_problems(error_messages(err, self.store.protocol, self.lang))) \
            .run()

    def _draft_state(self):
        v = self.snap.view if self.snap else None
        if v is None:
            return None
        return (v.record_id, self.snap.patient_id, {"infusion": self.snap.selected},
                self.entry.values())

    def _rebuild(self):
        snap = self.snap
        if snap is None or snap.view is None:
            self.fs = None
            self._painted = None
            self.table.set_flowsheet(None)
            self.banner.set_state(None, False, False)
            self.chart.set_data([], None, None, None, self.store.now())
            return
        st = snap.view.state
        self._tick()
        self.chart.set_data([(r.taken_utc, r.values) for r in self.fs.rows], self.fs.baseline,
                            st.start_utc, st.end_utc, self.store.now())

    def _tick(self):
        """One schedule state, computed once per second, paints both the banner
        and the table: they can never disagree (issue 16 item 6)."""
        snap = self.snap
        if snap is None or snap.view is None:
            return
        st = snap.view.state
        self.fs = fs_mod.build(self.store.protocol, snap.readings, st.start_utc, st.end_utc, self.store.now())
        # what the table shows, whole: the same (a patient opened again, a tick
        # with nothing due) leaves the table as it is
        painted = [(t.id, t.status, t.reading_id, t.due_utc) for t in self.fs.schedule.timepoints] + \
            [(r.reading_id, r.version, r.taken_utc) for r in self.fs.rows] + list(self.fs.schedule.unscheduled)
        if painted != self._painted:
            self._painted = painted
            self.table.set_flowsheet(self.fs)
        self.banner.set_state(self.fs.schedule, st.start_utc is not None, st.end_utc is not None)

    # ---------------------------------------------------------- entry
    def _save(self, raw: dict, time_text: str):
        if self.snap is None or self.snap.view is None:
            return
        rid = self.snap.view.record_id
        prop, source, when = self.proposal, None, time_text
        if prop is not None and self.entry.prefilled_time is not None:
            source = prop.source(raw)           # which values the nurse kept, which she changed
            if time_text == self.entry.prefilled_time:
                when = prop.observed_utc        # the monitor's own time, to the second

        def ok(res):
            version, alerts = res
            self.entry.clear_after_save()
            self.draft.discard()
            from bedside.localtime import parse_iso
            self.snap.readings.append({"id": version.record_id, "taken_utc": parse_iso(version.content["taken_utc"]),
                                       "values": version.content["values"], "timepoint": version.content.get("timepoint"),
                                       "version": version.version})
            self._last_alert = {"reading_id": version.record_id, "rules": [a.rule_id for a in alerts]} if alerts else None
            self.alerts.show_alerts(parse_iso(version.content["taken_utc"]), alerts)
            self._rebuild()
            if source is not None:
                self.proposal = None
                self.load_proposal()
            self.changed.emit()

        def fail(err):
            question = _time_question(err)
            if question is not None:
                text, choices = question
                self.entry.ask_time(text, choices)
                return
            self.entry.show_problems(error_messages(err, self.store.protocol, self.lang))

        Op(self.ctx, lambda: self.store.add_reading(rid, raw, when, source=source), parent=self) \
            .busy(self.entry.save).initiator(self) \
            .on_success(ok).on_failure(fail).run()

    def _ae_from_alert(self, term: str):
        self.ae_requested.emit(term, self._last_alert or {})

    def _ae_from_alert_key(self):
        self.ae_requested.emit(self.alerts._term if self.alerts.isVisible() else "", self._last_alert or {})


def _time_question(err):
    """A typed time that needs the nurse's answer (later than now, or the
    autumn night's repeated hour): (question, [(button text, time text)])."""
    from bedside.infusion.errors import InfusionRuleError
    if not isinstance(err, InfusionRuleError) or len(err.messages) != 1:
        return None
    p = err.messages[0]
    if p.code not in ("time_confirm", "time_ambiguous") or not p.params.get("choices"):
        return None
    return problem_text(p), list(zip(p.params["choice_labels"], p.params["choices"]))
