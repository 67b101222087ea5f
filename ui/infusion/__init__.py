"""Infusion screens: flowsheet, checks dialogs, adverse-event form."""
