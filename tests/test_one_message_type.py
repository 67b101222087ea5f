"""Issue 13: one message type from the core to the screen, one formatter.

`bedside.messages.Message` is the only class that carries a translatable
template with its parameters; `ui.errors.text` is the only function that
translates one (context "core") and fills its parameters. This scans the
source for the types and formatters it replaced, and for any new class or
function doing the same job under another name."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from bedside.errors import ValidationError
from bedside.infusion.errors import InfusionRuleError
from bedside.messages import Message
from ui.errors import message_for, text

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [p for d in ("bedside", "bedside_server", "ui") for p in sorted((ROOT / d).rglob("*.py"))]
GONE = {"Problem", "tr_core", "core_text", "core_message", "_Msg", "_fmt"}


def _trees():
    for path in SOURCES:
        yield path.relative_to(ROOT).as_posix(), ast.parse(path.read_text(encoding="utf-8"))


def test_the_replaced_types_and_formatters_are_gone():
    found = []
    for rel, tree in _trees():
        for node in ast.walk(tree):
            if isinstance(node, (ast.ClassDef, ast.FunctionDef)) and node.name in GONE:
                found.append(f"{rel}:{node.lineno} {node.name}")
            if isinstance(node, ast.ImportFrom) and node.module in (
                    "bedside.infusion.messages", "bedside.eligibility.messages"):
                found.append(f"{rel}:{node.lineno} imports {node.module}")
    assert not (ROOT / "bedside/infusion/messages.py").exists()
    assert not (ROOT / "bedside/eligibility/messages.py").exists()
    assert found == []


def test_no_other_class_holds_a_template_and_its_parameters():
    """A class with both a ``template`` and a ``params`` field is a second
    message type (errors keep theirs as attributes and expose ``.messages``)."""
    found = []
    for rel, tree in _trees():
        for node in ast.walk(tree):
            if not isinstance(node, ast.ClassDef):
                continue
            fields = {s.target.id for s in node.body
                      if isinstance(s, ast.AnnAssign) and isinstance(s.target, ast.Name)}
            if {"template", "params"} <= fields and rel != "bedside/messages.py":
                found.append(f"{rel}:{node.lineno} {node.name}")
    assert found == []


def _formats_core_translation(fn: ast.FunctionDef) -> bool:
    """The function translates in context "core" and calls ``.format`` on
    the result: a message formatter."""
    translates = formats = False
    for node in ast.walk(fn):
        if isinstance(node, ast.Call):
            name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
            if (name == "translate" and node.args and isinstance(node.args[0], ast.Constant)
                    and node.args[0].value == "core" and not (
                        len(node.args) > 1 and isinstance(node.args[1], ast.Call))):
                translates = True
            if name == "format" and any(k.arg is None for k in node.keywords):
                formats = True
    return translates and formats


def test_only_ui_errors_text_formats_core_messages():
    found = [f"{rel}:{node.lineno} {node.name}" for rel, tree in _trees() for node in ast.walk(tree)
             if isinstance(node, ast.FunctionDef) and _formats_core_translation(node)]
    assert found == ["ui/errors.py:%d text" % text.__code__.co_firstlineno]


def test_errors_expose_their_messages(qapp):
    one = ValidationError("weight_kg", "“{label}” is outside its allowed range.", label="Weight")
    assert one.messages == [Message(one.template, {"label": "Weight"}, "weight_kg", "ValidationError")]
    assert message_for(one) == text(one.messages[0]) == "“Weight” is outside its allowed range."
    several = InfusionRuleError([Message("Enter a number.", field="a", code="number_missing"),
                                 Message("“{text}” is not a number.", {"text": "x"}, "b", "number_invalid")])
    assert several.codes == ["number_missing", "number_invalid"]
    assert [m.field for m in several.messages] == ["a", "b"]
    assert several.field == "a" and message_for(several) == "Enter a number."
    assert several.messages[1].text() == "“x” is not a number."


@pytest.mark.parametrize("template, params", [("{missing} here", {}), ("{0}", {"a": 1}), ("a {b", {"b": 1})])
def test_a_broken_template_still_reads(qapp, template, params):
    assert text(Message(template, params)) == template == Message(template, params).text()
