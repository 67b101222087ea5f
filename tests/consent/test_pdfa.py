"""The consent record is PDF/A-2b: rendered by the real Qt writer from a real
recorded consent, checked for what PDF/A-2b asks of the file, and still
readable (text, content hash) by an ordinary PDF reader."""

from __future__ import annotations

import io
import unicodedata

import pikepdf
import pypdf

from bedside.consent import service
from bedside.consent.pdfa import pdfa_problems
from tests.conftest import PASSWORD
from tests.consent.data import consent_event, good_signature, new_patient
from ui.consent.pdf import render_consent_pdf


def _recorded(session_as):
    inv = session_as("investigator")
    pid = new_patient(inv)
    v, _esig, _pdf = service.record_consent(inv, pid, consent_event(), signature=good_signature(),
                                            password=PASSWORD, render_pdf=render_consent_pdf)
    return inv, v, service.pdf_for(inv, v)


def test_consent_record_is_pdfa_2b(qapp, session_as):
    _inv, v, data = _recorded(session_as)
    assert pdfa_problems(data) == []
    with pikepdf.open(io.BytesIO(data)) as doc:
        meta = doc.open_metadata()
        assert (meta["pdfaid:part"], meta["pdfaid:conformance"]) == ("2", "B")
        assert str(doc.Root.Lang) in {"fr-BE", "en"}
        icc = doc.Root.OutputIntents[0].DestOutputProfile.read_bytes()
        assert icc[36:40] == b"acsp" and b"sRGB" in icc  # a real ICC profile, sRGB
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages)
    assert v.content_hash in " ".join(unicodedata.normalize("NFKC", text).split())


def test_the_check_catches_what_is_not_pdfa(qapp):
    with pikepdf.new() as doc:  # an ordinary PDF: a page with a standard (not embedded) font
        doc.add_blank_page()
        doc.pages[0].obj.Resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=pikepdf.Dictionary(
            Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica)))
        out = io.BytesIO()
        doc.save(out)
        plain = out.getvalue()
    problems = pdfa_problems(plain)
    assert "XMP does not declare PDF/A-2b" in problems and "no /Lang on the document catalog" in problems
    assert "no PDF/A OutputIntent with an ICC profile" in problems
    assert any("not embedded" in p for p in problems)  # Helvetica, a standard font, is not embedded
