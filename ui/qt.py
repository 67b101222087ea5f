"""The one place the UI imports Qt from. Swapping bindings or adding a
compatibility fix happens here only."""

from PySide6 import QtCore, QtGui, QtWidgets  # noqa: F401
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Signal, Slot  # noqa: F401
from PySide6.QtGui import QAction, QColor, QFont, QKeySequence, QPainter, QPen  # noqa: F401
from PySide6.QtWidgets import (  # noqa: F401
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
