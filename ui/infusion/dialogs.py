"""Checks before the start (product and dose, two-person check) and the
lifecycle dialogs (pause reason, stop outcome, reading correction)."""
from __future__ import annotations

from datetime import datetime, timezone

from bedside.infusion import dose as dose_mod
from bedside.infusion.errors import InfusionRuleError
from bedside.infusion.store import InfusionStore
from bedside import localtime
from bedside.infusion.timeentry import parse_label_datetime
from ui.infusion.common import error_messages
from ui.widgets.buttons import Kind, Size, push_button
from ui.ops import Op
from ui.screen_fit import fit_size
from ui.style import colour
from ui.infusion.entry_row import EntryRow
from ui.i18n import current_language, format_number
from ui.qt import QtCore, QtWidgets, Qt

FORM_CSS = ("QLineEdit, QComboBox, QDateTimeEdit, QSpinBox, QPlainTextEdit { font-size: 14pt; min-height: 36px; }"
            " QLabel { font-size: 13pt; } QCheckBox, QRadioButton { font-size: 14pt; min-height: 32px; }")


class _Dialog(QtWidgets.QDialog):
    def __init__(self, title: str, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.setStyleSheet(FORM_CSS)
        # the fields scroll inside the dialog; Save/Cancel stay on screen whatever
        # an error or an override adds (issue 16 item 14)
        top = QtWidgets.QVBoxLayout(self)
        self.scroll = QtWidgets.QScrollArea()
        self.scroll.setObjectName("dialogBody")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QtWidgets.QFrame.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        body = QtWidgets.QWidget()
        self.outer = QtWidgets.QVBoxLayout(body)
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.scroll.setWidget(body)
        top.addWidget(self.scroll, 1)
        self.form = QtWidgets.QFormLayout()
        self.form.setLabelAlignment(Qt.AlignRight | Qt.AlignVCenter)
        self.outer.addLayout(self.form)
        self.error = QtWidgets.QLabel()
        self.error.setObjectName("dialogError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {colour('error_text')}; font-weight: bold; font-size: 13pt;")
        self.error.hide()
        top.addWidget(self.error)
        self.outer.addStretch(1)
        row = QtWidgets.QHBoxLayout()
        row.addStretch(1)
        self.cancel = push_button(self.tr("Cancel"), "dialogCancel", size=Size.LARGE)
        self.ok = push_button(self.tr("Confirm"), "dialogOk", kind=Kind.OK, size=Size.LARGE)
        self.ok.setDefault(True)
        self.cancel.clicked.connect(self.reject)
        self.ok.clicked.connect(self._submit)
        row.addWidget(self.cancel)
        row.addWidget(self.ok)
        top.addLayout(row)
        self.result_value = None

    def sizeHint(self):
        """As big as the fields want, never bigger than the screen's free area."""
        return fit_size(super().sizeHint(), self)

    def _fit(self):
        cap = fit_size(QtCore.QSize(10 ** 5, 10 ** 5), self)
        self.setMaximumSize(cap)
        if self.width() > cap.width() or self.height() > cap.height():
            self.resize(min(self.width(), cap.width()), min(self.height(), cap.height()))

    def showEvent(self, e):
        self._fit()
        super().showEvent(e)
        self.activateWindow()
        QtCore.QTimer.singleShot(0, self.focus_first)

    def focus_first(self):
        for i in range(self.form.rowCount()):
            item = self.form.itemAt(i, QtWidgets.QFormLayout.FieldRole)
            w = item.widget() if item else None
            if isinstance(w, QtWidgets.QLineEdit) and w.isEnabled():
                w.setFocus(Qt.OtherFocusReason)
                return

    def line(self, name: str, label: str, placeholder: str = "", password: bool = False) -> QtWidgets.QLineEdit:
        e = QtWidgets.QLineEdit()
        e.setObjectName(name)
        e.setPlaceholderText(placeholder)
        if password:
            e.setEchoMode(QtWidgets.QLineEdit.Password)
        self.form.addRow(label, e)
        return e

    def add_override_box(self, title: str, names: tuple[str, str, str],
                     labels: tuple[str, str, str]) -> QtWidgets.QGroupBox:
        """The investigator override under the form: a reason, the
        investigator's user name and password (``names``: their object
        names; ``labels``: their translated labels), inserted after the form."""
        box = QtWidgets.QGroupBox(title)
        rows = QtWidgets.QFormLayout(box)
        self.override_reason, self.inv_user, self.inv_pass = (QtWidgets.QLineEdit(objectName=n) for n in names)
        self.inv_pass.setEchoMode(QtWidgets.QLineEdit.Password)
        for label, field in zip(labels, (self.override_reason, self.inv_user, self.inv_pass)):
            rows.addRow(label, field)
        self.outer.insertWidget(1, box)
        return box

    def show_error(self, err):
        self.error.setText("\n".join(t for _, t in error_messages(err)))
        self.error.show()
        self._fit()

    def _submit(self):
        self.error.hide()
        try:
            fn = self.work()
        except Exception as e:  # noqa: BLE001
            self.show_error(e)
            return
        Op(self.ctx, fn, parent=self).busy(self.ok).on_success(self._done).on_failure(self.show_error).run()

    def _done(self, value):
        self.result_value = value
        self.accept()

    def work(self):  # returns a callable doing the vault work
        raise NotImplementedError


def _dt_edit(name: str, when: datetime) -> QtWidgets.QDateTimeEdit:
    e = QtWidgets.QDateTimeEdit(QtCore.QDateTime(localtime.to_local(when).replace(tzinfo=None)))
    e.setObjectName(name)
    e.setDisplayFormat("dd/MM/yyyy HH:mm")
    e.setCalendarPopup(True)
    return e


def _read_dt(e: QtWidgets.QDateTimeEdit) -> datetime:
    """The edit shows the site's wall time: read it back in that zone (the
    earlier instant when the autumn night repeats it)."""
    return e.dateTime().toPython().replace(tzinfo=localtime.display_zone(), fold=0).astimezone(timezone.utc)


class ProductDoseDialog(_Dialog):
    """Product identity (scanned or typed), viable cells, volume, expiry or
    thaw time, weight and live dose; overrides by an investigator with a reason."""

    def __init__(self, ctx, store: InfusionStore, patient_id: str, number: int, patient: dict, planned=None,
                 weight_time: datetime | None = None, parent=None):
        super().__init__(self.tr("Infusion {n}: product and dose").format(n=number), ctx, parent)
        self.store, self.patient_id, self.number = store, patient_id, number
        p = store.protocol
        now = store.now()
        self.bag = self.line("bag_id", self.tr("Bag id (scan)"))
        self.donor = self.line("donor_id", self.tr("Donor id (scan)"))
        self.cells = self.line("viable_cells", self.tr("Viable cells (×10⁶)"))
        self.volume = self.line("volume_ml", self.tr("Volume (mL)"))
        self.expiry_kind = QtWidgets.QComboBox()
        self.expiry_kind.setObjectName("expiry_kind")
        self.expiry_kind.addItems([self.tr("Expiry on label"), self.tr("Thaw time")])
        self.form.addRow(self.tr("Time limit"), self.expiry_kind)
        # typed from the label, never defaulted: an unread expiry must not pass the check
        self.expiry = self.line("expiry", self.tr("Date and time"), self.tr("from the label, e.g. 25/11 15:00"))
        self.weight = self.line("weight_kg", self.tr("Weight (kg)"))
        self.weight.setText(str(patient.get("weight_kg", "")))
        self.weight_time = _dt_edit("weight_time", weight_time or now)
        self.form.addRow(self.tr("Weighed at"), self.weight_time)
        self.dose = QtWidgets.QLabel("—")
        self.dose.setObjectName("doseShown")
        self.dose.setStyleSheet("font-size: 22pt; font-weight: bold;")
        self.form.addRow(self.tr("Dose"), self.dose)
        self.stale = QtWidgets.QLabel(self.tr("The weight is older than {h} h: weigh the patient and set the time.").format(
            h=p.weight_max_age_hours))
        self.stale.setObjectName("weightStale")
        self.stale.setWordWrap(True)
        self.stale.setStyleSheet(f"color: {colour('blocker_text')}; font-weight: bold;")
        self.form.addRow("", self.stale)
        self._forced_override = False
        self.window_reason = self.line("window_reason", self.tr("Out-of-window reason"),
                                       self.tr("only if outside the planned window"))
        if planned is not None:
            self.window_reason.setPlaceholderText(self.tr("only if outside {a}–{b}").format(
                a=planned.window_start.strftime("%d/%m"), b=planned.window_end.strftime("%d/%m")))
        self.override_box = self.add_override_box(
            self.tr("Investigator override"),
            ("override_reason", "investigator_username", "investigator_password"),
            (self.tr("Reason"), self.tr("Investigator"), self.tr("Password")))
        self.override_box.setVisible(False)
        self.ok.setText(self.tr("Record product and dose"))
        for w in (self.cells, self.weight, self.donor):
            w.textChanged.connect(self._live)
        self.weight_time.dateTimeChanged.connect(self._live)
        self._live()

    def _live(self):
        p = self.store.protocol
        r = dose_mod.compute(p, self.cells.text(), self.weight.text(), _read_dt(self.weight_time), self.store.now())
        stale = any(pr.code == "weight_stale" for pr in r.problems)
        if r.shown:
            text = self.tr("{v} ×10⁶/kg").format(v=format_number(r.shown))
            if not r.in_range:
                text += "  " + self.tr("(outside {a}–{b})").format(a=p.dose_min, b=p.dose_max)
            self.dose.setText(text)
            self.dose.setStyleSheet("font-size: 22pt; font-weight: bold; color: %s;" % colour("state_running" if r.in_range else "error_text"))
        else:
            self.dose.setText("—")
        self.stale.setVisible(stale)
        prev = [i.content["product"]["donor_id"] for i in getattr(self, "_infs", [])]
        donor = self.donor.text().strip().upper()
        need = r.needs_override or bool(prev and donor and donor not in prev)
        self.override_box.setVisible(need or self._forced_override)

    def set_previous(self, infusions):
        self._infs = infusions
        self._live()

    def work(self):
        entry = {"bag_id": self.bag.text(), "donor_id": self.donor.text(),
                 "viable_cells_millions": self.cells.text(), "volume_ml": self.volume.text()}
        field = "expiry_utc" if self.expiry_kind.currentIndex() == 0 else "thaw_utc"
        when, problem = parse_label_datetime(self.expiry.text(), self.store.now(), field, self.store.zone())
        if problem:
            raise InfusionRuleError([problem])
        if self.expiry_kind.currentIndex() == 0:
            entry["expiry_utc"] = when
        else:
            entry["thaw_utc"] = when
        reason = self.override_reason.text()
        user, password = self.inv_user.text(), self.inv_pass.text()
        weight, wtime, wreason = self.weight.text(), _read_dt(self.weight_time), self.window_reason.text()

        def do():
            inv = self.store.authenticate_investigator(user, password) if user.strip() else None
            return self.store.prepare(self.patient_id, self.number, entry, weight, wtime, wreason,
                                      donor_override_reason=reason, dose_override_reason=reason, investigator=inv)
        return do

    def show_error(self, err):
        super().show_error(err)
        if any(getattr(p, "code", "") in ("dose_range", "donor_mismatch") for p in getattr(err, "messages", [])):
            self._forced_override = True
            self.override_box.setVisible(True)


class TwoPersonDialog(_Dialog):
    """A second, different user confirms identity (wristband) and label."""

    def __init__(self, ctx, store: InfusionStore, infusion_record_id: str, parent=None):
        super().__init__(self.tr("Two-person bedside check"), ctx, parent)
        self.store, self.rid = store, infusion_record_id
        intro = QtWidgets.QLabel(self.tr("A second person — not {name} — checks the patient and the bag.").format(
            name=store.session.user.display_name))
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.wristband = self.line("wristband", self.tr("Scan wristband"))
        self.label_ok = QtWidgets.QCheckBox(self.tr("Label matches patient, bag id and donor id"))
        self.label_ok.setObjectName("label_ok")
        self.form.addRow("", self.label_ok)
        self.user = self.line("second_username", self.tr("Second person: user"))
        self.password = self.line("second_password", self.tr("Their password"), password=True)
        self.ok.setText(self.tr("Confirm check"))

    def work(self):
        args = (self.rid, self.user.text(), self.password.text(), self.wristband.text(), self.label_ok.isChecked())
        return lambda: self.store.two_person_check(*args)


class PauseDialog(_Dialog):
    def __init__(self, ctx, store: InfusionStore, rid: str, parent=None):
        super().__init__(self.tr("Pause the infusion"), ctx, parent)
        self.store, self.rid = store, rid
        self.reason = self.line("pause_reason", self.tr("Reason"))
        self.ok.setText(self.tr("Pause"))

    def work(self):
        reason = self.reason.text()
        return lambda: self.store.event(self.rid, "pause", reason=reason)


class StopDialog(_Dialog):
    def __init__(self, ctx, store: InfusionStore, rid: str, parent=None):
        super().__init__(self.tr("Stop the infusion"), ctx, parent)
        self.store, self.rid = store, rid
        self.outcome = QtWidgets.QComboBox()
        self.outcome.setObjectName("outcome")
        for key, text in (("complete", self.tr("Complete")), ("partial", self.tr("Partial (volume given)")),
                          ("aborted", self.tr("Aborted"))):
            self.outcome.addItem(text, key)
        self.form.addRow(self.tr("Outcome"), self.outcome)
        self.volume = self.line("volume_given", self.tr("Volume given (mL)"), self.tr("partial only"))
        self.reason = self.line("stop_reason", self.tr("Reason"), self.tr("if not complete"))
        self.ok.setText(self.tr("Stop infusion"))

    def work(self):
        outcome, vol, reason = self.outcome.currentData(), self.volume.text(), self.reason.text()
        return lambda: self.store.event(self.rid, "stop", reason=reason, outcome=outcome, volume_given_ml=vol)


class CorrectReadingDialog(_Dialog):
    """Correct a flowsheet row: a new version with a reason."""

    def __init__(self, ctx, store: InfusionStore, reading: dict, parent=None):
        """reading: the flowsheet row dict (id, taken_utc, values) from the snapshot."""
        super().__init__(self.tr("Correct a reading"), ctx, parent)
        self.store, self.rid = store, reading["id"]
        self.row = EntryRow(store.protocol, current_language())
        self.row.save.hide()
        self.outer.insertWidget(0, self.row)
        from ui.infusion.common import local_time
        self.row.fields["time"].setText(local_time(reading["taken_utc"]))
        for k, val in reading["values"].items():
            if k in self.row.fields:
                self.row.fields[k].setText(val)
        self.reason = self.line("correction_reason", self.tr("Reason for the correction"))
        self.row.submitted.connect(lambda *_: self._submit())
        self.ok.setText(self.tr("Save correction"))

    def work(self):
        raw = {k: f.text() for k, f in self.row.fields.items() if k != "time"}
        t, reason = self.row.fields["time"].text(), self.reason.text()
        return lambda: self.store.correct_reading(self.rid, raw, t, reason)


class CorrectInfusionDialog(_Dialog):
    """Correct what was recorded about the product or the weight: a new
    version with a reason; the dose is checked again."""

    def __init__(self, ctx, store: InfusionStore, view, parent=None):
        super().__init__(self.tr("Correct infusion {n}: product and dose").format(n=view.number), ctx, parent)
        self.store, self.rid = store, view.record_id
        c = view.content
        self.cells = self.line("fix_cells", self.tr("Viable cells (×10⁶)"))
        self.cells.setText(c["product"]["viable_cells_millions"])
        self.volume = self.line("fix_volume", self.tr("Volume (mL)"))
        self.volume.setText(c["product"]["volume_ml"])
        self.weight = self.line("fix_weight", self.tr("Weight (kg)"))
        self.weight.setText(c["weight_kg"])
        self.reason = self.line("fix_reason", self.tr("Reason for the correction"))
        self.add_override_box(self.tr("Investigator override (dose outside the range)"),
                              ("fix_override_reason", "fix_investigator", "fix_investigator_password"),
                              (self.tr("Reason"), self.tr("Investigator"), self.tr("Password")))
        self.ok.setText(self.tr("Save correction"))

    def work(self):
        changes = {"viable_cells_millions": self.cells.text(), "volume_ml": self.volume.text(),
                   "weight_kg": self.weight.text()}
        reason, oreason = self.reason.text(), self.override_reason.text()
        user, password = self.inv_user.text(), self.inv_pass.text()

        def do():
            inv = self.store.authenticate_investigator(user, password) if user.strip() else None
            return self.store.correct_infusion(self.rid, changes, reason, investigator=inv, override_reason=oreason)
        return do
