"""Every validator turns any input into a clear error or a valid value.

Hypothesis feeds each validator the values that crashed them in issue 18
(year 1 and 9999 with offsets, 5,000-digit integers, Decimal('sNaN'), lone
surrogates, NUL, control and bidi characters) mixed with arbitrary text,
numbers and structures.  The only exceptions allowed out are the core's
own errors (a translatable message naming the field); a value that comes
back must be storable: it passes its record type's declaration."""

from __future__ import annotations

import os

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from bedside import record_types
from bedside.consent.events import validate_event
from bedside.eligibility import validate as elig
from bedside.eligibility.protocol import load_named
from bedside.errors import BedsideError
from bedside.infusion import adverse_events, dose, product, vitals
from bedside.infusion.protocol import default as infusion_protocol
from bedside.patients import validate as validate_patient
from bedside.account import check_display_name, check_password, check_username

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=timezone.utc)
NASTY = [
    "0001-01-01T00:00:00+05:00", "9999-12-31T23:59:59-05:00", "0001-01-01", "9999-12-31",
    "31/12/9999 23:59", "01/01/0001 00:00", "\ud800", "a\udfffb", "\x00", "Dupont\x00",
    "Du\u202epont", "\u2066x\u2069", "\x1b[31m", "\t", " ", "", "1e999", "-1e999", "NaN", "inf",
    "١٢٣", "１２", "12,5", "0x10", "9" * 5000, 10 ** 5000, -(10 ** 5000), 2 ** 63, 2 ** 70, -1,
    0, True, False, None, Decimal("sNaN"), Decimal("NaN"), Decimal("Infinity"), Decimal("1e999999"),
    float("nan"), float("inf"), -0.0, 1e308, [], {}, [None], {"a": "\ud800"}, b"bytes",
    datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=5))),
    datetime(9999, 12, 31, 23, 59, tzinfo=timezone(timedelta(hours=-5))), date(1, 1, 1),
]
nasty = st.one_of(st.sampled_from(NASTY), st.text(max_size=30), st.integers(),
                  st.floats(), st.decimals(), st.none(), st.booleans())
FAST = settings(max_examples=int(os.environ.get("BEDSIDE_FUZZ_EXAMPLES", "60")), deadline=None,
                derandomize="BEDSIDE_FUZZ_EXAMPLES" not in os.environ,
                suppress_health_check=[HealthCheck.too_slow])


def dict_of(keys, extra=()):
    return st.dictionaries(st.sampled_from(list(keys) + list(extra)), nasty, max_size=len(keys) + 2)


def storable_or_refused(fn, *args, **kw):
    """Call a validator: a core error is a refusal; anything else is a crash."""
    try:
        return fn(*args, **kw)
    except BedsideError as exc:
        assert exc.message and "{" not in exc.message.replace("{{", ""), exc.template
        return None


PATIENT_KEYS = ("mrn", "family_name", "given_name", "date_of_birth", "sex", "weight_kg",
                "height_cm", "wristband")


@FAST
@given(dict_of(PATIENT_KEYS))
def test_patient_fields(data):
    clean = storable_or_refused(validate_patient, data, NOW.date())
    if clean is not None:
        record_types.check_content("patient", dict(clean, screening_number="S-001",
                                                   subject_id=None))


@pytest.mark.parametrize("name", ["Du\u202epont", "Du\x00pont", "Du\x1bpont", "\ud800",
                                  "Du\u2066pont", "Dupont\nJean"])
def test_names_refuse_control_and_direction_characters(name):
    base = {"mrn": "H123456", "family_name": "Dupont", "given_name": "Jean",
            "date_of_birth": "1961-03-14", "sex": "M", "weight_kg": 80, "height_cm": 175}
    for field in ("family_name", "given_name"):
        with pytest.raises(BedsideError) as err:
            validate_patient(dict(base, **{field: name}), NOW.date())
        assert getattr(err.value, "field", None) == field


@FAST
@given(st.dictionaries(st.sampled_from(["inclusion_time", "ct_date", "spo2_room_air",
                                        "oxygen_group", "covid_tests", "exc_ecmo", "nope"]),
                       st.one_of(nasty, st.lists(st.dictionaries(
                           st.sampled_from(["date", "method", "result"]), nasty), max_size=2)),
                       max_size=4))
def test_eligibility_answers(answers):
    protocol = load_named("tjt2012-v1.json")
    storable_or_refused(elig.validate_answers, protocol, answers, NOW, timezone.utc)


@FAST
@given(nasty, nasty)
def test_eligibility_dates_numbers_and_labs(a, b):
    storable_or_refused(elig.parse_date, a, "day", NOW.date())
    storable_or_refused(elig.parse_datetime, a, "when", NOW, timezone.utc)
    storable_or_refused(elig.parse_spo2, a, "spo2")
    storable_or_refused(elig.parse_lab, "crp", a, b, "mg/L", "crp", NOW, timezone.utc)


CONSENT_KEYS = ("kind", "at", "has_capacity", "reason", "assessor", "pathway", "form_id",
                "form_version", "language", "signer", "signature_sha256", "obtained_by",
                "outcome", "by", "by_name", "scope", "attempts", "note")


@FAST
@given(dict_of(CONSENT_KEYS), st.sampled_from(["capacity", "consent", "outcome", "withdrawal",
                                               "unreachable"]))
def test_consent_steps(event, kind):
    event = dict(event, kind=kind)
    clean = storable_or_refused(validate_event, event, NOW, representative_ids=["spouse_partner"],
                                witness_roles=[{"id": "nurse", "department_required": False}])
    if clean is not None:
        record_types.check_content("consent_step", dict(clean, seq=1, status_after="none"))


@FAST
@given(dict_of(["hr", "sbp", "dbp", "rr", "spo2", "temp", "fio2"]), nasty)
def test_vital_signs(raw, when):
    out = storable_or_refused(vitals.validate, infusion_protocol(), raw,
                              when if isinstance(when, datetime) else NOW, NOW)
    if out is not None and out.ok:
        record_types.check_content("vital_reading", {
            "infusion_id": "inf-1", "number": 1, "taken_utc": NOW.isoformat(),
            "timepoint": None, "values": out.values, "alerts": []})


AE_KEYS = ("term", "onset_utc", "end_utc", "aware_utc", "grade", "serious", "seriousness",
           "relation", "expected", "action", "outcome", "aesi", "infusion", "notes")


@FAST
@given(dict_of(AE_KEYS))
def test_adverse_events(entry):
    out = storable_or_refused(adverse_events.validate, infusion_protocol(), entry, NOW)
    if out is not None and out.ok:
        record_types.check_content("adverse_event", out.content)


@FAST
@given(dict_of(["bag_id", "donor_id", "expiry_utc", "thaw_utc", "viable_cells_millions",
                "volume_ml"]), nasty, nasty)
def test_product_and_dose(entry, cells, weight):
    storable_or_refused(product.check, infusion_protocol(), entry, [], [], NOW)
    storable_or_refused(dose.compute, infusion_protocol(), cells, weight, NOW, NOW)


@FAST
@given(nasty)
def test_user_names_and_passwords(value):
    for check in (check_username, check_password, check_display_name):
        storable_or_refused(check, value)


def _text_problem_one_by_one(value: str, multiline: bool):
    """text_problem's rule, character by character (what its regex fast path must agree with)."""
    import unicodedata
    from bedside.record_fields import _BIDI, text_problem
    for ch in value:
        if 0xD800 <= ord(ch) <= 0xDFFF or ch in _BIDI or (ch in "\n\r\t" and not multiline) or (
                ch not in "\n\r\t" and unicodedata.category(ch) == "Cc"):
            return text_problem(ch, multiline=multiline)    # the first refused character decides
    return None


@settings(max_examples=50, deadline=None)
@given(st.text(alphabet=st.characters(), max_size=40) | st.lists(st.sampled_from(NASTY[6:14]), max_size=4).map("".join),
       st.booleans())
def test_text_problem_fast_path_agrees_with_each_character(value, multiline):
    from bedside.record_fields import text_problem
    assert text_problem(value, multiline=multiline) == _text_problem_one_by_one(value, multiline)
