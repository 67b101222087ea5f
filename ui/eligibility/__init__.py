"""Eligibility screens: patient registration, the TJT2012 checklist, the
screening log, and the dashboard section for overdue confirmations."""
