"""Bedside domain core: protocol, eligibility, consent, infusion, storage,
crypto, audit and sync client. This package never imports Qt."""

__version__ = "0.1.0"
