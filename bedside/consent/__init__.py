"""Consent capture for TJT2012: patient, legal representative, impartial
witness, deferred confirmation, withdrawal, re-consent and the infusion gate.

Pure logic (forms, pathway, signature) needs no storage; `service` stores
everything as append-only records through the session; `gate` answers
"may this patient be infused now?". Never imports Qt."""
