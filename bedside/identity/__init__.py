"""Per-person identity: signing and key-wrapping key pairs (keys.py), the
site staff directory as signed entries (directory.py) and the signature
over every record version (entry_signing.py)."""
