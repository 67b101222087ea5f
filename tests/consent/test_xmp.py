"""The consent PDF's XMP packet, written with the standard library
(bedside/consent/xmp.py), reads back the same through pikepdf's own
metadata API (lxml), for any title a form may carry."""

from __future__ import annotations

import io

import pikepdf
from hypothesis import given, settings
from hypothesis import strategies as st

from bedside.consent import xmp

QT_PACKET = (b"<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>"
             b'<x:xmpmeta xmlns:x="adobe:ns:meta/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
             b'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" '
             b'xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">'
             b'<rdf:RDF><rdf:Description rdf:about=""><dc:title><rdf:Alt><rdf:li xml:lang="x-default">Old'
             b'</rdf:li></rdf:Alt></dc:title><dc:creator><rdf:Seq><rdf:li></rdf:li></rdf:Seq></dc:creator>'
             b'</rdf:Description><rdf:Description rdf:about="" pdf:Producer="Qt 6.11.3"/>'
             b'<rdf:Description rdf:about="" pdfaid:part="1" pdfaid:conformance="B"/></rdf:RDF></x:xmpmeta>'
             b"<?xpacket end='w'?>")
TITLES = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40)


def _through_pikepdf(packet: bytes) -> dict:
    pdf = pikepdf.new()
    pdf.Root.Metadata = pikepdf.Stream(pdf, packet, Type=pikepdf.Name.Metadata, Subtype=pikepdf.Name.XML)
    buf = io.BytesIO()
    pdf.save(buf)
    with pikepdf.open(io.BytesIO(buf.getvalue())) as doc:
        meta = doc.open_metadata()
        return {k: meta.get(k) for k in ("pdfaid:part", "pdfaid:conformance", "dc:title", "dc:creator",
                                         "xmp:CreatorTool", "pdf:Producer")}


@settings(max_examples=30, deadline=None)
@given(title=TITLES)
def test_updated_packet_reads_the_same_with_pikepdf(title):
    packet = xmp.update(QT_PACKET, {"pdfaid:part": "2", "pdfaid:conformance": "B", "dc:title": title,
                                    "dc:creator": ["Bedside"], "xmp:CreatorTool": "Bedside",
                                    "pdf:Producer": "Qt 6.11.3"})
    ours = xmp.read(packet)
    assert (ours["pdfaid:part"], ours["dc:title"], ours["dc:creator"]) == ("2", title, ["Bedside"])
    theirs = _through_pikepdf(packet)
    assert theirs["pdfaid:part"] == "2" and theirs["pdfaid:conformance"] == "B"
    assert theirs["dc:title"] == title and list(theirs["dc:creator"]) == ["Bedside"]
    assert theirs["xmp:CreatorTool"] == "Bedside" and theirs["pdf:Producer"] == "Qt 6.11.3"
    assert packet.startswith(b"<?xpacket begin=") and packet.endswith(b"<?xpacket end='w'?>")
    assert packet.count(b"<pdfaid:part>") == 1 and b"pdfaid:part=" not in packet   # the 1b declaration gone


def test_a_pdf_without_metadata_gets_a_packet():
    packet = xmp.update(None, {"pdfaid:part": "2"})
    assert xmp.read(packet)["pdfaid:part"] == "2"
    assert _through_pikepdf(packet)["pdfaid:part"] == "2"
