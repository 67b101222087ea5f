"""Export dialog for the data manager (and the administrator): choose the
formats and a folder, run the export on the database worker with a progress
bar; the window never freezes. Pseudonymised by default; the identified
export is offered to the administrator only and says so in its name."""

from __future__ import annotations

from pathlib import Path

from bedside.export.builder import FORMAT_LABELS, FORMATS
from bedside.roles import Permission

from ui.errors import message_for
from ui.ops import Op
from ui.qt import QtCore, QtGui, QtWidgets, Signal
from ui.widgets.buttons import Kind, push_button
from ui.widgets.dialogs import ScreenDialog

QCheckBox = QtWidgets.QCheckBox
QLabel = QtWidgets.QLabel


class ExportDialog(ScreenDialog):
    finished_export = Signal(object)  # ExportResult

    def __init__(self, ctx, parent=None, *, folder: str | None = None) -> None:
        super().__init__(ctx, parent, name="exportDialog")
        self.setWindowTitle(self.tr("Export trial data"))
        self.setMinimumWidth(760)
        self.setStyleSheet("QCheckBox { font-size: 12pt; } QCheckBox::indicator { width: 26px; height: 26px; }")
        session = ctx.session
        lay = QtWidgets.QVBoxLayout(self)
        lay.setSpacing(12)
        lay.addWidget(QLabel(self.tr("Export trial data"), objectName="title"))
        self.privacy_note = QLabel(self.tr(
            "Pseudonymised: patients appear by subject or screening number only, with their age. "
            "No name, hospital number, date of birth or wristband code leaves the ward."), objectName="hint")
        self.privacy_note.setWordWrap(True)
        lay.addWidget(self.privacy_note)

        box = self.formats_box = QtWidgets.QGroupBox(self.tr("Formats"))
        box_lay = QtWidgets.QVBoxLayout(box)
        self.format_boxes: dict[str, QCheckBox] = {}
        for fmt in FORMATS:
            cb = QCheckBox(QtCore.QCoreApplication.translate("core", FORMAT_LABELS[fmt]), objectName=f"fmt_{fmt}")
            cb.setChecked(True)
            cb.setMinimumHeight(36)
            box_lay.addWidget(cb)
            self.format_boxes[fmt] = cb
        lay.addWidget(box)

        row = QtWidgets.QHBoxLayout()
        row.addWidget(QLabel(self.tr("Folder")))
        self.folder = QtWidgets.QLineEdit(objectName="exportFolder")
        self.folder.setPlaceholderText(self.tr("Choose the folder that will receive the export"))
        self.folder.setText(folder or "")
        row.addWidget(self.folder, 1)
        self.choose = push_button(self.tr("Choose folder…"), "chooseFolder", self._choose_folder)
        row.addWidget(self.choose)
        lay.addLayout(row)

        self.identified = QCheckBox(self.tr("Identified export (names, hospital numbers, dates of birth) — "
                                            "administrator only"), objectName="identified")
        self.identified.setMinimumHeight(36)
        allowed = session is not None and session.can(Permission.EXPORT_IDENTIFIED)
        self.can_identify = allowed
        self.identified.setVisible(allowed)
        self.identified.toggled.connect(self._identified_toggled)
        lay.addWidget(self.identified)
        self.identified_warning = QLabel(self.tr(
            "This export contains direct identifiers. Its folder name says IDENTIFIED. "
            "Keep it on the hospital network only."), objectName="fieldError")
        self.identified_warning.setWordWrap(True)
        self.identified_warning.setVisible(False)
        lay.addWidget(self.identified_warning)

        self.progress = QtWidgets.QProgressBar(objectName="exportProgress")
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.setMinimumHeight(28)
        lay.addWidget(self.progress)
        self.status = QLabel(objectName="hint")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.status)
        self.error = QLabel(objectName="fieldError")
        self.error.setWordWrap(True)
        lay.addWidget(self.error)
        self.review_box = self._build_review_box()
        lay.addWidget(self.review_box, 1)
        lay.addStretch(1)

        buttons = QtWidgets.QHBoxLayout()
        self.open_button = push_button(self.tr("Open the export folder"), "openFolder", self._open_folder)
        self.open_button.setVisible(False)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        self.close_button = push_button(self.tr("Close"), "closeButton", self.reject)
        self.export_button = push_button(self.tr("Export"), "primary", self.start, kind=Kind.PRIMARY)
        self.export_button.setMinimumWidth(180)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.export_button)
        lay.addLayout(buttons)

        self.prepared = None
        self.running = False
        self.result = None

    def _build_review_box(self) -> QtWidgets.QGroupBox:
        """Shown when free text holds words that may identify someone and
        that no rule decides: the data manager looks before release."""
        box = QtWidgets.QGroupBox(self.tr("Review before release"), objectName="reviewBox")
        v = QtWidgets.QVBoxLayout(box)
        self.review_note = QLabel(objectName="hint")
        self.review_note.setWordWrap(True)
        v.addWidget(self.review_note)
        self.review_table = QtWidgets.QTableWidget(0, 2, objectName="reviewTable")
        self.review_table.setHorizontalHeaderLabels([self.tr("Word or number"), self.tr("Why it is listed")])
        self.review_table.horizontalHeader().setStretchLastSection(True)
        self.review_table.verticalHeader().setVisible(False)
        self.review_table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.review_table.setMinimumHeight(100)
        self.review_table.setMaximumHeight(170)
        v.addWidget(self.review_table)
        row = QtWidgets.QHBoxLayout()
        self.strike_button = push_button(self.tr("Strike these too and export"), "strikeReviewed",
                                         lambda: self._release(strike=True), kind=Kind.PRIMARY)
        self.keep_button = push_button(self.tr("Checked: export as it is"), "releaseReviewed",
                                       lambda: self._release(strike=False))
        self.cancel_review = push_button(self.tr("Cancel"), "cancelReview", self._cancel_review)
        row.addWidget(self.cancel_review)
        row.addStretch(1)
        row.addWidget(self.keep_button)
        row.addWidget(self.strike_button)
        v.addLayout(row)
        box.setVisible(False)
        return box

    _WHY = {"long number": QtCore.QT_TRANSLATE_NOOP("ExportDialog", "a long number"),
            "unknown capitalised word": QtCore.QT_TRANSLATE_NOOP("ExportDialog", "a capitalised word that may be a name"),
            "close to a known name": QtCore.QT_TRANSLATE_NOOP("ExportDialog", "close to the name of a patient or relative")}

    def _show_review(self, prepared) -> None:
        self.prepared = prepared
        self.review_note.setText(self.tr(
            "{count} words in free text may identify someone. Nothing has been written yet. "
            "Strike them, or confirm you checked them.").format(count=len(prepared.review)))
        self.review_table.setRowCount(len(prepared.review))
        for i, q in enumerate(prepared.review):
            self.review_table.setItem(i, 0, QtWidgets.QTableWidgetItem(q.token))
            self.review_table.setItem(i, 1, QtWidgets.QTableWidgetItem(self.tr(self._WHY.get(q.why, q.why))))
        self.review_table.resizeColumnToContents(0)
        self.review_table.resizeRowsToContents()
        self.formats_box.setVisible(False)  # chosen already: room for the review at 768 px
        self.review_box.setVisible(True)
        self.export_button.setEnabled(False)
        self.progress.setValue(0)
        self.status.setText(self.tr("Waiting for your review."))

    def _cancel_review(self) -> None:
        self.prepared = None
        self.review_box.setVisible(False)
        self.formats_box.setVisible(True)
        self.export_button.setEnabled(True)
        self.progress.setValue(0)
        self.status.setText(self.tr("Export cancelled; nothing was written."))

    def _release(self, *, strike: bool) -> None:
        prepared = self.prepared
        if prepared is None or self.running:
            return
        from bedside.export.service import export_vault, release_export

        session = self.ctx.session
        folder = self.folder.text().strip()
        self.review_box.setVisible(False)
        self.formats_box.setVisible(True)
        self.status.setText(self.tr("Exporting…"))
        if strike:
            words = [q.token for q in prepared.review]
            job = lambda report: export_vault(session, folder, prepared.formats,  # noqa: E731
                                              identified=prepared.identified, also_redact=words,
                                              reviewed=True, progress=report)
        else:
            job = lambda _report: release_export(session, prepared, folder, reviewed=True)  # noqa: E731
        self.prepared = None
        self._run(job, self._done)

    # -- actions -------------------------------------------------------------
    def _choose_folder(self) -> None:
        chosen = QtWidgets.QFileDialog.getExistingDirectory(self, self.tr("Folder for the export"),
                                                            self.folder.text() or str(Path.home()))
        if chosen:
            self.folder.setText(chosen)

    def _identified_toggled(self, on: bool) -> None:
        self.identified_warning.setVisible(on)

    def selected_formats(self) -> list[str]:
        return [f for f, cb in self.format_boxes.items() if cb.isChecked()]

    def start(self) -> None:
        if self.running:
            return
        from bedside.export.service import prepare_export, release_export, writable_folder

        session = self.ctx.session
        folder = self.folder.text().strip()
        formats = self.selected_formats()
        identified = self.can_identify and self.identified.isChecked()
        self.error.clear()
        self.status.setText(self.tr("Exporting…"))
        self.progress.setValue(0)
        self.review_box.setVisible(False)

        def job(report):
            writable_folder(folder)
            prepared = prepare_export(session, formats, identified=identified, progress=report)
            if prepared.review:
                return prepared  # the data manager looks first
            return release_export(session, prepared, folder)

        self._run(job, self._prepared_or_done)

    def _run(self, job, on_success) -> None:
        """The export on the DB worker: every control waits, progress reaches the bar."""
        self.running = True
        Op(self.ctx, job, parent=self).progress(self._progressed) \
            .busy(self.export_button, self.close_button, self.choose, self.folder, self.identified,
                  *self.format_boxes.values()) \
            .on_success(lambda outcome: (self._stopped(), on_success(outcome))) \
            .on_failure(lambda err: (self._stopped(), self._failed(err))).run()

    def _stopped(self) -> None:
        self.running = False

    def _prepared_or_done(self, outcome) -> None:
        from bedside.export.service import PreparedExport

        if isinstance(outcome, PreparedExport):
            self._show_review(outcome)
        else:
            self._done(outcome)

    def _progressed(self, step: int, total: int, _label: str = "") -> None:
        self.progress.setValue(int(100 * step / max(total, 1)))

    def _done(self, result) -> None:
        self.result = result
        self.progress.setValue(100)
        self.status.setText(self.tr("Export written: {count} files in {folder}").format(
            count=len(result.files), folder=str(result.folder)))
        self.open_button.setVisible(True)
        self.finished_export.emit(result)

    def _open_folder(self) -> None:
        if self.result is not None:
            QtGui.QDesktopServices.openUrl(QtCore.QUrl.fromLocalFile(str(self.result.folder)))

    def _failed(self, err: BaseException) -> None:
        self.progress.setValue(0)
        self.status.clear()
        self.error.setText(message_for(err))

    def reject(self) -> None:  # no closing while the worker writes
        if not self.running:
            super().reject()
