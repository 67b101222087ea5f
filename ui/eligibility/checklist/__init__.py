"""The eligibility checklist screen: ``view`` paints, ``presenter`` decides
(no Qt), ``rows`` and ``dialogs`` are its parts."""
from .view import ChecklistWidget

__all__ = ["ChecklistWidget"]
