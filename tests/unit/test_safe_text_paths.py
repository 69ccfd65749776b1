"""Every text a Textual view draws goes through the one safe path (screens.common.SafeText, which
escapes through checkup.support.safe_text.printable): the source is walked, so a view that builds a
Static, a Label, an option or a notification from outside text another way fails here, before
anyone sees it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from checkup.screens.common import SafeText, plain, shown, with_labels

ROOT = Path(__file__).resolve().parents[2]  # tests/<kind>/this file
VIEWS = sorted((ROOT / "screens").rglob("*.py"))
SAFE_MODULE = ROOT / "screens" / "common.py"
# What draws text: its first argument is what is drawn.
DRAWS = {"Static", "Label", "Option", "Selection", "update", "notify"}
# What builds text through the safe path.
SAFE_BUILDERS = {"SafeText", "assemble", "plain", "with_labels", "breadcrumb", "status_line",
                 "printable", "keys_hint", "side_by_side", "bullets"}
# Ways around it: a Rich Text or Textual Content of one's own, or markup.
UNSAFE_IMPORTS = {("rich.text", "Text"), ("textual.content", "Content"),
                  ("textual.markup", "escape"), ("rich.markup", "escape")}


def _name(func: ast.expr) -> str:
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


class _Checker:
    def __init__(self, tree: ast.Module, markup_allowed: bool = False) -> None:
        self.markup_allowed = markup_allowed
        self.functions = {f.name: f for f in ast.walk(tree)
                          if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef)}
        self.seen: set[str] = set()

    def returns_safe(self, name: str) -> bool:
        """A function of this module whose every returned value is safe."""
        if name in self.seen:  # recursion: judged by its other returns
            return True
        self.seen.add(name)
        function = self.functions[name]
        if isinstance(function.returns, ast.Name) and function.returns.id == "SafeText":
            return True
        returns = [r.value for r in ast.walk(function) if isinstance(r, ast.Return) and r.value]
        return bool(returns) and all(self.safe(v, function) for v in returns)

    def safe_list(self, name: ast.expr, scope: ast.AST) -> bool:
        """A list (of renderables) every entry of which, as built in `scope`, is safe."""
        if not isinstance(name, ast.Name):
            return False
        lists = [n.value for n in ast.walk(scope) if isinstance(n, ast.Assign | ast.AnnAssign
                 | ast.AugAssign) and isinstance(getattr(n, "target", None) or n.targets[0],
                 ast.Name) and (getattr(n, "target", None) or n.targets[0]).id == name.id]
        # a list of entries, or a comprehension making each entry, every one of them safe
        return bool(lists) and all(
            (isinstance(v, ast.List) and all(self.safe(e, scope) for e in v.elts))
            or (isinstance(v, ast.ListComp) and self.safe(v.elt, scope)) for v in lists)

    def safe(self, expr: ast.expr, scope: ast.AST) -> bool:
        if isinstance(expr, ast.Constant):  # this program's own words
            return isinstance(expr.value, str)
        if self.markup_allowed and isinstance(expr, ast.Call) and _name(expr.func) == (
                "from_markup"):
            return True  # the safe module's own keys and actions, escaped where they are built
        if isinstance(expr, ast.Call) and _name(expr.func) == "Group":  # Group(*parts)
            return all(isinstance(a, ast.Starred) and self.safe_list(a.value, scope)
                       for a in expr.args)
        if isinstance(expr, ast.Call):
            name = _name(expr.func)
            return name in SAFE_BUILDERS or (name in self.functions and self.returns_safe(name))
        if isinstance(expr, ast.IfExp):
            return self.safe(expr.body, scope) and self.safe(expr.orelse, scope)
        if isinstance(expr, ast.Name):  # every value the name is given in its function
            values = [n.value for n in ast.walk(scope) if isinstance(n, ast.Assign)
                      and any(isinstance(t, ast.Name) and t.id == expr.id for t in n.targets)]
            values += [n.value for n in ast.walk(scope) if isinstance(n, ast.AnnAssign)
                       and isinstance(n.target, ast.Name) and n.target.id == expr.id and n.value]
            return bool(values) and all(self.safe(v, scope) for v in values)
        return False  # an f-string, a concatenation, an attribute: outside text, unescaped


def violations(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    checker = _Checker(tree, markup_allowed=path == SAFE_MODULE)
    out = []
    if path != SAFE_MODULE:
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                out += [f"{path.name}:{node.lineno}: imports {node.module}.{a.name}"
                        for a in node.names if (node.module, a.name) in UNSAFE_IMPORTS]
            if isinstance(node, ast.keyword) and node.arg == "markup" and not (
                    isinstance(node.value, ast.Constant) and node.value.value is False):
                out.append(f"{path.name}:{node.value.lineno}: markup= other than False")
    scopes = [f for f in ast.walk(tree) if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef)]
    for scope in scopes:
        for node in ast.walk(scope):
            if not (isinstance(node, ast.Call) and _name(node.func) in DRAWS and node.args):
                continue
            first = node.args[0]
            if _name(node.func) == "Selection" or isinstance(first, ast.Tuple):
                continue  # checked as tuples below
            if not checker.safe(first, scope):
                out.append(f"{path.name}:{node.lineno}: {_name(node.func)}() of "
                           f"{ast.unparse(first)}")
            if _name(node.func) == "notify" and not any(
                    k.arg == "markup" for k in node.keywords):
                out.append(f"{path.name}:{node.lineno}: notify() without markup=False")
        # a selection list's entries: (prompt, value[, selected])
        for node in ast.walk(scope):
            if isinstance(node, ast.Tuple) and len(node.elts) >= 2 and isinstance(
                    node.elts[0], ast.Call) and _name(node.elts[0].func) not in SAFE_BUILDERS \
                    and _name(node.elts[0].func)[:1].isupper():
                out.append(f"{path.name}:{node.lineno}: a prompt of {ast.unparse(node.elts[0])}")
    return out


@pytest.mark.parametrize("path", VIEWS, ids=lambda p: p.name)
def test_views_draw_outside_text_only_through_the_safe_path(path: Path) -> None:
    assert violations(path) == []


def test_the_walk_catches_the_ways_around_it(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text(
        "from rich.text import Text\n"
        "def compose(self, reason):\n"
        "    yield Static(reason)\n"
        "    yield Static(f'Why: {reason}')\n"
        "    line = Text(reason)\n"
        "    yield Static(line)\n"
        "    self.notify(reason)\n", encoding="utf-8")
    found = violations(bad)
    assert len(found) == 6, found


def test_safe_text_escapes_whatever_goes_in() -> None:
    hostile = "a\x1b]0;T\x07b\u202ec\x9b"
    for text in (SafeText(hostile), plain(hostile), with_labels(hostile, ()),
                 SafeText().append(hostile), SafeText.assemble((hostile, "bold"), hostile)):
        assert "\x1b" not in text.plain and "\u202e" not in text.plain
        assert "\\x1b]0;T\\x07b\\u202ec\\x9b" in text.plain
    assert shown("line 1\nline 2") == "line 1\nline 2"  # a line break is drawn as one
    from rich.text import Text

    with pytest.raises(TypeError):
        SafeText().append(Text(hostile))
