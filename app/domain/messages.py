"""Sentences for the user that the UI can translate: English text that remembers its template.

Services and domain rules have no Qt and no catalog, so they write their messages in English.
`msg("The name is longer than {limit} characters.", limit=200)` is that English sentence — a
`str`, so comparing, logging, the command line and tests see exactly the text they always
did — and it also keeps the template and its parameters, which the UI looks up in the
"Messages" context of its catalogs and fills in the user's language.

`packaging/i18n/extract.py` finds every `msg("…")` in app/domain, app/services and
app/exporters, so the template must be a string literal. A template without parameters is
used as is (its braces are plain text); with parameters it is filled by `str.format`, so
`{{` and `}}` stand for braces. A parameter may itself be a `Message` (a phrase chosen by a
rule, like "1 seat" or "3 seats") or a `WordList` of them: the UI translates those too.

Anything that builds new text from a message (`+`, f-strings, `.upper()`, …) gets a plain
`str`: the English text, which is always a correct, if untranslated, fallback.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

CONTEXT = "Messages"
"""The catalog context of every template."""


class Message(str):
    """English text (the filled template) with `.template` and `.params` kept for the UI."""

    template: str
    params: Mapping[str, object]

    def __new__(cls, template: str, params: Mapping[str, object] | None = None) -> Message:
        values = dict(params or {})
        self = super().__new__(cls, template.format(**values) if values else template)
        self.template = template
        self.params = values
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        # str's default would rebuild from the text alone and lose the template.
        return (type(self), (self.template, dict(self.params)))

    def __copy__(self) -> Message:
        return self  # immutable, like str

    def __deepcopy__(self, memo: dict[int, object]) -> Message:
        return self


def msg(template: str, /, **params: object) -> Message:
    """The English sentence `template` filled with `params`, translatable by the UI."""
    return Message(template, params)


class WordList(str):
    """Words or phrases joined with ", " in English; the UI joins their translations its way."""

    items: tuple[str, ...]

    def __new__(cls, items: Iterable[str]) -> WordList:
        kept = tuple(items)
        self = super().__new__(cls, ", ".join(kept))
        self.items = kept
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.items,))

    def __copy__(self) -> WordList:
        return self

    def __deepcopy__(self, memo: dict[int, object]) -> WordList:
        return self


def word_list(items: Iterable[str]) -> WordList:
    """`items` as one parameter: "a, b, c" in English, each item translated in the UI."""
    return WordList(items)


def message_of(error: BaseException) -> str:
    """The text an error was raised with, still a `Message` when it was one.

    `str(error)` gives a plain copy of the text, without the template the UI translates.
    """
    text = getattr(error, "message", None)
    if isinstance(text, str):
        return text
    if len(error.args) == 1 and isinstance(error.args[0], str):
        return error.args[0]
    return str(error)
