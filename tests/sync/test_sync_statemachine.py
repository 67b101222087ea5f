"""Random edit / sync / partition steps on two workstations: whatever the
order, once the network is back and everyone has synced, every workstation
and the server hold the same entries and nothing made anywhere is lost."""

from __future__ import annotations

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, rule, run_state_machine_as_test

from bedside.sync.conflicts import resolve
from bedside.sync.service import OFFLINE, SYNCED
from tests.sync.proxy import CutProxy
from tests.sync.workstations import Workstation

# what a note may hold (bedside/record_fields.py Text): no control characters,
# no lone surrogates, no direction overrides
NOTE_TEXT = st.text(st.characters(blacklist_categories=("Cc", "Cs"),
                                  blacklist_characters="\u202a\u202b\u202c\u202d\u202e"
                                                       "\u2066\u2067\u2068\u2069\u200e\u200f\u061c"),
                    max_size=12)


def test_edit_sync_partition_converges(tmp_path, sqlite_server):
    dead = CutProxy(sqlite_server.port)
    dead.partitioned = True
    counter = {"n": 0}
    # one site for every example: its first PC stays open, so each example's PCs join it
    site = Workstation(tmp_path / "site", sqlite_server, "SM-SITE")

    class Ward(RuleBasedStateMachine):
        @initialize()
        def setup(self):
            counter["n"] += 1
            base = tmp_path / f"ex{counter['n']}"
            self.ws = [Workstation(base / f"w{i}", sqlite_server, f"SM-{counter['n']}-{i}",
                                   batch_size=7, site=site) for i in range(2)]
            self.made: set[str] = set()
            self.records: list[str] = []

        @rule(i=st.integers(0, 1), text=NOTE_TEXT)
        def create(self, i, text):
            v = self.ws[i].nurse.records.create("note", {"text": text}, patient_id="P-1")
            self.made.add(v.id)
            self.records.append(v.record_id)

        @rule(i=st.integers(0, 1), pick=st.integers(0, 50), text=NOTE_TEXT)
        def correct(self, i, pick, text):
            ws = self.ws[i]
            known = [r for r in self.records if ws.nurse.records.heads(r)]
            if not known:
                return
            rid = known[pick % len(known)]
            heads = ws.nurse.records.heads(rid)
            content = {"text": f"{text} #{len(self.made)}"}  # each correction differs
            if len(heads) > 1:
                v = resolve(ws.investigator, rid, content, "merged in test")
            else:
                v = ws.nurse.records.correct(rid, content, "edited in test")
            self.made.add(v.id)

        @rule(i=st.integers(0, 1))
        def sync(self, i):
            ws = self.ws[i]
            expected = OFFLINE if ws.url_override else SYNCED
            assert ws.sync().state == expected

        @rule(i=st.integers(0, 1))
        def partition(self, i):
            ws = self.ws[i]
            ws.url_override = None if ws.url_override else dead.url

        def teardown(self):
            if not hasattr(self, "ws"):
                return
            for ws in self.ws:
                ws.url_override = None
            for _ in range(2):
                for ws in self.ws:
                    assert ws.sync().state == SYNCED
            a, b = (ws.entries() for ws in self.ws)
            assert a == b and self.made <= set(a)
            conflicted = [set(ws.nurse.records.conflicted()) for ws in self.ws]
            assert conflicted[0] == conflicted[1]
            assert self.ws[0].service.status().conflicts == len(conflicted[0])
            srv = sqlite_server.store()
            try:
                assert srv.status()["entries"] == len(a)
            finally:
                srv.engine.dispose()
            for ws in self.ws:
                ws.close()

    try:
        run_state_machine_as_test(Ward, settings=settings(
            max_examples=6, stateful_step_count=14, deadline=None,
            suppress_health_check=list(HealthCheck)))
    finally:
        site.close()
        dead.close()
