"""The screening-log and CONSORT files of an export: the log, the counts
(CSV and JSON) and the flow diagram, all from one set of counts."""
from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict

from bedside.export.consort import (CONSORT_CSV_FILE, CONSORT_JSON_FILE, LOG_COLUMNS, SCREENING_LOG_FILE,
                                    consort_counts, screening_log)
from bedside.export.consort_figure import FIGURE_FILE, consort_svg
from bedside.export.privacy import Pseudonymiser
from bedside.export.source import ExportData


def write_consort(data: ExportData, pseudo: Pseudonymiser) -> dict[str, bytes]:
    entries = screening_log(data, pseudo)
    counts = consort_counts(entries)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(LOG_COLUMNS)
    for e in entries:
        w.writerow([e.subject_id, e.screened_on, "" if e.age_years is None else e.age_years, e.eligible,
                    "|".join(e.failed_criteria), "yes" if e.included else "no", e.infusions_given,
                    "yes" if e.withdrawn else "no", e.withdrawn_on, e.box, e.not_included_reason, e.end_state,
                    "|".join(e.queries)])
    cbuf = io.StringIO()
    cw = csv.writer(cbuf, lineterminator="\r\n")
    cw.writerow(["measure", "count"])
    for key, value in asdict(counts).items():
        if key == "not_eligible_by_criterion":
            for crit, n in value.items():
                cw.writerow([f"not_eligible:{crit}", n])
        elif key == "eligible_not_included_by_reason":
            for reason, n in value.items():
                cw.writerow([f"eligible_not_included:{reason}", n])
        else:
            cw.writerow([key, value])
    return {
        SCREENING_LOG_FILE: buf.getvalue().encode("utf-8-sig"),
        CONSORT_CSV_FILE: cbuf.getvalue().encode("utf-8-sig"),
        CONSORT_JSON_FILE: json.dumps(asdict(counts), indent=2).encode("utf-8"),
        FIGURE_FILE: consort_svg(counts, "en").encode("utf-8"),
    }
