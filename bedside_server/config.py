"""Server data directory layout::

    DATA/server.json     {"db_url": ...}
    DATA/atrest.key      32 random bytes, mode 0600 (encryption at rest)
    DATA/server.db       default SQLite database
    DATA/tls/            ca.pem (give to workstations), ca.key, server.pem, server.key
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path


class ConfigError(Exception):
    pass


class _InDataDir:
    """A file or folder of the data directory (layout above), read as a Path attribute."""

    def __init__(self, *parts: str) -> None:
        self.parts = parts

    def __get__(self, config: "ServerConfig | None", owner: type | None = None):
        return self if config is None else config.data_dir.joinpath(*self.parts)


@dataclass(frozen=True)
class ServerConfig:
    data_dir: Path
    db_url: str

    key_path = _InDataDir("atrest.key")
    tls_dir = _InDataDir("tls")
    ca_cert = _InDataDir("tls", "ca.pem")
    server_cert = _InDataDir("tls", "server.pem")
    server_key = _InDataDir("tls", "server.key")

    @classmethod
    def load(cls, data_dir: Path) -> "ServerConfig":
        data_dir = Path(data_dir)
        cfg_file = data_dir / "server.json"
        if not cfg_file.exists():
            raise ConfigError(f"{data_dir} is not initialised (run: bedside-server init)")
        raw = json.loads(cfg_file.read_text("utf-8"))
        return cls(data_dir, raw["db_url"])

    def save(self) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        (self.data_dir / "server.json").write_text(
            json.dumps({"db_url": self.db_url}, indent=2) + "\n", "utf-8")


def default_db_url(data_dir: Path) -> str:
    return f"sqlite:///{(Path(data_dir) / 'server.db').resolve()}"
