"""Consent screens: guided flow, signature pad, PDF record, tab, dashboard section."""
