"""Sync client: hybrid logical clock, wire format, request signing, HTTPS
client and (with the vault) the push/pull engine. Never imports Qt."""
