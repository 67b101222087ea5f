"""``bedside-server`` administration commands.

    bedside-server --data DIR init [--db URL]
    bedside-server --data DIR make-ca [--site NAME] [--host H ...] [--ip IP ...]
    bedside-server --data DIR enroll --name "USI-PC-3" [--hours 24]   -> one-time code
    bedside-server --data DIR revoke DEVICE_ID
    bedside-server --data DIR status [--json]
    bedside-server --data DIR verify
    bedside-server --data DIR audit [--device ID] [--out FILE.csv]   -> every PC's trail, verified
    bedside-server --data DIR serve [--host 0.0.0.0] [--port 8443]

The data directory defaults to $BEDSIDE_SERVER_DATA or ./bedside-server-data.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from pathlib import Path

from .atrest import AtRestKey
from .config import ConfigError, ServerConfig, default_db_url
from .db import create_schema, make_engine
from .store import Store, device_trails, redact_details
from .tls import make_ca


def open_store(cfg: ServerConfig) -> Store:
    return Store(make_engine(cfg.db_url), AtRestKey.load_file(cfg.key_path))


def cmd_init(cfg_dir: Path, args) -> int:
    if (cfg_dir / "server.json").exists():
        print(f"{cfg_dir} is already initialised", file=sys.stderr)
        return 1
    cfg_dir.mkdir(parents=True, exist_ok=True)
    cfg = ServerConfig(cfg_dir, args.db or default_db_url(cfg_dir))
    AtRestKey.generate_file(cfg.key_path)
    create_schema(make_engine(cfg.db_url))
    cfg.save()
    print(f"initialised {cfg_dir} (database: {cfg.db_url.split('@')[-1]})")
    print(f"keep a safe copy of {cfg.key_path}: without it the stored entries cannot be read")
    return 0


def cmd_make_ca(cfg: ServerConfig, args) -> int:
    paths = make_ca(cfg.tls_dir, args.site, args.host or None, args.ip or None)
    print(f"site CA: {paths['ca_cert']}  (give this file to each workstation at enrollment)")
    print(f"server certificate: {paths['server_cert']}")
    return 0


def cmd_enroll(cfg: ServerConfig, args) -> int:
    code = open_store(cfg).create_enrollment_code(args.name, args.hours)
    print(code)
    print(f"one-time enrollment code for '{args.name}', valid {args.hours:g} h", file=sys.stderr)
    return 0


def cmd_revoke(cfg: ServerConfig, args) -> int:
    if not open_store(cfg).revoke(args.device_id):
        print(f"no device {args.device_id}", file=sys.stderr)
        return 1
    print(f"revoked {args.device_id}")
    return 0


def cmd_status(cfg: ServerConfig, args) -> int:
    st = open_store(cfg).status()
    if args.json:
        print(json.dumps(st, indent=2))
        return 0
    print(f"entries: {st['entries']}   blobs: {st['blobs']}   devices: {len(st['devices'])}")
    for d in st["devices"]:
        state = f"REVOKED {d['revoked_at']}" if d["revoked_at"] else "active"
        pc = f"PC {d['station']:02d}" if d.get("station") else "PC --"
        print(f"  {d['id']}  {pc}  {d['name']:<20} {state:<10} last seen {d['last_seen'] or 'never'}"
              f"  entries {d['entries']}  audit head {d['audit_head']}")
    for i in st["incidents"]:
        print(f"  INCIDENT {i['at']} {i['kind']} device {i['device_id']}: {i['detail']}")
    return 0


AUDIT_COLUMNS = ("device_name", "pc", "device_id", "workstation_id", "seq", "ts_utc",
                 "utc_offset_min", "username", "user_id", "action", "record_type", "record_id",
                 "entry_id", "version", "details", "reason", "hash")


def cmd_audit(cfg: ServerConfig, args) -> int:
    """Every device's audit trail (a dead or replaced PC's included), checked
    against its hash chain; with --out, one CSV for the auditor (changed
    values redacted: field names only)."""
    trails = device_trails(open_store(cfg), args.device)
    if args.device and not trails:
        print(f"no device {args.device}", file=sys.stderr)
        return 1
    rows = []
    for t in trails:
        pc = f"PC {t.station:02d}" if t.station else "PC --"
        state = f"revoked {t.revoked_at}" if t.revoked_at else "active"
        span = f", {t.entries[0]['ts_utc']} -> {t.entries[-1]['ts_utc']}" if t.entries else ""
        print(f"{t.name} ({pc}, {state}) {t.device_id}: chain {t.report.line()}{span}")
        for e in t.entries:
            rows.append([t.name, pc, t.device_id, t.workstation_id] +
                        [redact_details(e.get("details")) if c == "details" else e.get(c)
                         for c in AUDIT_COLUMNS[4:]])
    if args.out:
        fd = os.open(args.out, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f)
            w.writerow(AUDIT_COLUMNS)
            w.writerows(rows)
        print(f"{len(rows)} audit entries from {len(trails)} device(s) written to {args.out}")
    return 0 if all(t.report.ok for t in trails) else 1


def cmd_verify(cfg: ServerConfig, _args) -> int:
    problems = open_store(cfg).verify()
    for p in problems:
        print(p)
    print("verify: OK" if not problems else f"verify: {len(problems)} problem(s)")
    return 1 if problems else 0


def cmd_serve(cfg: ServerConfig, args) -> int:
    import uvicorn

    from .app import create_app

    if not (cfg.server_cert.exists() and cfg.server_key.exists()):
        print("no TLS certificate: run make-ca or put server.pem/server.key in "
              f"{cfg.tls_dir} (the server only speaks HTTPS)", file=sys.stderr)
        return 2
    store = open_store(cfg)
    create_schema(store.engine)
    app = create_app(store, args.hl7_host or args.host, args.hl7_port)
    uvicorn.run(app, host=args.host, port=args.port,
                ssl_certfile=str(cfg.server_cert), ssl_keyfile=str(cfg.server_key),
                log_level=args.log_level, access_log=False)
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="bedside-server", description="Bedside sync server")
    p.add_argument("--data", type=Path,
                   default=Path(os.environ.get("BEDSIDE_SERVER_DATA", "bedside-server-data")))
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("init", help="create the data directory, key and database")
    s.add_argument("--db", help="SQLAlchemy URL (default SQLite in the data directory; "
                               "postgresql+psycopg://user@host/db for PostgreSQL)")
    s = sub.add_parser("make-ca", help="self-signed site CA and server certificate")
    s.add_argument("--site", default="Bedside site")
    s.add_argument("--host", action="append", default=[])
    s.add_argument("--ip", action="append", default=[])
    s = sub.add_parser("enroll", help="one-time code for a new workstation")
    s.add_argument("--name", required=True)
    s.add_argument("--hours", type=float, default=24.0)
    s = sub.add_parser("revoke", help="refuse a device from now on")
    s.add_argument("device_id")
    s = sub.add_parser("status", help="devices, last seen, entry counts, incidents")
    s.add_argument("--json", action="store_true")
    sub.add_parser("verify", help="decrypt and re-check every stored entry and audit chain")
    s = sub.add_parser("audit", help="every device's audit trail, checked against its hash "
                                     "chain (revoked PCs included); --out writes a CSV")
    s.add_argument("--device", help="one device id (default: all)")
    s.add_argument("--out", type=Path, help="CSV file for the auditor (changed values redacted)")
    s = sub.add_parser("serve", help="run the HTTPS server")
    s.add_argument("--host", default="0.0.0.0")
    s.add_argument("--port", type=int, default=8443)
    s.add_argument("--log-level", default="warning")
    s.add_argument("--hl7-port", type=int, default=None,
                   help="also listen for HL7 v2 ORU^R01 over MLLP on this port (docs/hl7.md)")
    s.add_argument("--hl7-host", default=None,
                   help="address of the MLLP listener (default: --host)")
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    data = args.data
    if args.cmd == "init":
        return cmd_init(data, args)
    try:
        cfg = ServerConfig.load(data)
    except ConfigError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    return {"make-ca": cmd_make_ca, "enroll": cmd_enroll, "revoke": cmd_revoke,
            "status": cmd_status, "verify": cmd_verify, "audit": cmd_audit, "serve": cmd_serve}[args.cmd](cfg, args)
