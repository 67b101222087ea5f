import copy
import json

import pytest

from bedside.infusion import protocol
from bedside.infusion.protocol import ProtocolError


def raw():
    return json.loads(protocol.DEFAULT_FILE.read_text(encoding="utf-8"))


def test_default_loads_with_trial_numbers():
    p = protocol.load()
    assert p.infusion_count == 3
    assert (p.interval_min, p.interval_max) == (3, 4)
    assert [f.day for f in p.follow_up] == [28, 90]
    assert str(p.dose_min) == "1.5" and str(p.dose_max) == "3.0"
    assert p.baseline_within_min == 30 and p.during_every_min == 15
    assert p.after_end_min == (15, 30, 60, 120)
    assert {a.id for a in p.alerts} == {"temp_high", "sbp_low", "sbp_drop", "hr_high", "spo2_low", "spo2_drop", "rr_high"}
    assert p.ids("aesi") == ["infection", "thromboembolic"]
    assert p.ids("ctcae_grades") == [1, 2, 3, 4, 5]
    assert p.sae_report_hours == 24
    assert p.sign("hr").max == 300


@pytest.mark.parametrize("mutate", [
    lambda d: d.pop("plan"),
    lambda d: d["plan"]["interval_days"].update(min=5, max=4),
    lambda d: d["dose"].update(min_per_kg_millions="4"),
    lambda d: d["dose"].update(max_per_kg_millions="abc"),
    lambda d: d["vitals"]["signs"][0].update(min="400"),
    lambda d: d["vitals"]["alerts"][0].update(sign="nope"),
    lambda d: d["vitals"]["alerts"][0].update(op="=="),
    lambda d: d["vitals"]["alerts"][0].update(kind="rise"),
    lambda d: d["vitals"]["schedule"].update(after_end_min=[30, 15]),
    lambda d: d["adverse_events"]["aesi"].append({"id": "infection", "label": {"en": "x"}}),
    lambda d: d["adverse_events"]["ctcae_grades"][0].pop("label"),
    lambda d: d["vitals"].update(oxygen_one_of=["nitrogen"]),
    lambda d: d["plan"].update(infusion_count=True),
])
def test_malformed_protocol_refused(mutate):
    d = raw()
    mutate(d)
    with pytest.raises(ProtocolError):
        protocol.parse(d)


def test_bad_json_file(tmp_path):
    f = tmp_path / "p.json"
    f.write_text("{ nope", encoding="utf-8")
    with pytest.raises(ProtocolError):
        protocol.load(f)


def test_site_can_change_thresholds_without_code(tmp_path):
    d = raw()
    d["vitals"]["alerts"][0]["value"] = "38.5"
    f = tmp_path / "site.json"
    f.write_text(json.dumps(d), encoding="utf-8")
    assert str(protocol.load(f).alerts[0].value) == "38.5"
