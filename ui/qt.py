"""The one place the UI imports Qt from. Swapping bindings or adding a
compatibility fix happens here only."""

import PySide6

from ui.runtime_guard import refuse_broken_pair

# Before any Qt module loads: PySide6 6.12 on CPython 3.11 aborts the app (issue 15).
refuse_broken_pair(PySide6.__version__, PySide6.__version_info__)

from PySide6 import QtCore, QtGui, QtSvg, QtWidgets  # noqa: E402,F401
from shiboken6 import isValid as is_alive  # noqa: E402,F401  - False once Qt deleted the C++ object
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Signal, Slot  # noqa: E402,F401
from PySide6.QtGui import QAction, QColor, QFont, QKeySequence, QPainter, QPen  # noqa: E402,F401
from PySide6.QtWidgets import (  # noqa: E402,F401
    QAbstractItemView, QApplication, QCheckBox, QComboBox, QDialog, QDialogButtonBox,
    QFormLayout, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QMainWindow, QMessageBox, QPlainTextEdit, QPushButton,
    QRadioButton,
    QScrollArea, QSizePolicy, QSplitter, QStackedWidget, QStatusBar, QTableView, QTabWidget,
    QTextEdit, QToolBar, QVBoxLayout, QWidget, QWizard, QWizardPage)


def translate(context: str, text: str) -> str:
    """Translate outside a QObject (module-level helpers). Named `translate`
    because pyside6-lupdate reads translate("Context", "text") correctly but
    takes tr("Context", "text") for tr(source, disambiguation)."""
    return QCoreApplication.translate(context, text)


tr = translate  # kept for existing callers; use translate() for literal strings
