"""Protocol versions shown in About (bedside/protocol_versions.py)."""

import json

from hypothesis import given, strategies as st

from bedside.protocol_versions import protocol_versions


def test_versions_are_read_from_each_protocol_file(tmp_path):
    (tmp_path / "a.json").write_text(json.dumps({"protocol_id": "TJT2012", "version": "1",
                                                 "registry_id": "NCT04445454"}), encoding="utf-8")
    (tmp_path / "b.json").write_text(json.dumps({"id": "tjt2012-infusion", "version": 2}), encoding="utf-8")
    labels = [p.label() for p in protocol_versions(tmp_path)]
    assert labels == ["TJT2012 v1 (NCT04445454)", "tjt2012-infusion v2"]


def test_unreadable_or_odd_files_are_listed_not_fatal(tmp_path):
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")
    (tmp_path / "list.json").write_text("[]", encoding="utf-8")
    (tmp_path / "noversion.json").write_text("{}", encoding="utf-8")
    assert [p.label() for p in protocol_versions(tmp_path)] == ["broken v?", "list v?", "noversion v?"]
    assert protocol_versions(tmp_path / "absent") == []


@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(),
                    lambda children: st.lists(children) | st.dictionaries(st.text(), children), max_leaves=8))
def test_any_json_is_survived(tmp_path_factory, value):
    folder = tmp_path_factory.mktemp("p")
    (folder / "x.json").write_text(json.dumps(value), encoding="utf-8")
    assert len(protocol_versions(folder)) == 1
