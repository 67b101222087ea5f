"""Key derivation and key wrapping (``cryptography`` primitives only)."""
