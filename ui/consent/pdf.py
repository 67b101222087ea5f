"""The PDF consent record, written with Qt's QPdfWriter.

`render_consent_pdf(doc)` takes the plain data from
`bedside.consent.service.document_data` and returns PDF bytes: every field,
the form version and full text, the handwritten signature drawn from its
strokes, the electronic signature of the person obtaining consent, the times
and the SHA-256 of the recorded content."""
from __future__ import annotations

from html import escape

from ui.consent.signature_pad import draw_strokes
from ui.qt import QtCore, QtGui, Qt


def _t(text: str) -> str:
    return QtCore.QCoreApplication.translate("ConsentPdf", text)


def signature_image(strokes: dict | None, width: int = 900, height: int = 300) -> QtGui.QImage:
    img = QtGui.QImage(width, height, QtGui.QImage.Format_ARGB32)
    img.fill(QtGui.QColor("white"))
    if strokes and strokes.get("strokes"):
        p = QtGui.QPainter(img)
        p.setRenderHint(QtGui.QPainter.Antialiasing)
        scale = min(width / strokes["width"], height / strokes["height"])
        draw_strokes(p, strokes["strokes"], scale, QtGui.QColor("#0b1f44"), 4.0)
        p.end()
    return img


def _when(iso: str) -> str:
    """'2026-11-20 02:03:37 UTC' from an aware ISO time (text unchanged if not one)."""
    import datetime as dt
    try:
        t = dt.datetime.fromisoformat(iso)
    except (TypeError, ValueError):
        return iso or ""
    if t.tzinfo is None:
        return iso
    return t.astimezone(dt.timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")


def _row(label: str, value: str) -> str:
    return f"<tr><td style='color:#444;padding-right:12px'>{escape(label)}</td><td><b>{escape(value or '—')}</b></td></tr>"


def _pathway_label(pathway: str) -> str:
    return {"patient": _t("the patient"), "representative": _t("the legal representative"),
            "witness": _t("an impartial witness")}.get(pathway, pathway)


def consent_html(doc: dict) -> str:
    f, pat, s = doc["form"], doc["patient"], doc["signer"]
    rows = [
        _row(_t("Patient"), pat.get("name", "")), _row(_t("Medical record number"), pat.get("mrn", "")),
        _row(_t("Study number"), pat.get("study_id", "")), _row(_t("Patient identifier"), pat.get("id", "")),
    ]
    signer_rows = [_row(_t("Consent given by"), _pathway_label(doc["pathway"])), _row(_t("Name"), s.get("name", ""))]
    if doc["pathway"] == "representative":
        signer_rows += [_row(_t("Relationship"), doc.get("signer_relationship") or s.get("relationship", "")),
                        _row(_t("Contact"), s.get("contact", ""))]
    if doc["pathway"] == "witness":
        signer_rows += [_row(_t("Role"), doc.get("signer_role") or s.get("role", "")),
                        _row(_t("Department"), s.get("department", "")),
                        _row(_t("Independent of the trial (attested)"), _t("yes") if s.get("independent") else _t("no"))]
    form_rows = [_row(_t("Form"), f["form_id"]), _row(_t("Version"), f["version"]), _row(_t("Language"), f["language"]),
                 _row(_t("Ethics Committee approval"), f["ec_approval_date"] + (f"  ({f['ec_reference']})" if f.get("ec_reference") else ""))]
    items = "".join(
        f"<tr><td style='padding-right:12px'>{escape(i['text'])}</td><td><b>{escape(_t('yes') if i['answer'] else _t('no') if i['answer'] is False else '—')}</b></td></tr>"
        for i in f["optional_items"])
    sections = "".join(f"<h4>{escape(x['heading'])}</h4><p>{escape(x['text'])}</p>" for x in f["sections"])
    es = doc.get("esign") or {}
    confirms = doc.get("confirms")
    if confirms:
        note = _t("This consent by the patient confirms the consent given on the patient’s behalf by {who} ({name}) on {date}.").format(
            who=_pathway_label(confirms["pathway"]), name=confirms["name"], date=_when(confirms["date"]))
        confirm_note = f"<p style='color:#0b4d1e'><b>{escape(note)}</b></p>"
    else:
        confirm_note = ""
    pending_note = ""
    if doc["pathway"] != "patient":
        pending_note = f"<p style='color:#8a4b00'><b>{escape(_t('This consent was given on the patient’s behalf. The patient must confirm it through the normal consent procedure as soon as they can decide.'))}</b></p>"
    return f"""
<html><body style='font-family:sans-serif;font-size:10pt'>
<h2>{escape(_t('TJT2012 — Record of informed consent'))}</h2>
<p>{escape(f['title'])}</p>
<table>{''.join(rows)}</table>
<h3>{escape(_t('Consent form'))}</h3><table>{''.join(form_rows)}</table>
<h3>{escape(_t('Person consenting'))}</h3><table>{''.join(signer_rows)}</table>
{pending_note}{confirm_note}
<h3>{escape(_t('Optional items'))}</h3><table>{items or '<tr><td>—</td></tr>'}</table>
<h3>{escape(_t('Handwritten signature'))}</h3>
<p><img src='bedside://signature' width='360' height='120'></p>
<table>{_row(_t('Signed at'), _when(doc['signed_at']))}</table>
<h3>{escape(_t('Consent obtained by'))}</h3>
<table>{_row(_t('Name'), doc['obtained_by'])}{_row(_t('Electronic signature'), es.get('name', ''))}
{_row(_t('Meaning'), es.get('meaning', ''))}{_row(_t('Signed (UTC)'), _when(es.get('when', '')))}
{_row(_t('Recorded (UTC)'), _when(doc['recorded_utc']))}{_row(_t('Recorded by'), doc['recorded_by'])}</table>
<h3>{escape(_t('Integrity'))}</h3>
<p>{escape(_t('SHA-256 of the recorded content'))}:<br><span style='font-family:monospace;font-size:8pt'>{escape(doc['content_hash'])}</span></p>
<table>{_row(_t('Record entry'), doc['entry_id'])}</table>
<h3>{escape(_t('Text of the consent form'))}</h3>
{sections}
<p style='color:#444'>{escape(_t('SHA-256 of the recorded content'))}:<br><span style='font-family:monospace;font-size:8pt'>{escape(doc['content_hash'])}</span></p>
</body></html>"""


def render_consent_pdf(doc: dict) -> bytes:
    buf = QtCore.QBuffer()
    buf.open(QtCore.QIODevice.WriteOnly)
    writer = QtGui.QPdfWriter(buf)
    writer.setPageSize(QtGui.QPageSize(QtGui.QPageSize.A4))
    writer.setPageMargins(QtCore.QMarginsF(18, 18, 18, 18), QtGui.QPageLayout.Millimeter)
    writer.setResolution(300)
    writer.setTitle(_t("TJT2012 consent record"))
    writer.setCreator("Bedside")
    text = QtGui.QTextDocument()
    text.addResource(QtGui.QTextDocument.ImageResource, QtCore.QUrl("bedside://signature"),
                     signature_image(doc.get("strokes")))
    text.setHtml(consent_html(doc))
    text.print_(writer)
    del writer
    buf.close()
    return bytes(buf.data())
