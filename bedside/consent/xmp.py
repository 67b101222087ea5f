"""The XMP metadata packet of a consent PDF, read and updated with the
standard library's XML parser.

pikepdf's own metadata API needs lxml (5 MB in the frozen bundle, issue 12)
for what is, here, a handful of properties in a packet Qt's PDF writer
made: ``pdfaid:part``/``conformance``, ``dc:title``, ``dc:creator``,
``xmp:CreatorTool``, ``pdf:Producer``. Properties are RDF attributes or
child elements of an ``rdf:Description``; :func:`update` removes each
property it sets wherever it is and writes it once, in the first
description. The ``<?xpacket?>`` wrapper is kept as it was.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

NAMESPACES = {
    "x": "adobe:ns:meta/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "dc": "http://purl.org/dc/elements/1.1/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
    "xmpMM": "http://ns.adobe.com/xap/1.0/mm/",
    "pdf": "http://ns.adobe.com/pdf/1.3/",
    "pdfaid": "http://www.aiim.org/pdfa/ns/id/",
    "pdfxid": "http://www.npes.org/pdfx/ns/id/",
}
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_RDF = NAMESPACES["rdf"]
_EMPTY_PACKET = (b"<?xpacket begin='\xef\xbb\xbf' id='W5M0MpCehiHzreSzNTczkc9d'?>"
                 b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="' + _RDF.encode() +
                 b'"><rdf:Description rdf:about=""/></rdf:RDF></x:xmpmeta><?xpacket end=\'w\'?>')


def _qname(prefixed: str) -> str:
    prefix, local = prefixed.split(":", 1)
    return f"{{{NAMESPACES[prefix]}}}{local}"


def _split(packet: bytes) -> tuple[bytes, bytes, bytes]:
    """(what precedes <x:xmpmeta>, the xmpmeta element, what follows it)."""
    start = packet.find(b"<x:xmpmeta")
    end_tag = b"</x:xmpmeta>"
    end = packet.rfind(end_tag)
    if start < 0 or end < 0:
        raise ValueError("no x:xmpmeta element in the XMP packet")
    return packet[:start], packet[start:end + len(end_tag)], packet[end + len(end_tag):]


def _descriptions(root: ET.Element) -> list[ET.Element]:
    return root.findall(f".//{{{_RDF}}}Description")


def _value(element: ET.Element) -> str | list[str]:
    """An element property's value: text, the default of an rdf:Alt, the items of a Seq/Bag."""
    for container in ("Alt", "Seq", "Bag"):
        box = element.find(f"{{{_RDF}}}{container}")
        if box is not None:
            items = box.findall(f"{{{_RDF}}}li")
            if container == "Alt":
                chosen = next((li for li in items if li.get(_XML_LANG) == "x-default"), items[0] if items else None)
                return (chosen.text or "") if chosen is not None else ""
            return [li.text or "" for li in items]
    return element.text or ""


def read(packet: bytes) -> dict[str, str | list[str]]:
    """Every property of the packet's descriptions, by prefixed name (``pdfaid:part``)."""
    _, body, _ = _split(packet)
    root = ET.fromstring(body)
    by_uri = {uri: prefix for prefix, uri in NAMESPACES.items()}
    out: dict[str, str | list[str]] = {}

    def prefixed(qname: str) -> str | None:
        uri, _, local = qname[1:].partition("}")
        prefix = by_uri.get(uri)
        return f"{prefix}:{local}" if prefix and prefix != "rdf" else None

    for desc in _descriptions(root):
        for key, value in desc.attrib.items():
            name = prefixed(key)
            if name:
                out[name] = value
        for child in desc:
            name = prefixed(child.tag)
            if name:
                out[name] = _value(child)
    return out


def update(packet: bytes | None, values: dict[str, str | list[str]]) -> bytes:
    """The packet with each property in ``values`` set (a list: an rdf:Seq;
    ``dc:title``: an rdf:Alt with its x-default)."""
    for prefix, uri in NAMESPACES.items():
        ET.register_namespace(prefix, uri)
    head, body, tail = _split(packet or _EMPTY_PACKET)
    root = ET.fromstring(body)
    descriptions = _descriptions(root)
    if not descriptions:
        raise ValueError("no rdf:Description in the XMP packet")
    for name in values:
        qname = _qname(name)
        for desc in descriptions:
            desc.attrib.pop(qname, None)
            for child in desc.findall(qname):
                desc.remove(child)
    target = descriptions[0]
    for name, value in values.items():
        element = ET.SubElement(target, _qname(name))
        if name == "dc:title":
            alt = ET.SubElement(element, f"{{{_RDF}}}Alt")
            ET.SubElement(alt, f"{{{_RDF}}}li", {_XML_LANG: "x-default"}).text = str(value)
        elif isinstance(value, list):
            seq = ET.SubElement(element, f"{{{_RDF}}}Seq")
            for item in value:
                ET.SubElement(seq, f"{{{_RDF}}}li").text = str(item)
        else:
            element.text = str(value)
    return head + ET.tostring(root, encoding="utf-8", xml_declaration=False) + tail
