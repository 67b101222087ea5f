"""The checklist's rows: a criterion with its inputs, a lab series, the
SARS-CoV-2 tests. Each row paints what the presenter decided and sends its
writes through the checklist's runner."""
from __future__ import annotations

import html

from bedside.eligibility import service
from bedside.eligibility.units import fmt, units_for
from bedside.eligibility.validate import parse_covid_test
from bedside.errors import BedsideError
from ui.errors import message_for
from ui.i18n import format_number
from ui.ops import Op
from ui.qt import QtGui, QtWidgets, Qt
from ui.widgets.buttons import push_button
from ui.widgets.choices import ChoiceButtons

from ..texts import choice_text
from ..widgets import Field, StatusChip, local_text, wrap_label
from .dialogs import LabCorrectionDialog


def _num(x) -> str:
    """A lab value for people, in the interface's locale (0,65 in French)."""
    text = fmt(float(x)) if not isinstance(x, (int, float, str)) else fmt(x)
    return format_number(text)


def _entered(text: str) -> str:
    """What was typed ("0.65 ×10⁹/L"), its number in the locale."""
    number, sep, unit = (text or "").partition(" ")
    return f"{format_number(number)}{sep}{unit}"


class LabRow(QtWidgets.QWidget):
    """One lab: previous values, and a row to add a new timed value."""

    def __init__(self, checklist: "ChecklistWidget", lab: str, label: str, not_done=None, lang: str = "en"):
        """``not_done``: the protocol's "not done" input (its choices are the
        reasons), when the protocol lets a value be recorded as not done."""
        super().__init__(checklist)
        self.c, self.lab = checklist, lab
        self.setObjectName(f"lab_{lab}")
        lay = QtWidgets.QGridLayout(self)
        lay.setContentsMargins(0, 2, 0, 2)
        name = QtWidgets.QLabel(f"<b>{label}</b>")
        name.ensurePolished()                   # the style sheet's font, then measure
        bold = name.font()
        bold.setBold(True)
        name.setMinimumWidth(max(96, QtGui.QFontMetrics(bold).horizontalAdvance(label) + 6))
        lay.addWidget(name, 0, 0)
        self.previous = wrap_label("", "hint")
        self.previous.setObjectName(f"previous_{lab}")
        lay.addWidget(self.previous, 0, 1, 1, 4)
        self.time = Field(self.tr("DD/MM/YYYY HH:MM"), self)
        self.time.setObjectName(f"time_{lab}")
        # the format hint read whole ("JJ/MM/AAAA HH:MM"), never cut
        self.time.ensurePolished()
        self.time.setMinimumWidth(self.time.fontMetrics().horizontalAdvance(self.time.placeholderText()) + 28)
        self.value = Field(self.tr("value"), self)
        self.value.setObjectName(f"value_{lab}")
        self.value.setMaximumWidth(110)
        self.value.ensurePolished()
        self.value.setMinimumWidth(self.value.fontMetrics().horizontalAdvance(self.value.placeholderText()) + 24)
        self.unit = QtWidgets.QComboBox(self)
        self.unit.setObjectName(f"unit_{lab}")
        self.unit.addItems(units_for(lab))
        self.unit.setMinimumHeight(34)
        self.add = push_button(self.tr("Add"), f"add_{lab}", self.submit, self)
        self.value.returnPressed.connect(self.submit)
        self.error = wrap_label("", "error")
        self.fix = push_button(self.tr("Correct last…"), f"fix_{lab}", self.correct_last, self)
        self.entries = []
        self.offers = []                       # results from the lab system, not yet accepted
        self.offer_text = wrap_label("", "offer")
        self.offer_text.setObjectName(f"lab_offer_{lab}")
        self.take = push_button(self.tr("Accept from the lab"), f"accept_{lab}", self.accept_offers, self)
        lay.addWidget(self.offer_text, 3, 1, 1, 3)
        lay.addWidget(self.take, 3, 4)
        self.offer_text.hide()
        self.take.hide()
        lay.addWidget(self.time, 1, 1)
        lay.addWidget(self.value, 1, 2)
        lay.addWidget(self.unit, 1, 3)
        lay.addWidget(self.add, 1, 4)
        lay.addWidget(self.fix, 2, 4)
        lay.addWidget(self.error, 2, 1, 1, 3)
        self.not_done = None
        if not_done is not None:
            lay.addWidget(QtWidgets.QLabel(self.tr("Not done:")), 3, 0, 1, 5)
            self.not_done = ChoiceButtons([(c, not_done.choice_label(c, lang)) for c in not_done.choices], self)
            self.not_done.setObjectName(f"not_done_{lab}")
            self.not_done.setToolTip(self.tr("Only when this value was not measured: the reason. Delete clears it."))
            self.not_done.changed.connect(checklist.reevaluate)
            lay.addWidget(self.not_done, 4, 0, 1, 5)
        lay.setColumnStretch(1, 2)
        self.error.hide()

    def show_series(self, entries, tz) -> None:
        self.entries, self.tz = list(entries), tz
        self.fix.setVisible(bool(entries))
        if not entries:
            self.previous.setText(self.tr("No value yet."))
            return
        last = entries[-1]
        parts = [self.tr("Previous: {value} {unit} at {time}").format(
            value=_num(last.value), unit=service.canonical_unit(self.lab), time=local_text(last.time.isoformat(), tz))]
        if last.entered and last.entered.split(" ", 1)[-1] != service.canonical_unit(self.lab):
            parts.append(self.tr("(entered {entered})").format(entered=_entered(last.entered)))
        if len(entries) > 1:
            before = entries[-2]
            parts.append(self.tr("— before: {value} at {time}").format(
                value=_num(before.value), time=local_text(before.time.isoformat(), tz)))
        self.previous.setText(" ".join(parts))

    def show_offers(self, offers, tz) -> None:
        """Results the lab system sent for this patient (docs/hl7.md)."""
        self.offers = list(offers)
        if offers:
            parts = [self.tr("{value} {unit} sampled {time}").format(
                value=_num(o.value), unit=service.canonical_unit(self.lab),
                time=local_text(o.sampled_utc.isoformat(), tz)) for o in offers]
            self.offer_text.setText(self.tr("From the lab system: ") + " · ".join(parts))
        self.offer_text.setVisible(bool(offers))
        self.take.setVisible(bool(offers))

    def accept_offers(self) -> None:
        from bedside.hl7feed.labs import accept_labs
        c, offers = self.c, list(self.offers)
        if offers:
            session, pid = c.session, c.patient_id
            Op(c.ctx, lambda: accept_labs(session, pid, offers), parent=self).busy(self.take) \
                .on_success(self._added).on_failure(self._refused).run()

    def submit(self) -> None:
        c = self.c
        args = (c.session, c.patient_id, self.lab, self.time.text(), self.value.text(), self.unit.currentText())
        label = c.protocol.inputs[self.lab].label[c.lang]
        Op(c.ctx, lambda: service.add_lab_value(*args, field_label=label), parent=self) \
            .on_success(self._added).on_failure(self._refused).run()

    def correct_last(self) -> None:
        if not self.entries:
            return
        c = self.c
        last = self.entries[-1]
        dlg = LabCorrectionDialog(self.lab, c.protocol.inputs[self.lab].label[c.lang], last, self.tz, self)
        def submit():
            args = (c.session, last.record_id, dlg.time.text(), dlg.value.text(), dlg.unit.currentText(),
                    dlg.reason.text())
            Op(c.ctx, lambda: service.correct_lab_value(*args), parent=dlg).busy(dlg.save_button) \
                .on_success(lambda entry: (dlg.accept(), self._added(entry))) \
                .on_failure(lambda err: dlg.error.setText(message_for(err))).run()   # the dialog stays open
        dlg.submitted.connect(submit)
        dlg.exec()

    def _refused(self, err) -> None:
        self.error.setText(message_for(err))
        self.error.show()
        self.value.set_state("error")

    def _added(self, _entry) -> None:
        self.error.hide()
        self.value.set_state("")
        self.value.clear()
        self.c.reload_labs()
        self.time.setFocus()
        self.time.selectAll()


class TestSeries(QtWidgets.QWidget):
    """SARS-CoV-2 tests entered on the checklist (date, method, result)."""

    def __init__(self, checklist: "ChecklistWidget"):
        super().__init__(checklist)
        self.c = checklist
        self.tests: list[dict] = []
        lay = QtWidgets.QGridLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.listing = wrap_label("", "hint")
        self.listing.setObjectName("covid_tests_list")
        lay.addWidget(self.listing, 0, 0, 1, 5)
        self.date = Field(self.tr("DD/MM/YYYY"), self)
        self.date.setObjectName("covid_test_date")
        self.date.setMaximumWidth(150)
        self.method = ChoiceButtons([("pcr", choice_text("pcr")), ("serology", choice_text("serology"))], self)
        self.method.setObjectName("covid_test_method")
        self.result = ChoiceButtons([("positive", choice_text("positive")), ("negative", choice_text("negative"))],
                                    self)
        self.result.setObjectName("covid_test_result")
        self.add = push_button(self.tr("Add test"), "covid_test_add", self.submit, self)
        self.remove = push_button(self.tr("Remove last"), "covid_test_remove", self.remove_last, self)
        self.error = wrap_label("", "error")
        self.error.hide()
        lay.addWidget(self.date, 1, 0)
        lay.addWidget(self.method, 1, 1, 1, 2)
        lay.addWidget(self.result, 2, 0, 1, 2)
        lay.addWidget(self.add, 2, 2)
        lay.addWidget(self.remove, 2, 3)
        lay.addWidget(self.error, 3, 0, 1, 4)
        lay.setColumnStretch(4, 1)

    def set_tests(self, tests) -> None:
        self.tests = [dict(t) for t in (tests or [])]
        self._show()

    def _show(self) -> None:
        if not self.tests:
            self.listing.setText(self.tr("No test entered."))
            return
        self.listing.setText("; ".join(
            f"{local_text(t['date'], None, with_time=False)} {choice_text(t['method'])} "
            f"{choice_text(t['result'])}" for t in self.tests))

    def submit(self) -> None:
        try:
            t = parse_covid_test(self.date.text(), self.method.value(), self.result.value(), self.tr("Test"),
                                 self.c.session.clock.now().astimezone(self.c.tz).date())
        except BedsideError as e:
            self.error.setText(message_for(e))
            self.error.show()
            return
        self.error.hide()
        self.tests.append(t)
        self.tests.sort(key=lambda x: x["date"])
        self.date.clear()
        self.method.set_value(None)
        self.result.set_value(None)
        self._show()
        self.c.reevaluate()

    def remove_last(self) -> None:
        if self.tests:
            self.tests.pop()
            self._show()
            self.c.reevaluate()


class CriterionRow(QtWidgets.QFrame):
    def __init__(self, checklist: "ChecklistWidget", crit, lang: str):
        super().__init__(checklist)
        self.crit = crit
        self.setObjectName(f"criterion_{crit.id}")
        self.setFrameShape(QtWidgets.QFrame.StyledPanel)
        self.lay = QtWidgets.QGridLayout(self)
        self.lay.setContentsMargins(6, 6, 6, 6)
        self.chip = StatusChip(self)
        self.chip.setObjectName(f"chip_{crit.id}")
        self.lay.addWidget(self.chip, 0, 0, Qt.AlignTop)
        head = wrap_label(f"<b>{crit.id}</b> — {html.escape(crit.text[lang])}", "registry")
        head.setTextFormat(Qt.RichText)
        self.lay.addWidget(head, 0, 1)
        self.lay.setColumnStretch(1, 1)
        self.inputs = QtWidgets.QFormLayout()
        self.inputs.setLabelAlignment(Qt.AlignLeft)
        self.inputs.setRowWrapPolicy(QtWidgets.QFormLayout.WrapLongRows)
        self.lay.addLayout(self.inputs, 1, 0, 1, 2)
        self.reasons = wrap_label("", "reason")
        self.reasons.setTextFormat(Qt.PlainText)
        self.reasons.setObjectName(f"reasons_{crit.id}")
        self.lay.addWidget(self.reasons, 2, 0, 1, 2)
