"""Resolve one sync conflict: the versions side by side, a choice per field
(or a whole version), a required reason; saved as a new version that
supersedes every head and names them in its reason."""

from __future__ import annotations

from bedside.field_words import RECORD_FIELDS, RECORD_TYPES, word_for
from bedside.sync.conflicts import ConflictInfo, resolve

from .errors import show_error
from .ops import Op
from .stored_values import format_stored
from .qt import (QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                 QScrollArea, QVBoxLayout, QWidget, QtWidgets, translate)
from .widgets.buttons import Kind, push_button
from .widgets.dialogs import ScreenDialog


class ResolveConflictDialog(ScreenDialog):
    def __init__(self, ctx, conflict: ConflictInfo, parent=None) -> None:
        super().__init__(ctx, parent, size=(1100, 620))
        self.setWindowTitle(self.tr("Resolve a sync conflict"))
        self.conflict, self.heads, self.saved = conflict, conflict.heads, None
        self.setStyleSheet("QRadioButton { font-size: 13pt; spacing: 10px; } "
                           "QRadioButton::indicator { width: 26px; height: 26px; }")
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr("This {kind} was changed on two PCs at the same time. "
                               "Choose, for each line, the value to keep.")
                       .format(kind=translate("core", word_for(RECORD_TYPES, conflict.record_type))), objectName="banner")
        intro.setWordWrap(True)
        lay.addWidget(intro)

        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.setHorizontalSpacing(18)
        grid.addWidget(QLabel(self.tr("Field"), objectName="banner"), 0, 0)
        self.whole: list[QPushButton] = []
        for j, h in enumerate(self.heads):
            head = QLabel(self.tr("Version {letter}\n{author} · {pc}\n{when} UTC").format(
                letter=chr(65 + j), author=h.author_name, pc=h.workstation_id,
                when=h.created_utc.strftime("%d/%m %H:%M")), objectName="banner")
            grid.addWidget(head, 0, j + 1)
            reason = QLabel(self.tr("Reason: {reason}").format(reason=h.reason or "—"),
                            objectName="hint")
            reason.setWordWrap(True)
            grid.addWidget(reason, 1, j + 1)
        self.fields = sorted({k for h in self.heads for k in h.content})
        self.choice: dict[str, QtWidgets.QButtonGroup] = {}
        differing = set(conflict.changed_fields())
        for i, field in enumerate(self.fields, start=2):
            name = QLabel(translate("core", word_for(RECORD_FIELDS, field)))
            if field in differing:
                name.setStyleSheet("font-weight: bold; color: #b3261e;")
            grid.addWidget(name, i, 0)
            group = QtWidgets.QButtonGroup(self)
            for j, h in enumerate(self.heads):
                text = format_stored(h.content.get(field))   # 14/03/1961, 176 in French
                if field in differing:
                    rb = QtWidgets.QRadioButton(text)
                    rb.setMinimumHeight(36)
                    group.addButton(rb, j)
                    grid.addWidget(rb, i, j + 1)
                else:
                    grid.addWidget(QLabel(text), i, j + 1)
            if field in differing:
                self.choice[field] = group
                group.buttonToggled.connect(lambda *_: self._update())
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_host)
        lay.addWidget(scroll, 1)

        quick = QHBoxLayout()
        for j in range(len(self.heads)):
            b = push_button(self.tr("Keep version {letter} entirely").format(letter=chr(65 + j)),
                            clicked=lambda _=False, j=j: self.choose_all(j))
            quick.addWidget(b)
            self.whole.append(b)
        quick.addStretch(1)
        lay.addLayout(quick)
        self.reason = QLineEdit(objectName="conflictReason")
        self.reason.setPlaceholderText(self.tr("Why this choice? (required)"))
        self.reason.textChanged.connect(lambda _t: self._update())
        lay.addWidget(self.reason)
        row = QHBoxLayout()
        self.hint = QLabel(objectName="hint")
        row.addWidget(self.hint, 1)
        cancel = push_button(self.tr("Cancel"), clicked=self.reject)
        self.save = push_button(self.tr("Save resolution"), "primary", self.do_save, kind=Kind.PRIMARY)
        row.addWidget(cancel)
        row.addWidget(self.save)
        lay.addLayout(row)
        self._update()

    def choose_all(self, j: int) -> None:
        for group in self.choice.values():
            btn = group.button(j)
            if btn is not None:
                btn.setChecked(True)

    def chosen_content(self) -> dict | None:
        out: dict = {}
        votes = [0] * len(self.heads)
        for field in self.fields:
            if field in self.choice:
                j = self.choice[field].checkedId()
                if j < 0:
                    return None
                votes[j] += 1
                src = self.heads[j].content
            else:
                src = next(h.content for h in self.heads if field in h.content)
            if field in src:
                out[field] = src[field]
        self._base = self.heads[max(range(len(votes)), key=lambda k: votes[k])].id
        return out

    def _update(self) -> None:
        content = self.chosen_content()
        missing = content is None
        self.hint.setText(self.tr("Choose a value on every red line.") if missing else
                          (self.tr("Give a reason.") if not self.reason.text().strip() else ""))
        self.save.setEnabled(not missing and bool(self.reason.text().strip()))

    def do_save(self) -> None:
        content = self.chosen_content()
        if content is None:
            return
        session, rid, note, base = (self.ctx.session, self.conflict.record_id,
                                    self.reason.text(), self._base)
        Op(self.ctx, lambda: resolve(session, rid, content, note, base_entry_id=base), parent=self) \
            .busy(self.save) \
            .on_success(self._saved).on_failure(self._failed).run()

    def _saved(self, version) -> None:
        self.saved = version
        self.accept()

    def _failed(self, err) -> None:
        self._update()
        show_error(self, err)
