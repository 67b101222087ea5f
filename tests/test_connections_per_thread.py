"""A ward PC runs a new thread for every sync attempt (about one every few
minutes for 12 hours), beside the one database worker.  Each thread that
reads the vault must not close a connection another thread is using.

SQLAlchemy's default pool for a ``sqlite://`` URL with a creator is the
SingletonThreadPool: one connection per thread, and once more than five
threads have connected it *closes the connections of the other threads*,
in use or not -- on a ward PC that was "closed database" / "Incorrect
number of bindings" in the middle of a save after the sixth sync attempt.
The vault now checks connections out of a queue: one thread at a time per
connection, none closed under anybody."""

from __future__ import annotations

import threading

from sqlalchemy import select, text

from bedside.storage.schema import Meta


def test_a_long_read_survives_many_short_lived_threads(tmp_vault):
    db = tmp_vault.db
    started, finish = threading.Event(), threading.Event()
    seen: dict[str, object] = {}

    def long_reader() -> None:          # the database worker, mid-operation
        try:
            with db.read() as orm:
                seen["before"] = orm.scalar(text("SELECT count(*) FROM meta"))
                started.set()
                finish.wait(30)
                seen["after"] = orm.scalar(text("SELECT count(*) FROM meta"))
        except BaseException as exc:    # noqa: BLE001 - reported below
            seen["error"] = exc

    worker = threading.Thread(target=long_reader)
    worker.start()
    assert started.wait(30)
    errors: list[BaseException] = []

    def short_reader() -> None:         # one sync attempt's thread
        try:
            with db.read() as orm:
                orm.execute(select(Meta.key)).all()
        except BaseException as exc:    # noqa: BLE001
            errors.append(exc)

    for _ in range(12):
        t = threading.Thread(target=short_reader)
        t.start()
        t.join(30)
    finish.set()
    worker.join(30)
    assert errors == []
    assert "error" not in seen, seen.get("error")
    assert seen["after"] == seen["before"]


def test_writes_from_many_threads_all_land(tmp_vault):
    db = tmp_vault.db
    errors: list[BaseException] = []

    def writer(n: int) -> None:
        try:
            with db.write() as orm:
                db.set_meta(orm, f"thread_probe_{n}", str(n))
        except BaseException as exc:    # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == []
    assert [db.get_meta(f"thread_probe_{n}") for n in range(16)] == [str(n) for n in range(16)]
