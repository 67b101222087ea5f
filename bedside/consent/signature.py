"""Handwritten signature strokes: validation and a canonical byte form.

A signature is `{"width": W, "height": H, "strokes": [[[x, y, t_ms], ...], ...]}`
in pad pixels. It is refused as *empty or trivial* unless all thresholds in
resources/consent/signature_rules.json hold:

- at least `min_points` points in total (a tap gives 1-3),
- total drawn path length >= `min_path_length_fraction_of_width` * W,
- bounding box width >= `min_bbox_width_fraction` * W,
- bounding box height >= `min_bbox_height_fraction` * H (a flat line fails).
"""
from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass
from pathlib import Path

from bedside.i18n import QT_TRANSLATE_NOOP
from bedside.consent.errors import ConsentError
from bedside.paths import resources_dir

RULES_PATH = resources_dir() / "consent" / "signature_rules.json"


@dataclass(frozen=True)
class SignatureRules:
    min_points: int = 12
    min_path_length_fraction_of_width: float = 0.25
    min_bbox_width_fraction: float = 0.12
    min_bbox_height_fraction: float = 0.06
    max_points: int = 20000
    max_strokes: int = 200

    @classmethod
    def load(cls, path: Path | str | None = None) -> "SignatureRules":
        data = json.loads(Path(path or RULES_PATH).read_text(encoding="utf-8"))
        fields = {k: data[k] for k in cls.__dataclass_fields__ if k in data}
        rules = cls(**fields)
        for k in cls.__dataclass_fields__:
            v = getattr(rules, k)
            if not isinstance(v, (int, float)) or isinstance(v, bool) or v < 0 or not math.isfinite(v):
                raise ConsentError("signature_rules", QT_TRANSLATE_NOOP("core", "Signature rule {key} must be a non-negative number."), key=k)
        return rules


@dataclass(frozen=True)
class StrokeMetrics:
    points: int
    strokes: int
    path_length: float
    bbox_width: float
    bbox_height: float


def _num(v) -> float:
    if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v):
        raise ConsentError("signature", QT_TRANSLATE_NOOP("core", "The signature contains an invalid point."))
    return float(v)


def normalise(sig: object, rules: SignatureRules) -> dict:
    """Check the shape and return a clean copy (floats rounded to 0.1 px)."""
    if not isinstance(sig, dict):
        raise ConsentError("signature", QT_TRANSLATE_NOOP("core", "The signature is missing."))
    w, h = _num(sig.get("width")), _num(sig.get("height"))
    if w <= 0 or h <= 0 or w > 100000 or h > 100000:
        raise ConsentError("signature", QT_TRANSLATE_NOOP("core", "The signature pad size is invalid."))
    strokes = sig.get("strokes")
    if not isinstance(strokes, list):
        raise ConsentError("signature", QT_TRANSLATE_NOOP("core", "The signature is missing."))
    if len(strokes) > rules.max_strokes:
        raise ConsentError("signature", QT_TRANSLATE_NOOP("core", "The signature has too many strokes ({n}); please clear and sign again."), n=len(strokes))
    clean, total = [], 0
    for stroke in strokes:
        if not isinstance(stroke, list):
            raise ConsentError("signature", QT_TRANSLATE_NOOP("core", "The signature contains an invalid point."))
        pts = []
        for p in stroke:
            if not isinstance(p, (list, tuple)) or len(p) not in (2, 3):
                raise ConsentError("signature", QT_TRANSLATE_NOOP("core", "The signature contains an invalid point."))
            x, y = _num(p[0]), _num(p[1])
            t = _num(p[2]) if len(p) == 3 else 0.0
            if not (-1 <= x <= w + 1 and -1 <= y <= h + 1):
                raise ConsentError("signature", QT_TRANSLATE_NOOP("core", "The signature goes outside the pad."))
            pts.append([round(x, 1), round(y, 1), int(t)])
        total += len(pts)
        if total > rules.max_points:
            raise ConsentError("signature", QT_TRANSLATE_NOOP("core", "The signature has too many points; please clear and sign again."))
        if pts:
            clean.append(pts)
    return {"width": round(w, 1), "height": round(h, 1), "strokes": clean}


def metrics(sig: dict) -> StrokeMetrics:
    xs = [p[0] for s in sig["strokes"] for p in s]
    ys = [p[1] for s in sig["strokes"] for p in s]
    length = 0.0
    for s in sig["strokes"]:
        for a, b in zip(s, s[1:]):
            length += math.hypot(b[0] - a[0], b[1] - a[1])
    return StrokeMetrics(
        points=len(xs), strokes=len(sig["strokes"]), path_length=length,
        bbox_width=(max(xs) - min(xs)) if xs else 0.0,
        bbox_height=(max(ys) - min(ys)) if ys else 0.0)


def validate_signature(sig: object, rules: SignatureRules | None = None) -> dict:
    """Return the normalised signature or raise ConsentError (empty/trivial/invalid)."""
    rules = rules or SignatureRules.load()
    clean = normalise(sig, rules)
    m = metrics(clean)
    if m.points == 0:
        raise ConsentError("signature", QT_TRANSLATE_NOOP("core", "The signature is empty. Please sign in the box."))
    w, h = clean["width"], clean["height"]
    if (m.points < rules.min_points
            or m.path_length < rules.min_path_length_fraction_of_width * w
            or m.bbox_width < rules.min_bbox_width_fraction * w
            or m.bbox_height < rules.min_bbox_height_fraction * h):
        raise ConsentError("signature", QT_TRANSLATE_NOOP("core", "The signature is too small or too short to be a signature. Please clear and sign again, larger."))
    return clean


def signature_bytes(clean: dict) -> bytes:
    """Canonical bytes of a normalised signature (what is stored as a blob)."""
    return json.dumps(clean, sort_keys=True, separators=(",", ":")).encode("utf-8")


def signature_from_bytes(data: bytes) -> dict:
    return json.loads(data.decode("utf-8"))


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
