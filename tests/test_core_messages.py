"""Issue 16 item 20: the one formatter for core messages writes parameters in
the user's locale (decimal comma, one date format, no raw ISO text, no
internal field name) and makes plurals agree; the French catalogue keeps
French typographic spaces."""
from hypothesis import given, strategies as st

from bedside.consent.errors import ConsentError
from bedside.consent.events import _time_not_future
from ui import i18n_catalog
from bedside.messages import Message
from ui.errors import agree_plurals, message_for, text as message_text

import datetime as dt


def test_parameters_in_french_locale(french):
    assert message_text(Message("{value} is too high.", {"value": 38.4})) == "38,4 is too high."
    assert message_text(Message("{field}: {date} is in the future.", {"field": "CT", "date": "2026-12-05"})) \
        == "CT\u00a0: 05/12/2026 est dans le futur."
    text = message_text(Message("{field}: {time} is in the future.",
                                {"field": "Inclusion", "time": "2026-12-05T10:00+00:00"}))
    assert "2026-12-05" not in text and "T10" not in text and "05/12/2026" in text


def test_no_internal_field_name_and_no_iso_in_a_future_time(french):
    now = dt.datetime(2026, 12, 2, 9, 0, tzinfo=dt.timezone.utc)
    try:
        _time_not_future({"at": "2026-12-05T10:00+00:00"}, "at", now)
    except ConsentError as err:
        text = message_for(err)
    assert "« at »" not in text and "when" not in text and "+00:00" not in text
    assert text.startswith("L'heure de cette étape (05/12/2026")


def test_plurals_agree_with_the_count(french):
    assert agree_plurals("il y a 1 jours", "fr") == "il y a 1 jour"
    assert agree_plurals("il y a 0 jours", "fr") == "il y a 0 jour"
    assert agree_plurals("il y a 2 jours", "fr") == "il y a 2 jours"
    assert agree_plurals("1 days ago", "en") == "1 day ago"
    assert agree_plurals("0 days ago", "en") == "0 days ago"
    assert agree_plurals("12 jours, 21 jours", "fr") == "12 jours, 21 jours"


@given(st.text(max_size=60))
def test_french_spacing_is_idempotent_and_keeps_times(text):
    once = i18n_catalog.french_spacing(text)
    assert i18n_catalog.french_spacing(once) == once
    assert once.replace("\u00a0", "").replace(" ", "") == text.replace("\u00a0", "").replace(" ", "")


def test_french_spacing_examples():
    assert i18n_catalog.french_spacing("Provisoire: à 10:30") == "Provisoire\u00a0: à 10:30"
    assert i18n_catalog.french_spacing("Pourquoi ?") == "Pourquoi\u00a0?"
    assert i18n_catalog.french_spacing("{x:.1f} https://a.b") == "{x:.1f} https://a.b"


def test_catalogue_has_french_spaces():
    msgs = i18n_catalog.read_ts(i18n_catalog.ts_path("fr"))
    assert not [p for p in i18n_catalog.problems(msgs) if p.startswith("SPACING")]
