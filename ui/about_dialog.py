"""Help ▸ About Bedside: version, protocol version(s), build commit, and the
licences of every bundled component (with the full licence text on select).

Data comes from the core (bedside.build_info, bedside.protocol_versions,
bedside.licences); this module only shows it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from bedside import build_info
from bedside.paths import resources_dir
from bedside.protocol_versions import protocol_versions

from .qt import QtCore, QtGui, QtWidgets, Qt
from .widgets.buttons import Kind, push_button
from .widgets.tables import rows_to_pick

if TYPE_CHECKING:   # imported when the dialog opens: importlib.metadata is not on the login path
    from bedside import licences


class AboutDialog(QtWidgets.QDialog):
    """Modal About box. ``AboutDialog(parent).exec()``."""

    def __init__(self, parent=None, *, resources: Path | None = None) -> None:
        super().__init__(parent)
        self._resources = Path(resources) if resources is not None else resources_dir()
        self._licenses_dir = self._resources / "licenses"
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Bedside"))
        self.resize(980, 640)
        from bedside import licences

        self.info = build_info.current()
        self.components = licences.all_components(self._licenses_dir, {"qt": QtCore.qVersion()})
        self.protocols = protocol_versions(self._resources / "protocols")

        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(self._header())
        layout.addWidget(self._facts())

        caption = QtWidgets.QLabel(self.tr("Bundled components and their licences"))
        caption.setObjectName("banner")
        layout.addWidget(caption)
        split = QtWidgets.QSplitter(Qt.Orientation.Vertical)
        self.table = self._table()
        split.addWidget(self.table)
        self.licence_text = QtWidgets.QPlainTextEdit()
        self.licence_text.setObjectName("licenceText")
        self.licence_text.setReadOnly(True)
        self.licence_text.setPlaceholderText(self.tr("Select a component to read its licence."))
        split.addWidget(self.licence_text)
        split.setSizes([330, 170])
        layout.addWidget(split, 1)

        buttons = QtWidgets.QDialogButtonBox()
        self.copy_button = push_button(self.tr("Copy details"), "copyDetails", self.copy_details, buttons)
        buttons.addButton(self.copy_button, QtWidgets.QDialogButtonBox.ButtonRole.ActionRole)
        close = push_button(self.tr("Close"), "primary", self.accept, buttons, kind=Kind.PRIMARY)
        buttons.addButton(close, QtWidgets.QDialogButtonBox.ButtonRole.AcceptRole)
        close.setDefault(True)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

        self.table.itemSelectionChanged.connect(self._show_licence)

    # -- parts -----------------------------------------------------------------
    def _header(self) -> QtWidgets.QHBoxLayout:
        row = QtWidgets.QHBoxLayout()
        icon = QtWidgets.QLabel()
        pixmap = QtGui.QPixmap(str(self._resources / "icons" / "bedside-64.png"))
        if not pixmap.isNull():
            icon.setPixmap(pixmap)
        row.addWidget(icon)
        text = QtWidgets.QVBoxLayout()
        title = QtWidgets.QLabel(self.tr("Bedside {version}").format(version=self.info.version))
        title.setObjectName("title")
        subtitle = QtWidgets.QLabel(self.tr("TJT2012 ICU workstation — CHU de Liège"))
        subtitle.setObjectName("hint")
        text.addWidget(title)
        text.addWidget(subtitle)
        row.addLayout(text, 1)
        return row

    def _facts(self) -> QtWidgets.QWidget:
        box = QtWidgets.QWidget()
        form = QtWidgets.QFormLayout(box)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        protocols = ", ".join(p.label() for p in self.protocols) or self.tr("none found")
        build = self.info.short_commit
        if self.info.built_utc:
            build = self.tr("{commit}, built {when}").format(commit=build, when=self.info.built_utc)
        kind = self.tr("installed program") if self.info.frozen else self.tr("source checkout")
        self.fact_labels = {}
        for key, label, value in (
            ("version", self.tr("Version"), self.info.version),
            ("protocol", self.tr("Protocol version"), protocols),
            ("build", self.tr("Build commit"), build),
            ("kind", self.tr("Running from"), kind),
        ):
            widget = QtWidgets.QLabel(value)
            widget.setObjectName(f"fact_{key}")
            widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            widget.setWordWrap(True)
            form.addRow(label, widget)
            self.fact_labels[key] = widget
        return box

    def _table(self) -> QtWidgets.QTableWidget:
        headers = [self.tr("Component"), self.tr("Version"), self.tr("Licence")]
        table = QtWidgets.QTableWidget(len(self.components), len(headers))
        table.setObjectName("licenceTable")
        table.setProperty("verbatim", True)     # licence ids and versions, not numbers (screen audit)
        table.setHorizontalHeaderLabels(headers)
        rows_to_pick(table, row_height=34)
        for row, component in enumerate(self.components):
            for col, value in enumerate((component.name, component.version or "—", component.licence)):
                item = QtWidgets.QTableWidgetItem(value)
                item.setToolTip(component.note or component.url or value)
                table.setItem(row, col, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QtWidgets.QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QtWidgets.QHeaderView.ResizeMode.Stretch)
        return table

    # -- behaviour ---------------------------------------------------------------
    def licence_text_for(self, component: licences.Component) -> str:
        lines = [f"{component.name} {component.version}".strip(), self.tr("Licence: {licence}").format(
            licence=component.licence)]
        if component.url:
            lines.append(component.url)
        if component.note:
            lines.append(component.note)
        texts = []
        for rel in component.licence_files:
            path = self._licenses_dir / rel
            try:
                texts.append(path.read_text(encoding="utf-8", errors="replace"))
            except OSError:
                texts.append(self.tr("(licence file {name} missing from this installation)").format(name=rel))
        if not texts and not component.licence_files:
            dist_texts = _installed_licence_texts(component.name)
            texts.extend(dist_texts)
        return "\n".join(lines) + ("\n\n" + "\n\n".join(texts) if texts else "")

    def _show_licence(self) -> None:
        rows = {i.row() for i in self.table.selectedItems()}
        if rows:
            self.licence_text.setPlainText(self.licence_text_for(self.components[min(rows)]))

    def details_text(self) -> str:
        lines = [f"Bedside {self.info.version}", f"Build: {self.info.short_commit} {self.info.built_utc}".rstrip(),
                 "Protocols: " + (", ".join(p.label() for p in self.protocols) or "-")]
        lines += [f"{c.name} {c.version} — {c.licence}" for c in self.components]
        return "\n".join(lines)

    def copy_details(self) -> None:
        QtWidgets.QApplication.clipboard().setText(self.details_text())


def _installed_licence_texts(dist_name: str) -> list[str]:
    """From a source install, the licence files in the distribution's metadata."""
    from importlib import metadata

    from bedside import licences

    try:
        dist = metadata.distribution(dist_name)
    except (metadata.PackageNotFoundError, ValueError):
        return []
    out = []
    for path in licences.licence_files_of(dist):
        try:
            out.append(path.read_text(encoding="utf-8", errors="replace"))
        except OSError:
            continue
    return out


def show_about(parent=None) -> None:
    """What the Help ▸ About action calls."""
    AboutDialog(parent).exec()


def install_help_menu(window) -> None:
    """Add Help ▸ About Bedside to a QMainWindow's menu bar (reachable signed in or not)."""
    menu = window.menuBar().addMenu(QtCore.QCoreApplication.translate("MainWindow", "&Help"))
    menu.setObjectName("helpMenu")
    action = menu.addAction(QtCore.QCoreApplication.translate("MainWindow", "About Bedside"))
    action.setObjectName("actAbout")
    action.triggered.connect(lambda: show_about(window))
    window.act_about = action
    window.help_menu = menu


def help_tool_button(window) -> QtWidgets.QToolButton:
    """The same Help menu as a toolbar button (Alt+H / Alt+A opens it): signed
    in, the menu bar is hidden so its 23 px go to the screen (on a 1366×768
    flowsheet, to the readings table; issue 16 item 12)."""
    b = QtWidgets.QToolButton(window)
    b.setObjectName("helpButton")
    b.setText(window.help_menu.title())
    b.setMenu(window.help_menu)
    b.setPopupMode(QtWidgets.QToolButton.ToolButtonPopupMode.InstantPopup)
    window.help_button = b
    return b


def retranslate_help_menu(window) -> None:
    """Re-read the Help menu's texts after the language was switched."""
    window.help_menu.setTitle(QtCore.QCoreApplication.translate("MainWindow", "&Help"))
    window.act_about.setText(QtCore.QCoreApplication.translate("MainWindow", "About Bedside"))
    if getattr(window, "help_button", None) is not None:
        window.help_button.setText(window.help_menu.title())
