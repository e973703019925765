"""`msg("…")` templates below the UI, for the "Messages" context of the catalogs.

Services and domain rules write what they tell the user as `msg("English {name}.", name=…)`
(`app/domain/messages.py`). The template must be a literal, and its `{placeholders}` must be
exactly the parameters given (unless they come as `**params`), or the UI could not fill a
translation; `extract.py` reports both as problems.
"""

from __future__ import annotations

import ast
import string
from collections.abc import Iterable
from pathlib import Path

from extract import (
    MESSAGE_CONTEXT,
    MESSAGE_FUNCTION,
    ROOT,
    Extraction,
    Message,
    Problem,
    _call_name,
    literal,
    merged,
)


def placeholders(template: str) -> set[str]:
    """The `{names}` a template fills (ValueError when its braces don't pair up)."""
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(template) if name}


def _message_call(node: ast.Call, where: str, out: Extraction) -> None:
    """One `msg(template, **params)`: its template, checked against the parameters given."""
    template = literal(node.args[0]) if node.args else None
    if template is None:
        what = (
            "an f-string"
            if node.args and isinstance(node.args[0], ast.JoinedStr)
            else ("not a literal")
        )
        out.problems.append(
            Problem(where, f"msg() template is {what}: write a literal with {{name}} placeholders")
        )
        return
    if len(node.args) > 1:
        out.problems.append(Problem(where, "msg() takes the template and keyword parameters"))
    given = {k.arg for k in node.keywords if k.arg is not None}
    spread = any(k.arg is None for k in node.keywords)  # msg(…, **params): checked at run time
    if given or spread:
        try:
            wanted = placeholders(template)
        except ValueError as error:
            out.problems.append(Problem(where, f"msg() template has broken braces: {error}"))
            return
        if not spread and wanted != given:
            out.problems.append(
                Problem(
                    where,
                    f"msg() placeholders {sorted(wanted)} don't match its parameters "
                    f"{sorted(given)}",
                )
            )
    if template.strip():
        out.messages.append(Message(MESSAGE_CONTEXT, template, "", (where.rsplit(":", 1)[0],)))


def extract_templates(files: Iterable[Path], root: Path = ROOT) -> Extraction:
    """Every `msg("…")` template in `files` (code below the UI), merged like `extract`."""
    raw = Extraction()
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        filename = path.relative_to(root).as_posix()
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _call_name(node.func) == MESSAGE_FUNCTION:
                _message_call(node, f"{filename}:{node.lineno}", raw)
    return merged(raw)
