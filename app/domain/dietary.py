"""The caterer's summary: how many guests need what, and who they are.

Guests write needs freely ("Vegan; tree nuts", "vegetarian, no pork"). Each answer is split at
`;` `,` `/` and line breaks; needs that fold to the same words ("Vegan", "vegan ") are one
line, labelled with the spelling most guests used. Answers that say there is no need ("none",
"n/a", "-") are not needs.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from app.domain.text import clean, fold

_SPLIT = re.compile(r"[;,/\n]+")
_NOTHING = frozenset(
    {
        "",
        "-",
        "none",
        "no",
        "n/a",
        "na",
        "nothing",
        "nope",
        "keine",
        "aucun",
        "aucune",
        "nada",
        "无",
    }
)


@dataclass(frozen=True, slots=True)
class DietaryNeed:
    label: str
    count: int
    names: tuple[str, ...]


@dataclass(frozen=True)
class DietarySummary:
    needs: tuple[DietaryNeed, ...]
    people: int
    """People counted (going), without their guests."""
    without_needs: int
    guests: int
    """Extra guests, whose needs nobody told us."""


def split_needs(text: str) -> list[str]:
    """The separate needs in one answer, cleaned, "none"-like answers dropped."""
    if fold(clean(text)) in _NOTHING:
        return []
    parts = (clean(p) for p in _SPLIT.split(text or ""))
    return [p for p in parts if fold(p) not in _NOTHING]


def summarize(entries: Iterable[tuple[str, str, int]]) -> DietarySummary:
    """Summarize (name, dietary answer, guests) of everyone going."""
    spellings: dict[str, Counter[str]] = {}
    names: dict[str, list[str]] = {}
    people = without = guests = 0
    for name, answer, extra in entries:
        people += 1
        guests += extra
        needs = split_needs(answer)
        if not needs:
            without += 1
        seen: set[str] = set()
        for need in needs:
            key = " ".join(fold(need).split())
            if key in seen:
                continue
            seen.add(key)
            spellings.setdefault(key, Counter())[need] += 1
            names.setdefault(key, []).append(name)
    lines = []
    for key, counter in spellings.items():
        # most_common keeps first-seen order among equal counts.
        label = counter.most_common(1)[0][0]
        who = tuple(sorted(names[key], key=fold))
        lines.append(DietaryNeed(label, len(who), who))
    lines.sort(key=lambda n: (-n.count, fold(n.label)))
    return DietarySummary(tuple(lines), people, without, guests)
