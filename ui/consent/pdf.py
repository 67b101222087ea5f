"""The PDF consent record, written with Qt's QPdfWriter.

`render_consent_pdf(doc)` (PDF/A-2b: bedside/consent/pdfa.py) takes the plain data from
`bedside.consent.service.document_data` and returns PDF bytes: every field,
the form version and full text, the handwritten signature drawn from its
strokes, the electronic signature of the person obtaining consent, the times
and the SHA-256 of the recorded content."""
from __future__ import annotations

from html import escape

from bedside.consent.pdfa import to_pdfa2b
from ui.consent.signature_pad import draw_strokes
from ui.i18n import format_date, localized
from ui.qt import QtCore, QtGui



def signature_image(strokes: dict | None, width: int = 900, height: int = 300) -> QtGui.QImage:
    img = QtGui.QImage(width, height, QtGui.QImage.Format_RGB32)  # no alpha: PDF/A allows no transparency
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
    return {"patient": QtCore.QCoreApplication.translate("ConsentPdf", "the patient"), "representative": QtCore.QCoreApplication.translate("ConsentPdf", "the legal representative"),
            "witness": QtCore.QCoreApplication.translate("ConsentPdf", "an impartial witness")}.get(pathway, pathway)


def consent_html(doc: dict) -> str:
    f, pat, s = doc["form"], doc["patient"], doc["signer"]
    rows = [
        _row(QtCore.QCoreApplication.translate("ConsentPdf", "Patient"), pat.get("name", "")), _row(QtCore.QCoreApplication.translate("ConsentPdf", "Medical record number"), pat.get("mrn", "")),
        _row(QtCore.QCoreApplication.translate("ConsentPdf", "Study number"), pat.get("study_id", "")), _row(QtCore.QCoreApplication.translate("ConsentPdf", "Patient identifier"), pat.get("id", "")),
    ]
    signer_rows = [_row(QtCore.QCoreApplication.translate("ConsentPdf", "Consent given by"), _pathway_label(doc["pathway"])), _row(QtCore.QCoreApplication.translate("ConsentPdf", "Name"), s.get("name", ""))]
    if doc["pathway"] == "representative":
        signer_rows += [_row(QtCore.QCoreApplication.translate("ConsentPdf", "Relationship"), localized(doc.get("signer_relationship")) or s.get("relationship", "")),
                        _row(QtCore.QCoreApplication.translate("ConsentPdf", "Contact"), s.get("contact", ""))]
        if doc.get("cascade_step"):
            step = QtCore.QCoreApplication.translate("ConsentPdf", "{step} of {steps}").format(
                step=doc["cascade_step"], steps=doc.get("cascade_steps", ""))
            if doc.get("cascade_law"):
                step += f" ({doc['cascade_law']})"
            signer_rows.append(_row(QtCore.QCoreApplication.translate("ConsentPdf", "Step in the legal order of representatives"), step))
            for p in doc.get("passed_over") or []:
                signer_rows.append(_row(QtCore.QCoreApplication.translate("ConsentPdf", "Passed over: {step}").format(
                    step=localized(p["step"])), localized(p["reason"])))
    if doc["pathway"] == "witness":
        signer_rows += [_row(QtCore.QCoreApplication.translate("ConsentPdf", "Role"), localized(doc.get("signer_role")) or s.get("role", "")),
                        _row(QtCore.QCoreApplication.translate("ConsentPdf", "Department"), s.get("department", "")),
                        _row(QtCore.QCoreApplication.translate("ConsentPdf", "Independent of the trial (attested)"), QtCore.QCoreApplication.translate("ConsentPdf", "yes") if s.get("independent") else QtCore.QCoreApplication.translate("ConsentPdf", "no"))]
    form_rows = [_row(QtCore.QCoreApplication.translate("ConsentPdf", "Form"), f["form_id"]), _row(QtCore.QCoreApplication.translate("ConsentPdf", "Version"), f["version"]), _row(QtCore.QCoreApplication.translate("ConsentPdf", "Language"), f["language"]),
                 _row(QtCore.QCoreApplication.translate('ConsentPdf', "Ethics Committee approval"), format_date(f["ec_approval_date"]) + (f"  ({f['ec_reference']})" if f.get("ec_reference") else ""))]
    items = "".join(
        f"<tr><td style='padding-right:12px'>{escape(i['text'])}</td><td><b>{escape(QtCore.QCoreApplication.translate('ConsentPdf', 'yes') if i['answer'] else QtCore.QCoreApplication.translate('ConsentPdf', 'no') if i['answer'] is False else '—')}</b></td></tr>"
        for i in f["optional_items"])
    sections = "".join(f"<h4>{escape(x['heading'])}</h4><p>{escape(x['text'])}</p>" for x in f["sections"])
    es = doc.get("esign") or {}
    confirms = doc.get("confirms")
    if confirms:
        note = QtCore.QCoreApplication.translate("ConsentPdf", "This consent by the patient confirms the consent given on the patient’s behalf by {who} ({name}) on {date}.").format(
            who=_pathway_label(confirms["pathway"]), name=confirms["name"], date=_when(confirms["date"]))
        confirm_note = f"<p style='color:#0b4d1e'><b>{escape(note)}</b></p>"
    else:
        confirm_note = ""
    pending_note = ""
    if doc["pathway"] != "patient":
        pending_note = f"<p style='color:#8a4b00'><b>{escape(QtCore.QCoreApplication.translate('ConsentPdf', 'This consent was given on the patient’s behalf. The patient must confirm it through the normal consent procedure as soon as they can decide.'))}</b></p>"
    return f"""
<html><body style='font-family:sans-serif;font-size:10pt'>
<h2>{escape(QtCore.QCoreApplication.translate("ConsentPdf", 'TJT2012 — Record of informed consent'))}</h2>
<p>{escape(f['title'])}</p>
<table>{''.join(rows)}</table>
<h3>{escape(QtCore.QCoreApplication.translate("ConsentPdf", 'Consent form'))}</h3><table>{''.join(form_rows)}</table>
<h3>{escape(QtCore.QCoreApplication.translate("ConsentPdf", 'Person consenting'))}</h3><table>{''.join(signer_rows)}</table>
{pending_note}{confirm_note}
<h3>{escape(QtCore.QCoreApplication.translate("ConsentPdf", 'Optional items'))}</h3><table>{items or '<tr><td>—</td></tr>'}</table>
<h3>{escape(QtCore.QCoreApplication.translate("ConsentPdf", 'Handwritten signature'))}</h3>
<p><img src='bedside://signature' width='360' height='120'></p>
<table>{_row(QtCore.QCoreApplication.translate("ConsentPdf", 'Signed at'), _when(doc['signed_at']))}</table>
<h3>{escape(QtCore.QCoreApplication.translate("ConsentPdf", 'Consent obtained by'))}</h3>
<table>{_row(QtCore.QCoreApplication.translate("ConsentPdf", 'Name'), doc['obtained_by'])}{_row(QtCore.QCoreApplication.translate("ConsentPdf", 'Electronic signature'), es.get('name', ''))}
{_row(QtCore.QCoreApplication.translate("ConsentPdf", 'Meaning'), es.get('meaning', ''))}{_row(QtCore.QCoreApplication.translate("ConsentPdf", 'Signed (UTC)'), _when(es.get('when', '')))}
{_row(QtCore.QCoreApplication.translate("ConsentPdf", 'Recorded (UTC)'), _when(doc['recorded_utc']))}{_row(QtCore.QCoreApplication.translate("ConsentPdf", 'Recorded by'), doc['recorded_by'])}</table>
<h3>{escape(QtCore.QCoreApplication.translate("ConsentPdf", 'Integrity'))}</h3>
<p>{escape(QtCore.QCoreApplication.translate("ConsentPdf", 'SHA-256 of the recorded content'))}:<br><span style='font-family:monospace;font-size:8pt'>{escape(doc['content_hash'])}</span></p>
<table>{_row(QtCore.QCoreApplication.translate("ConsentPdf", 'Record entry'), doc['entry_id'])}</table>
<h3>{escape(QtCore.QCoreApplication.translate("ConsentPdf", 'Text of the consent form'))}</h3>
{sections}
<p style='color:#444'>{escape(QtCore.QCoreApplication.translate("ConsentPdf", 'SHA-256 of the recorded content'))}:<br><span style='font-family:monospace;font-size:8pt'>{escape(doc['content_hash'])}</span></p>
</body></html>"""


def render_consent_pdf(doc: dict) -> bytes:
    buf = QtCore.QBuffer()
    buf.open(QtCore.QIODevice.WriteOnly)
    writer = QtGui.QPdfWriter(buf)
    writer.setPdfVersion(QtGui.QPagedPaintDevice.PdfVersion.PdfVersion_A1b)  # finished as PDF/A-2b below
    writer.setPageSize(QtGui.QPageSize(QtGui.QPageSize.A4))
    writer.setPageMargins(QtCore.QMarginsF(18, 18, 18, 18), QtGui.QPageLayout.Millimeter)
    writer.setResolution(300)
    title = QtCore.QCoreApplication.translate("ConsentPdf", "TJT2012 consent record")
    writer.setTitle(title)
    writer.setCreator("Bedside")
    text = QtGui.QTextDocument()
    text.addResource(QtGui.QTextDocument.ImageResource, QtCore.QUrl("bedside://signature"),
                     signature_image(doc.get("strokes")))
    text.setHtml(consent_html(doc))
    text.print_(writer)
    del writer
    buf.close()
    return to_pdfa2b(bytes(buf.data()), language=str(doc.get("language") or "fr"), title=title)
