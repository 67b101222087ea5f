#!/usr/bin/env python3
"""Translation pipeline for Bedside (French catalogue; English is the source).

    python build_scripts/translations.py            # update + check + compile (build step)
    python build_scripts/translations.py update     # lupdate ui/ and bedside/ -> resources/translations/bedside_fr.ts
    python build_scripts/translations.py check      # list UNTRANSLATED / PLACEHOLDER / NUMBER problems, exit 1 if any
    python build_scripts/translations.py todo out.json   # untranslated strings as {context: {source: ""}}
    python build_scripts/translations.py fill in.json    # write translations from {context: {source: text}}
    python build_scripts/translations.py compile    # lrelease -> resources/translations/bedside_fr.qm

Strings are found by lupdate in self.tr("…"), QCoreApplication.translate("Ctx", "…")
and QT_TRANSLATE_NOOP("core", "…") (bedside/i18n.py). Locations are not stored
(-locations none) so branches do not conflict on line numbers.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ui import i18n_catalog as cat  # noqa: E402

LANGS = ("fr",)


def cmd_update() -> None:
    for lang in LANGS:
        out = cat.run_lupdate(cat.ts_path(lang))
        print(out.strip())
        if lang == "fr" and cat.apply_french_spacing(cat.ts_path(lang)):
            cat.run_lupdate(cat.ts_path(lang))  # back to lupdate's own layout


def cmd_check() -> int:
    bad = 0
    for lang in LANGS:
        msgs = cat.read_ts(cat.ts_path(lang))
        live = [m for m in msgs if m.status not in ("vanished", "obsolete")]
        found = cat.problems(msgs) + cat.hidden_strings()
        print(f"{cat.ts_path(lang).relative_to(ROOT)}: {len(live)} strings, "
              f"{sum(1 for p in found if p.startswith('UNTRANSLATED'))} untranslated, "
              f"{sum(1 for p in found if not p.startswith(('UNTRANSLATED', 'HIDDEN')))} placeholder/number problems, "
              f"{sum(1 for p in found if p.startswith('HIDDEN'))} strings hidden from lupdate")
        for p in found:
            print("  " + p)
        bad += len(found)
    return 1 if bad else 0


def cmd_compile() -> None:
    for lang in LANGS:
        cat.run_lrelease(cat.ts_path(lang), cat.qm_path(lang))
        print(f"compiled {cat.qm_path(lang).relative_to(ROOT)}")


def main(argv: list[str]) -> int:
    cmd = argv[0] if argv else "all"
    if cmd == "update":
        cmd_update()
        return 0
    if cmd == "check":
        return cmd_check()
    if cmd == "compile":
        cmd_compile()
        return 0
    if cmd == "todo":
        todo = cat.untranslated(cat.read_ts(cat.ts_path("fr")))
        Path(argv[1]).write_text(json.dumps(todo, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"{sum(len(v) for v in todo.values())} untranslated strings written to {argv[1]}")
        return 0
    if cmd == "fill":
        table = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
        n = cat.fill(cat.ts_path("fr"), table)
        cat.apply_french_spacing(cat.ts_path("fr"))
        print(f"filled {n} translations")
        cat.run_lupdate(cat.ts_path("fr"))  # back to lupdate's own layout: small diffs, clean merges
        return cmd_check()
    if cmd == "all":
        cmd_update()
        rc = cmd_check()
        cmd_compile()
        return rc
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
