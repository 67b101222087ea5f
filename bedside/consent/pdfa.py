"""Consent records as PDF/A-2b (ISO 19005-2, level B), the archival format
the trial master file keeps for decades.

Qt's writer already produces PDF/A-1b (`QPdfWriter.setPdfVersion(PdfVersion_A1b)`):
fonts embedded, an sRGB OutputIntent with its ICC profile, no transparency,
XMP metadata. `to_pdfa2b` finishes the job with pikepdf: it declares part 2
in the XMP identification schema, names the document's language (`/Lang`)
and keeps the document information and XMP in step. `pdfa_problems` checks
what PDF/A-2b asks of the file's structure (used by the tests and available
to a self-check); it is a structural check, not a full veraPDF validation.

The XMP packet is read and written by ``bedside/consent/xmp.py`` (the
standard library's XML parser), not pikepdf's metadata API, which would
bring lxml into the bundle for five properties.
"""

from __future__ import annotations

import io

import pikepdf

from . import xmp

PDFA_PART = "2"
PDFA_CONFORMANCE = "B"
_PDFAID = "http://www.aiim.org/pdfa/ns/id/"
_LANGS = {"fr": "fr-BE", "en": "en", "nl": "nl-BE", "de": "de-BE"}


def to_pdfa2b(pdf: bytes, *, language: str, title: str) -> bytes:
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        doc.Root.Lang = pikepdf.String(_LANGS.get(language, language or "fr-BE"))
        doc.docinfo["/Title"] = title
        doc.docinfo["/Creator"] = "Bedside"
        packet = xmp.update(_metadata(doc), {
            "pdfaid:part": PDFA_PART,
            "pdfaid:conformance": PDFA_CONFORMANCE,
            "dc:title": title,
            "dc:creator": ["Bedside"],
            "xmp:CreatorTool": "Bedside",
            "pdf:Producer": str(doc.docinfo.get("/Producer", "Bedside")),
        })
        doc.Root.Metadata = pikepdf.Stream(doc, packet, Type=pikepdf.Name.Metadata,
                                           Subtype=pikepdf.Name.XML)
        out = io.BytesIO()
        doc.save(out, fix_metadata_version=False, deterministic_id=False)
        return out.getvalue()


def _metadata(doc: pikepdf.Pdf) -> bytes | None:
    stream = doc.Root.get("/Metadata")
    return stream.read_bytes() if stream is not None else None


def _images(doc: pikepdf.Pdf):
    for page in doc.pages:
        resources = page.obj.get("/Resources", {})
        for xobj in resources.get("/XObject", {}).values():
            if xobj.get("/Subtype") == "/Image":
                yield xobj


def _fonts(doc: pikepdf.Pdf):
    for page in doc.pages:
        resources = page.obj.get("/Resources", {})
        for font in resources.get("/Font", {}).values():
            yield font
            for desc in font.get("/DescendantFonts", []):
                yield desc


def pdfa_problems(pdf: bytes) -> list[str]:
    """What keeps this file from being PDF/A-2b, structurally (empty: none found)."""
    problems: list[str] = []
    if not pdf.startswith(b"%PDF-1.") or pdf[7:8] not in b"01234567":
        problems.append("header is not %PDF-1.0 … 1.7")
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        if doc.is_encrypted:
            problems.append("encrypted")
        if "/ID" not in doc.trailer:
            problems.append("no file identifier in the trailer")
        if "/Lang" not in doc.Root:
            problems.append("no /Lang on the document catalog")
        if "/JavaScript" in doc.Root.get("/Names", {}) or "/OpenAction" in doc.Root:
            problems.append("actions or JavaScript")
        packet = _metadata(doc)
        meta = xmp.read(packet) if packet else {}
        if meta.get("pdfaid:part") != PDFA_PART or meta.get("pdfaid:conformance") != PDFA_CONFORMANCE:
            problems.append("XMP does not declare PDF/A-2b")
        if str(doc.docinfo.get("/Producer", "")) != str(meta.get("pdf:Producer", "")):
            problems.append("document information and XMP disagree on the producer")
        intents = [i for i in doc.Root.get("/OutputIntents", []) if i.get("/S") == "/GTS_PDFA1"]
        if not intents or "/DestOutputProfile" not in intents[0]:
            problems.append("no PDF/A OutputIntent with an ICC profile")
        elif int(intents[0].DestOutputProfile.get("/N", 0)) != 3:
            problems.append("OutputIntent profile is not RGB")
        for page in doc.pages:
            group = page.obj.get("/Group")
            if group is not None and group.get("/S") == "/Transparency":
                problems.append("page with a transparency group")
        for img in _images(doc):
            if "/SMask" in img or "/Mask" in img:
                problems.append("image with a transparency mask")
        for font in _fonts(doc):
            desc = font.get("/FontDescriptor")
            if font.get("/Subtype") == "/Type0":
                continue  # its descendant carries the descriptor
            if desc is None or not any(k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                problems.append(f"font {font.get('/BaseFont')} not embedded")
    return problems
