"""The app-wide focus ring: the control that has the keyboard is framed in a
thick blue line, whatever the screen (a nurse at 3 a.m. must see where Space
or a typed value will land). Added to the application stylesheet."""

FOCUS_COLOUR = "#0b5cad"

FOCUS_RING = f"""
QPushButton:focus, QToolButton:focus {{ border: 3px solid {FOCUS_COLOUR}; border-radius: 5px; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QComboBox:focus, QDateEdit:focus,
QDateTimeEdit:focus, QTimeEdit:focus, QSpinBox:focus, QDoubleSpinBox:focus {{ border: 3px solid {FOCUS_COLOUR}; }}
QCheckBox:focus, QRadioButton:focus {{ border: 3px solid {FOCUS_COLOUR}; border-radius: 5px; padding: 2px; }}
QListView:focus, QTableView:focus, QTreeView:focus {{ border: 3px solid {FOCUS_COLOUR}; }}
QTabBar::tab:focus {{ border: 3px solid {FOCUS_COLOUR}; }}
QFrame[role="choices"] {{ border: 3px solid transparent; border-radius: 7px; }}
QFrame[role="choices"]:focus {{ border: 3px solid {FOCUS_COLOUR}; background: #e8f0fa; }}
"""
