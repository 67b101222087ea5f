"""Endpoints and CONSORT, for investigators and the data manager: the
day-28 safety endpoints (AEs by CTCAE grade and seriousness, AESI by
category) per patient and for the study, Group B vital status at day 28,
and the CONSORT flow diagram drawn from the same counts as the export."""
from __future__ import annotations

from bedside.followup.protocol import load
from bedside.export.study_report import study_report
from ui.followup.forms_common import words
from ui.i18n import current_language
from ui.ops import Op
from ui.qt import QtCore, QtGui, QtSvg, QtWidgets, Qt
from ui.widgets.labels import wrapped_label

GRADES = (1, 2, 3, 4, 5)


def _two_lines(title: str) -> str:
    """A column title over 12 characters broken at its middle space."""
    if len(title) <= 12 or " " not in title:
        return title
    spaces = [i for i, c in enumerate(title) if c == " "]
    cut = min(spaces, key=lambda i: abs(i - len(title) / 2))
    return title[:cut] + "\n" + title[cut + 1:]


class EndpointsDialog(QtWidgets.QDialog):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.setObjectName("EndpointsDialog")
        self.ctx, self.report = ctx, None
        self.setWindowTitle(self.tr("Endpoints and CONSORT"))
        self.resize(1300, 720)
        lay = QtWidgets.QVBoxLayout(self)
        self.tabs = QtWidgets.QTabWidget(self)
        self.tabs.tabBar().setElideMode(Qt.ElideNone)        # tab titles read whole
        lay.addWidget(self.tabs, 1)
        # endpoints page
        page = QtWidgets.QWidget()
        pl = QtWidgets.QVBoxLayout(page)
        self.summary = QtWidgets.QLabel(page)
        self.summary.setObjectName("endpointSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.RichText)
        self.summary.setStyleSheet("font-size: 12.5pt;")
        pl.addWidget(self.summary)
        self.aesi = [c for c in load().aesi]
        headers = [self.tr("Subject"), self.tr("Group"), self.tr("Inclusion"), self.tr("Day 28"),
                   self.tr("AEs")] + [self.tr("Grade {g}").format(g=g) for g in GRADES] + \
            [self.tr("Serious")] + [words(c) for c in self.aesi] + [self.tr("Vital status day 28")]
        self.table = QtWidgets.QTableWidget(0, len(headers), page)
        self.table.setObjectName("endpointTable")
        # long titles on two lines: every column in view on a 1366×768 screen, in French
        self.table.setHorizontalHeaderLabels([_two_lines(h) for h in headers])
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QtWidgets.QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(True)
        pl.addWidget(self.table, 1)
        self.tabs.addTab(page, self.tr("Day-28 endpoints"))
        # CONSORT page
        cpage = QtWidgets.QWidget()
        cl = QtWidgets.QVBoxLayout(cpage)
        self.adds_up = wrapped_label("consortCheck", parent=cpage)
        cl.addWidget(self.adds_up)
        self.figure = QtWidgets.QLabel(cpage)
        self.figure.setObjectName("consortFigure")
        self.figure.setAlignment(Qt.AlignHCenter | Qt.AlignTop)
        scroll = QtWidgets.QScrollArea(cpage)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.figure)
        cl.addWidget(scroll, 1)
        self.tabs.addTab(cpage, self.tr("CONSORT flow"))
        close = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.Close, self)
        close.button(QtWidgets.QDialogButtonBox.Close).setText(self.tr("Close"))
        close.rejected.connect(self.reject)
        lay.addWidget(close)
        session = ctx.session
        Op(ctx, lambda: study_report(session), parent=self).on_success(self.show_report).run()

    def show_report(self, report) -> None:
        self.report = report
        s = report.study
        vital = {"alive": self.tr("alive"), "died": self.tr("died"), "unknown": self.tr("unknown"),
                 "not_reached": self.tr("day 28 not reached")}
        grades = ", ".join(self.tr("grade {g}: {n}").format(g=g, n=s.ae_by_grade[g]) for g in GRADES)
        aesi = ", ".join(f"{words(c)}: {s.aesi_by_category.get(c.id, 0)}" for c in self.aesi)
        group_b = ", ".join(f"{vital[k]}: {n}" for k, n in s.group_b_vital.items())
        self.summary.setText("<br>".join([
            self.tr("<b>Included:</b> {n} ({r} past day 28)").format(n=s.included, r=s.reached),
            self.tr("<b>Adverse events, inclusion to day 28:</b> {n} ({grades}); serious: {serious} "
                    "in {patients} patient(s)").format(n=s.ae_total, grades=grades, serious=s.ae_serious,
                                                       patients=s.patients_with_sae),
            self.tr("<b>AESI by category:</b> {aesi}").format(aesi=aesi),
            self.tr("<b>Group B, vital status at day 28</b> ({n} patients): {status}").format(
                n=s.group_b, status=group_b)]))
        self.table.setRowCount(len(report.patients))
        for r, (subject, e) in enumerate(report.patients):
            cells = [subject, e.group or "—", e.inclusion.strftime("%d/%m/%Y"), e.day28.strftime("%d/%m/%Y"),
                     str(e.ae_total)] + [str(e.ae_by_grade[g]) for g in GRADES] + [str(e.ae_serious)] + \
                [str(e.aesi_by_category.get(c.id, 0)) for c in self.aesi] + [vital[e.vital_status]]
            for col, text in enumerate(cells):
                self.table.setItem(r, col, QtWidgets.QTableWidgetItem(text))
        c = report.counts
        if report.problems:
            self.adds_up.setText(self.tr("The counts do not add up: {what}").format(what="; ".join(report.problems)))
            self.adds_up.setStyleSheet("color: #b71c1c; font-size: 12.5pt; font-weight: bold;")
        else:
            self.adds_up.setText(self.tr(
                "Adds up: assessed {a} = not eligible {ne} + eligible not included {eni} + included {i}; "
                "every included patient has one end state. Records to check: {q}.").format(
                a=c.assessed, ne=c.not_eligible, eni=c.eligible_not_included, i=c.included, q=c.queries))
        self.figure.setPixmap(self.render_figure(report.figure(current_language())))

    @staticmethod
    def render_figure(svg: str) -> QtGui.QPixmap:
        renderer = QtSvg.QSvgRenderer(QtCore.QByteArray(svg.encode("utf-8")))
        size = renderer.defaultSize()
        image = QtGui.QImage(size, QtGui.QImage.Format_ARGB32)
        image.fill(Qt.white)
        painter = QtGui.QPainter(image)
        renderer.render(painter)
        painter.end()
        return QtGui.QPixmap.fromImage(image)
