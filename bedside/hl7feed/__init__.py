"""Results from the bedside monitor and the lab system (HL7 v2 ORU^R01 over
MLLP): parse and check a message (``message``), answer it (``ack``), map its
observations to flowsheet signs and eligibility labs (``mapping``).  The
listener itself runs in ``bedside-server`` (``bedside_server/hl7_listener.py``);
docs/hl7.md says why."""
