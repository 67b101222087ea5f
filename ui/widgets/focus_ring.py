"""The app-wide focus ring: the control that has the keyboard is framed in a
thick line, whatever the screen (a nurse at 3 a.m. must see where Space
or a typed value will land). Part of each theme's stylesheet
(``ui/style.stylesheet``): blue by day, amber at night."""

FOCUS_COLOUR = "#0b5cad"     # the day theme's "focus_ring" role
FOCUS_TINT = "#e8f0fa"       # a focused group of choices, by day


def focus_ring(colour: str = FOCUS_COLOUR, tint: str = FOCUS_TINT) -> str:
    """The focus-ring rules in *colour*; a focused choice group is tinted *tint*."""
    return f"""
QPushButton:focus, QToolButton:focus {{ border: 3px solid {colour}; border-radius: 5px; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QComboBox:focus, QDateEdit:focus,
QDateTimeEdit:focus, QTimeEdit:focus, QSpinBox:focus, QDoubleSpinBox:focus {{ border: 3px solid {colour}; }}
QCheckBox:focus, QRadioButton:focus {{ border: 3px solid {colour}; border-radius: 5px; padding: 2px; }}
QListView:focus, QTableView:focus, QTreeView:focus {{ border: 3px solid {colour}; }}
QTabBar::tab:focus {{ border: 3px solid {colour}; padding: 3px 13px; }}  /* the ring takes 3 px of the padding: the title keeps its room */
QFrame[role="choices"] {{ border: 3px solid transparent; border-radius: 7px; }}
QFrame[role="choices"]:focus {{ border: 3px solid {colour}; background: {tint}; }}
"""


FOCUS_RING = focus_ring()
