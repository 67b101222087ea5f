"""The CONSORT flow diagram as an SVG image, drawn from the same counts as
consort.json: the export writes it and the app shows it, so both carry the
same numbers. Words in English or French (resources/export/consort.json
``figure_words``); no Qt."""
from __future__ import annotations

from xml.sax.saxutils import escape

from bedside.export import resources
from bedside.eligibility.screen_failure_reasons import reasons as screen_failure_reasons
from bedside.export.consort import END_STATES, ConsortCounts

FIGURE_FILE = "consort_flow.svg"
WIDTH, BOX_W = 960, 300


def _box(x: int, y: int, w: int, lines: list[str], ident: str, bold_first: bool = True) -> tuple[str, int]:
    h = 16 + 20 * len(lines)
    parts = [f'<g id="{ident}"><rect x="{x}" y="{y}" width="{w}" height="{h}" rx="6" '
             f'fill="#ffffff" stroke="#37474f" stroke-width="2"/>']
    for i, line in enumerate(lines):
        weight = "bold" if bold_first and i == 0 else "normal"
        parts.append(f'<text x="{x + 12}" y="{y + 26 + 20 * i}" font-size="15" font-weight="{weight}" '
                     f'font-family="sans-serif" fill="#212121">{escape(line)}</text>')
    parts.append("</g>")
    return "".join(parts), h


def _arrow(x1: int, y1: int, x2: int, y2: int) -> str:
    return (f'<line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" stroke="#37474f" stroke-width="2" '
            f'marker-end="url(#arrow)"/>')


def consort_svg(c: ConsortCounts, lang: str = "en", reason_words: dict | None = None) -> str:
    """Screen-failure reasons in words (their resource's labels, in *lang*);
    criteria by their protocol codes (EXC-02), as investigators cite them.
    *reason_words*: code -> words, over those."""
    words = resources.load("consort")["figure_words"]
    w = words.get(lang) or words["en"]
    rw = {r.id: r.text(lang) for r in screen_failure_reasons()} | (reason_words or {})
    sep = w.get("separator", ": ")
    main_x, side_x = 40, 40 + BOX_W + 120
    out = []
    y = 60
    box, h = _box(main_x, y, BOX_W, [f'{w["screened"]}{sep}{c.screened}',
                                     f'{w["not_assessed"]}{sep}{c.screened - c.assessed}'], "screened")
    out.append(box)
    y2 = y + h + 40
    out.append(_arrow(main_x + BOX_W // 2, y + h, main_x + BOX_W // 2, y2))
    box, h = _box(main_x, y2, BOX_W, [f'{w["assessed"]}{sep}{c.assessed}'], "assessed")
    out.append(box)
    mid = y2 + h // 2
    side = [f'{w["not_eligible"]}{sep}{c.not_eligible}']
    side += [f"· {rw.get(k, k)}{sep}{n}" for k, n in c.not_eligible_by_criterion.items()]
    side += [f'{w["eligible_not_included"]}{sep}{c.eligible_not_included}']
    side += [f"· {rw.get(k, w.get(k, k))}{sep}{n}" for k, n in c.eligible_not_included_by_reason.items()]
    sbox, sh = _box(side_x, y2 - 10, WIDTH - side_x - 20, side, "excluded", bold_first=False)
    out.append(_arrow(main_x + BOX_W, mid, side_x, mid))
    out.append(sbox)
    y3 = max(y2 + h, y2 - 10 + sh) + 40
    out.append(_arrow(main_x + BOX_W // 2, y2 + h, main_x + BOX_W // 2, y3))
    box, h = _box(main_x, y3, BOX_W, [f'{w["included"]}{sep}{c.included}'], "included")
    out.append(box)
    y4 = y3 + h + 40
    out.append(_arrow(main_x + BOX_W // 2, y3 + h, main_x + BOX_W // 2, y4))
    inf = [w["infusions"]] + [f'{w["infused"].format(n=n)}{sep}{getattr(c, f"infused_{n}")}' for n in (3, 2, 1, 0)]
    box, h = _box(main_x, y4, BOX_W, inf, "infusions")
    out.append(box)
    ends = [w["end"]] + [f"{w[s]}{sep}{getattr(c, s)}" for s in END_STATES]
    ebox, eh = _box(side_x, y4, WIDTH - side_x - 20, ends, "end")
    out.append(_arrow(main_x + BOX_W, y4 + h // 2, side_x, y4 + h // 2))
    out.append(ebox)
    bottom = max(y4 + h, y4 + eh) + 30
    if c.queries:
        out.append(f'<text x="{main_x}" y="{bottom}" font-size="14" font-family="sans-serif" fill="#b71c1c">'
                   f'{escape(w["queries"].format(n=c.queries))}</text>')
        bottom += 20
    height = bottom + 10
    head = (f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
            f'viewBox="0 0 {WIDTH} {height}"><defs><marker id="arrow" markerWidth="10" markerHeight="10" '
            f'refX="9" refY="5" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#37474f"/></marker></defs>'
            f'<rect width="{WIDTH}" height="{height}" fill="#fafafa"/>'
            f'<text x="{main_x}" y="34" font-size="20" font-weight="bold" font-family="sans-serif" '
            f'fill="#212121">{escape(w["title"])}</text>')
    return head + "".join(out) + "</svg>\n"
