"""Extract Convivio's UI strings into Qt `.ts` catalogs, keeping the translations already there.

`pyside6-lupdate` only sees `self.tr("…")` and `QCoreApplication.translate("ctx", "…")`; our code
also translates through module-level wrappers (`_tr("…")` around a fixed context) and plural
helpers (`labels.count("ctx", n, "one", "many")`). This reads the code with `ast`, finds the
wrappers by looking at their definitions, and writes the same `.ts` format Qt Linguist and
`pyside6-lrelease` read.

Below the UI, services and domain rules write their messages with `msg("English {name}.",
name=…)` (`app/domain/messages.py`); those templates go to the "Messages" context, which the UI
translates with `app.ui.messages.translated`.

    python packaging/i18n/extract.py            # update resources/translations/*.ts
    python packaging/i18n/extract.py --check    # exit 1 if the catalogs are not current
"""

from __future__ import annotations

import argparse
import ast
import json
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "app" / "ui"
CATALOG_DIR = ROOT / "resources" / "translations"
DATA_FILES = (
    (ROOT / "resources" / "label_stocks.json", "label_stocks", ("name", "page", "notes")),
)
"""Texts the UI shows from data files: (file, context, fields of each entry of its list)."""
MESSAGE_SOURCES = ("app/domain", "app/services", "app/exporters")
"""Where `msg("…")` templates are written (no Qt there)."""
MESSAGE_CONTEXT = "Messages"
MESSAGE_FUNCTION = "msg"
LANGUAGES = ("de", "zh_CN")
"""The catalogs kept up to date: `convivio_<code>.ts` for each."""

TRANSLATE_NAMES = frozenset({"translate"})
"""`QCoreApplication.translate`, `QApplication.translate` or a bare imported `translate`."""


@dataclass(frozen=True)
class Message:
    """One string to translate, with where it was found."""

    context: str
    source: str
    comment: str = ""
    locations: tuple[str, ...] = ()

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


@dataclass(frozen=True)
class Problem:
    """Something that keeps a string from being extracted or found at run time."""

    location: str
    message: str

    def __str__(self) -> str:
        return f"{self.location}: {self.message}"


@dataclass(frozen=True)
class Wrapper:
    """A function that translates one or more of its parameters.

    `context` is fixed (`_tr` style) or taken from parameter `context_param` (`labels.count`).
    """

    text_params: tuple[int, ...]
    context: str | None = None
    context_param: int | None = None


@dataclass
class Extraction:
    messages: list[Message] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def module_name(path: Path, root: Path = ROOT) -> str:
    return ".".join(path.relative_to(root).with_suffix("").parts)


def literal(node: ast.expr | None) -> str | None:
    """The value of a string literal, including `"a" + "b"`; None for anything else."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = literal(node.left), literal(node.right)
        if left is not None and right is not None:
            return left + right
    return None


def _call_name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _param_index(node: ast.expr, params: list[str]) -> int | None:
    return params.index(node.id) if isinstance(node, ast.Name) and node.id in params else None


def _wrapper_from_call(
    call: ast.Call, params: list[str], resolve: Callable[[ast.expr], Wrapper | None]
) -> Wrapper | None:
    """The wrapper a function is when it passes its parameters on to `call`."""
    name = _call_name(call.func)
    if name in TRANSLATE_NAMES and len(call.args) >= 2:
        inner = Wrapper((1,), context_param=0)
    elif (known := resolve(call.func)) is not None:
        inner = known
    else:
        return None
    texts: list[int | None] = []
    for index in inner.text_params:
        if index >= len(call.args):
            return None
        node = call.args[index]
        if isinstance(node, ast.IfExp):
            texts += [_param_index(node.body, params), _param_index(node.orelse, params)]
        else:
            texts.append(_param_index(node, params))
    if not texts or any(t is None for t in texts):
        return None
    text_params = tuple(t for t in texts if t is not None)
    if inner.context is not None:
        return Wrapper(text_params, context=inner.context)
    assert inner.context_param is not None
    if inner.context_param >= len(call.args):
        return None
    ctx_node = call.args[inner.context_param]
    fixed = literal(ctx_node)
    if fixed is not None:
        return Wrapper(text_params, context=fixed)
    index = _param_index(ctx_node, params)
    return None if index is None else Wrapper(text_params, context_param=index)


def find_wrappers(
    tree: ast.Module, resolve: Callable[[ast.expr], Wrapper | None] = lambda _f: None
) -> dict[str, Wrapper]:
    """Module-level functions whose job is to translate their own parameters: they call
    `translate` (or another wrapper) with parameters as the text, and maybe as the context."""
    found: dict[str, Wrapper] = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef):
            continue
        params = [a.arg for a in node.args.args]
        for call in ast.walk(node):
            if isinstance(call, ast.Call):
                wrapper = _wrapper_from_call(call, params, resolve)
                if wrapper is not None:
                    found[node.name] = wrapper
                    break
    return found


PRAGMA = "i18n: noop"
"""A comment that says a non-literal text was marked with QT_TRANSLATE_NOOP where defined."""


class Resolver:
    """Which calls in one module are translation wrappers (its own, or imported ones)."""

    def __init__(self, tree: ast.Module, all_wrappers: dict[str, dict[str, Wrapper]]) -> None:
        self.names: dict[str, tuple[str, str]] = {}
        self.modules: dict[str, str] = {}
        self.all_wrappers = all_wrappers
        self.own: dict[str, Wrapper] = {}
        self.aliases: dict[str, Wrapper] = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                for alias in node.names:
                    local = alias.asname or alias.name
                    self.names[local] = (node.module, alias.name)
                    self.modules[local] = f"{node.module}.{alias.name}"
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.asname:
                        self.modules[alias.asname] = alias.name

    def __call__(self, func: ast.expr) -> Wrapper | None:
        if isinstance(func, ast.Name):
            if func.id in self.own:
                return self.own[func.id]
            if func.id in self.aliases:
                return self.aliases[func.id]
            module, name = self.names.get(func.id, ("", ""))
            return self.all_wrappers.get(module, {}).get(name)
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
            module = self.modules.get(func.value.id)
            if module is not None:
                return self.all_wrappers.get(module, {}).get(func.attr)
        return None


class _Visitor(ast.NodeVisitor):
    def __init__(self, filename: str, text: str, resolve: Resolver, out: Extraction) -> None:
        self.filename = filename
        self.lines = text.splitlines()
        self.out = out
        self.resolve = resolve
        self.classes: list[str] = []
        self.functions: list[ast.FunctionDef] = []

    def where(self, node: ast.AST) -> str:
        return f"{self.filename}:{getattr(node, 'lineno', 0)}"

    def _pragma(self, node: ast.AST) -> bool:
        first = getattr(node, "lineno", 1) - 1
        last = getattr(node, "end_lineno", first + 1)
        return any(PRAGMA in line for line in self.lines[first:last])

    def problem(self, node: ast.AST, message: str) -> None:
        self.out.problems.append(Problem(self.where(node), message))

    def add(
        self, node: ast.AST, context: str | None, source_node: ast.expr, comment: str = ""
    ) -> None:
        if context is None:
            self.problem(node, "context is not a literal")
            return
        source = literal(source_node)
        if source is None:
            if not self._pragma(node):
                kind = "an f-string" if isinstance(source_node, ast.JoinedStr) else "not a literal"
                self.problem(
                    node,
                    f"translated text is {kind}: use a literal with %1, or mark the values with "
                    f"QT_TRANSLATE_NOOP and add the comment '# {PRAGMA}'",
                )
            return
        if source.strip():
            self.out.messages.append(Message(context, source, comment, (self.filename,)))

    def visit_Assign(self, node: ast.Assign) -> None:
        """`tr = _tr` makes `tr` a wrapper too (for the rest of the module, to keep it simple)."""
        wrapper = self.resolve(node.value)
        if wrapper is not None:
            for target in node.targets:
                if isinstance(target, ast.Name):
                    self.resolve.aliases[target.id] = wrapper
        self.generic_visit(node)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self.functions.append(node)
        self.generic_visit(node)
        self.functions.pop()

    def _in_wrapper_body(self, node: ast.Call) -> bool:
        """The call by which a wrapper passes its parameters on: extracted where it is used."""
        if self.classes or not self.functions or self.functions[0].name not in self.resolve.own:
            return False
        params = [a.arg for a in self.functions[0].args.args]
        return _wrapper_from_call(node, params, self.resolve) is not None

    def visit_Call(self, node: ast.Call) -> None:
        self.generic_visit(node)
        name = _call_name(node.func)
        args = node.args
        if self._in_wrapper_body(node):
            return
        if name == "tr" and isinstance(node.func, ast.Attribute):
            self._visit_tr(node)
        elif name in TRANSLATE_NAMES and len(args) >= 2:
            comment = literal(args[2]) if len(args) > 2 else ""
            self.add(node, literal(args[0]), args[1], comment or "")
        elif name == "QT_TRANSLATE_NOOP" and len(args) >= 2:
            self.add(node, literal(args[0]), args[1])
        elif (wrapper := self.resolve(node.func)) is not None:
            self._visit_wrapper(node, wrapper)
        elif isinstance(node.func, ast.Name) and node.func.id.lstrip("_") == "tr":
            self.problem(node, f"{node.func.id}() is not a translation wrapper the extractor knows")

    def _visit_wrapper(self, node: ast.Call, wrapper: Wrapper) -> None:
        args = node.args
        context = wrapper.context
        if wrapper.context_param is not None:
            if len(args) <= wrapper.context_param:
                return
            context = literal(args[wrapper.context_param])
        for index in wrapper.text_params:
            if index < len(args):
                self.add(node, context, args[index])

    def _visit_tr(self, node: ast.Call) -> None:
        assert isinstance(node.func, ast.Attribute)
        receiver = node.func.value
        if not (isinstance(receiver, ast.Name) and receiver.id == "self" and self.classes):
            self.problem(
                node,
                "tr() on something other than self: its context is the run-time class, "
                "which the extractor can't know; use QCoreApplication.translate",
            )
            return
        if not node.args:
            return
        if len(node.args) > 2 or node.keywords:
            self.problem(node, "tr() with a count: use labels.count instead")
        comment = literal(node.args[1]) if len(node.args) > 1 else ""
        self.add(node, self.classes[-1], node.args[0], comment or "")


def _classes_using_self_tr(tree: ast.Module) -> dict[str, int]:
    """Classes whose own methods call self.tr(), with the first line that does."""
    found: dict[str, int] = {}
    for cls in ast.walk(tree):
        if not isinstance(cls, ast.ClassDef):
            continue
        for node in ast.walk(cls):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "tr"
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "self"
            ):
                found.setdefault(cls.name, node.lineno)
    return found


def _base_names(tree: ast.Module) -> dict[str, set[str]]:
    bases: dict[str, set[str]] = {}
    for cls in ast.walk(tree):
        if isinstance(cls, ast.ClassDef):
            names = set()
            for base in cls.bases:
                target = base.value if isinstance(base, ast.Subscript) else base
                name = _call_name(target)
                if name:
                    names.add(name)
            bases[cls.name] = names
    return bases


def _inherited_tr_problems(trees: dict[str, ast.Module]) -> list[Problem]:
    """`self.tr()` in a class that others subclass is looked up under the subclass's name."""
    bases: dict[str, set[str]] = {}
    for tree in trees.values():
        bases.update(_base_names(tree))
    problems = []
    for filename, tree in trees.items():
        for cls, line in _classes_using_self_tr(tree).items():
            subclasses = sorted(c for c, b in bases.items() if cls in b)
            if subclasses:
                problems.append(
                    Problem(
                        f"{filename}:{line}",
                        f"self.tr() in {cls}, which {', '.join(subclasses)} subclass: at run time "
                        f"it is looked up under the subclass's name; use "
                        f'QCoreApplication.translate("{cls}", …)',
                    )
                )
    return problems


def python_files(sources: Path) -> list[Path]:
    return sorted(p for p in sources.rglob("*.py") if "__pycache__" not in p.parts)


def extract(files: Iterable[Path], root: Path = ROOT) -> Extraction:
    """Every translatable message in `files`, merged by (context, source, comment)."""
    texts = {path: path.read_text(encoding="utf-8") for path in files}
    trees = {path: ast.parse(text, filename=str(path)) for path, text in texts.items()}
    wrappers: dict[str, dict[str, Wrapper]] = {module_name(p, root): {} for p in trees}
    resolvers = {p: Resolver(t, wrappers) for p, t in trees.items()}
    changed = True
    while changed:  # wrappers of wrappers: `_count` → `labels.count` → `translate`
        changed = False
        for path, tree in trees.items():
            found = find_wrappers(tree, resolvers[path])
            if found != wrappers[module_name(path, root)]:
                wrappers[module_name(path, root)].update(found)
                resolvers[path].own = wrappers[module_name(path, root)]
                changed = True
    raw = Extraction()
    for path, tree in trees.items():
        filename = path.relative_to(root).as_posix()
        _Visitor(filename, texts[path], resolvers[path], raw).visit(tree)
    raw.problems.extend(
        _inherited_tr_problems({p.relative_to(root).as_posix(): t for p, t in trees.items()})
    )
    return merged(raw)


def merged(raw: Extraction) -> Extraction:
    """One message per (context, source, comment), with all the files it was found in."""
    found: dict[tuple[str, str, str], Message] = {}
    for message in raw.messages:
        known = found.get(message.key)
        if known is None:
            found[message.key] = message
        elif message.locations[0] not in known.locations:
            found[message.key] = Message(
                known.context, known.source, known.comment, known.locations + message.locations
            )
    return Extraction(list(found.values()), raw.problems)


def extract_data(
    path: Path, context: str, fields: Iterable[str], root: Path = ROOT
) -> list[Message]:
    """The given fields of every object in a JSON file's top-level lists, as messages (the UI
    translates them with `labels.stock_text`)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    location = path.relative_to(root).as_posix()
    found: dict[str, Message] = {}
    lists = [v for v in data.values() if isinstance(v, list)] if isinstance(data, dict) else [data]
    for entries in lists:
        for entry in entries:
            for name in fields:
                text = entry.get(name) if isinstance(entry, dict) else None
                if isinstance(text, str) and text.strip():
                    found.setdefault(text, Message(context, text, "", (location,)))
    return list(found.values())


def extract_all(root: Path = ROOT) -> Extraction:
    """The code under app/ui, the `msg` templates below it and the data files: what the
    catalogs hold."""
    from msg_templates import extract_templates  # a sibling script that imports this one

    result = extract(python_files(root / "app" / "ui"), root)
    below = [p for folder in MESSAGE_SOURCES for p in python_files(root / folder)]
    templates = extract_templates(below, root)
    result.messages.extend(templates.messages)
    result.problems.extend(templates.problems)
    for path, context, fields in DATA_FILES:
        result.messages.extend(extract_data(root / path.relative_to(ROOT), context, fields, root))
    return result


def main(argv: list[str] | None = None) -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from ts_file import update_catalog  # a sibling script, not a package

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report; exit 1 if outdated")
    args = parser.parse_args(argv)
    result = extract_all()
    for problem in result.problems:
        sys.stderr.write(f"{problem}\n")
    outdated = []
    for language in LANGUAGES:
        path = CATALOG_DIR / f"convivio_{language}.ts"
        stats = update_catalog(path, language, result.messages, write=not args.check)
        if stats.changed:
            outdated.append(path.name)
        sys.stdout.write(
            f"{path.name}: {stats.total} strings, {stats.unfinished} unfinished, "
            f"{stats.vanished} vanished\n"
        )
    if args.check and outdated:
        sys.stderr.write(f"out of date: {', '.join(outdated)}; run packaging/i18n/extract.py\n")
        return 1
    return 1 if result.problems else 0


if __name__ == "__main__":
    sys.exit(main())
