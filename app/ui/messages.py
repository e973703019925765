"""Messages from services and domain rules, in the user's language.

Services write English sentences as `app.domain.messages.Message`s: the text plus its template
and parameters. Here the template is looked up in the "Messages" context of the catalogs and
filled in again: numbers in the user's locale, phrases that are messages themselves translated
too. Anything else (a plain `str`, a template a translator broke) is shown as the English text.
"""

from __future__ import annotations

import logging
import string

from PySide6.QtCore import QCoreApplication

from app.domain.messages import Message, WordList, message_of

from app.ui import labels

log = logging.getLogger(__name__)
_FORMATTER = string.Formatter()


def translated(text: str) -> str:
    """`text` in the user's language when it is a `Message` the catalogs know; else as is."""
    if isinstance(text, WordList):
        return labels.word_list(translated(item) for item in text.items)
    if not isinstance(text, Message):
        return text
    template = QCoreApplication.translate("Messages", text.template)  # i18n: noop
    if not text.params:
        return template
    try:
        return _fill(template, text)
    except (KeyError, IndexError, ValueError, TypeError):
        log.warning("translation of %r does not fit its parameters", text.template)
        return str(text)


def error_text(error: BaseException) -> str:
    """What an error says, translated: use instead of `str(error)` and `error.message`."""
    return translated(message_of(error))


def _fill(template: str, message: Message) -> str:
    out: list[str] = []
    for literal, name, spec, conversion in _FORMATTER.parse(template):
        out.append(literal)
        if name is None:
            continue
        if not name.isidentifier() or conversion:
            raise ValueError(f"unexpected placeholder {{{name}}}")
        out.append(_value(message.params[name], spec or ""))
    return "".join(out)


def _value(value: object, spec: str) -> str:
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        # Grouped in the user's locale where the template asks for groups ("{limit:,}");
        # line numbers, bytes and small counts read as plain digits, like the English text.
        return labels.format_number(value) if "," in spec or "_" in spec else str(value)
    if isinstance(value, float):
        return labels.format_decimal(value)
    if isinstance(value, str):
        return translated(value)
    return format(value, spec)
