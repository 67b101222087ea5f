"""One stylesheet for the ward: large type, big touch targets, strong focus."""

STYLE = """
QWidget { font-size: 11pt; }
QPushButton { min-height: 38px; padding: 4px 14px; }
QPushButton#primary { background: #0b5cad; color: white; font-weight: bold; border-radius: 4px; }
QPushButton#primary:disabled { background: #9bb5cf; }
QPushButton#danger { background: #b3261e; color: white; font-weight: bold; border-radius: 4px; }
QLineEdit, QComboBox, QDateEdit, QDateTimeEdit, QSpinBox, QDoubleSpinBox { min-height: 34px; }
QLineEdit:focus, QComboBox:focus { border: 2px solid #0b5cad; }
QLabel#title { font-size: 16pt; font-weight: bold; }
QLabel#banner { font-size: 13pt; font-weight: bold; }
QFrame#patientBanner { background: #e8f0fa; border-bottom: 2px solid #0b5cad; }
QLabel#hint { color: #444; }
QLabel#fieldError { color: #b3261e; font-weight: bold; }
QLabel#notice { background: #fff4d6; border: 1px solid #c98a00; border-radius: 4px; padding: 8px; }
QTableView { font-size: 11pt; }
QHeaderView::section { font-weight: bold; padding: 6px; }
QTabBar::tab { min-height: 34px; padding: 6px 16px; font-size: 11pt; }
"""
