"""Find a guest from a few typed letters, forgiving accents, case and small typos.

At the door people type fast and badly: "jurg", "GROSS", "sofia papad", "jrgen". Each typed
word must match a word of the guest's name, e-mail or organization:

- equal, or the start of the word (prefix): the best matches;
- inside the word (three letters or more, or any CJK text: 伟 finds 张伟);
- within a small edit distance of the word's start, once four letters are typed (fewer match
  almost anything): one typo up to five letters, two for longer ones (optimal string
  alignment, so "jrugen" is one swap from "jurgen").

A typo in the very first letter is not forgiven (it would make short words match almost
anything); swapping the first two letters is. Two of the first three letters must be right,
which also keeps a keystroke over 50,000 guests fast. Scores add up over the typed words; lower is
better. Everything is folded with `text.fold`, so "Jürgen Groß" is found by "jurgen gross".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from app.domain.text import fold, is_cjk

_SPLIT = re.compile(r"[^\w]+")
EXACT, PREFIX, INSIDE, FUZZY = 0, 1, 3, 4
"""Costs of one typed word's match; FUZZY adds the edit distance."""


def words(text: str) -> list[str]:
    """Folded words of `text`: split at spaces and punctuation ("a.b@c.de" → a, b, c, de)."""
    return [w for w in _SPLIT.split(fold(text)) if w]


def within(a: str, b: str, limit: int) -> int | None:
    """Optimal-string-alignment distance of `a` and `b` if at most `limit`, else None."""
    if abs(len(a) - len(b)) > limit:
        return None
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        best = i
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                value = min(value, previous2[j - 2] + 1)
            current[j] = value
            best = min(best, value)
        if best > limit:
            return None
        previous2, previous = previous, current
    distance = previous[len(b)]
    return distance if distance <= limit else None


def word_cost(typed: str, word: str) -> int | None:
    """How well one typed word matches one word of a guest (None: not at all)."""
    if word == typed:
        return EXACT
    if word.startswith(typed):
        return PREFIX
    if (len(typed) >= 3 or is_cjk(typed)) and typed in word:
        return INSIDE
    if len(typed) < 4 or not word or (word[0] != typed[0] and word[0] != typed[1:2]):
        return None
    if len(set(typed[:3]) & set(word[:3])) < 2:
        return None  # cheap filter: a typo leaves at least two of the first three letters
    limit = 1 if len(typed) <= 5 else 2
    best: int | None = None
    for length in range(len(typed) - limit, len(typed) + limit + 1):
        if length < 2 or length > len(word):
            continue
        distance = within(typed, word[:length], limit)
        if distance is not None and (best is None or distance < best):
            best = distance
    return None if best is None else FUZZY + best


@dataclass(frozen=True, slots=True)
class Match:
    id: int
    score: int


class FuzzyIndex:
    """Guests' words indexed once; `search` ranks them for what was typed."""

    def __init__(self, entries: Iterable[tuple[int, Sequence[str]]] = ()) -> None:
        """`entries`: (id, texts) pairs; the texts are names, e-mails, organizations."""
        self._ids: list[int] = []
        self._words: list[tuple[str, ...]] = []
        self._by_word: dict[str, list[int]] = {}
        for item_id, texts in entries:
            self.add(item_id, texts)

    def add(self, item_id: int, texts: Sequence[str]) -> None:
        """Index one more entry (a walk-in) without rebuilding the rest."""
        found = tuple(dict.fromkeys(w for t in texts for w in words(t)))
        slot = len(self._ids)
        self._ids.append(item_id)
        self._words.append(found)
        for w in found:
            self._by_word.setdefault(w, []).append(slot)

    def __len__(self) -> int:
        return len(self._ids)

    def search(self, query: str, limit: int = 10) -> list[Match]:
        """The best `limit` matches, best first; ties keep the order the entries came in."""
        typed = list(dict.fromkeys(words(query)))
        if not typed or not self._ids:
            return []
        costs = [self._costs(t) for t in typed]
        # Only guests with a word matching the first typed word can match at all.
        slots = sorted({s for w in costs[0] for s in self._by_word[w]})
        scored: list[tuple[int, int]] = []
        for slot in slots:
            total = 0
            own = self._words[slot]
            for table in costs:
                best = min((table[w] for w in own if w in table), default=None)
                if best is None:
                    break
                total += best
            else:
                scored.append((total, slot))
        scored.sort()
        return [Match(self._ids[slot], score) for score, slot in scored[:limit]]

    def _costs(self, typed: str) -> dict[str, int]:
        """Cost of `typed` against every distinct indexed word it matches."""
        table: dict[str, int] = {}
        for w in self._by_word:
            cost = word_cost(typed, w)
            if cost is not None:
                table[w] = cost
        return table
