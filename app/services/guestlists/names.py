"""Split a one-cell name into given and family names, and guess the name order.

Heuristics (a hint the user can correct; people matter more than rules):
- "Family, Given" (one comma) is the list convention for family-first sorting.
- CJK names (Chinese, Japanese, Korean) are family-first. Written with a space ("佐藤 花子")
  the first word is the family name. Written without one: a known two-character Chinese or
  Korean family name (欧阳, 司马, 남궁) is kept whole; four characters split 2+2 (most Japanese
  names, and Chinese names with a compound family name); otherwise the first character is the
  family name (张伟 → 张 + 伟, 김민준 → 김 + 민준).
- Other scripts split at the last space (Zoë O'Brien-Smythe → Zoë + O'Brien-Smythe); lowercase
  particles before it join the family name (Ludwig van Beethoven → Ludwig + van Beethoven),
  and suffixes such as "Jr." stay with it. A single word is a given name.
"""

from __future__ import annotations

from app.domain.enums import NameOrder
from app.domain.text import is_cjk

_COMPOUND_FAMILY = frozenset(
    {
        "欧阳",
        "司马",
        "诸葛",
        "上官",
        "皇甫",
        "司徒",
        "东方",
        "慕容",
        "尉迟",
        "长孙",
        "宇文",
        "公孙",
        "夏侯",
        "令狐",
        "歐陽",
        "諸葛",
        "東方",
        "長孫",
        "남궁",
        "황보",
        "제갈",
        "선우",
        "독고",
        "사공",
    }
)
_PARTICLES = frozenset(
    {
        "de",
        "da",
        "das",
        "do",
        "dos",
        "del",
        "della",
        "der",
        "den",
        "di",
        "du",
        "la",
        "le",
        "van",
        "von",
        "ter",
        "ten",
        "zu",
        "bin",
        "ibn",
        "al",
        "el",
        "mac",
        "st.",
    }
)
_FIRST_CJK = 0x1100  # Hangul Jamo, the lowest block `is_cjk` accepts
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "phd", "ph.d.", "md"})


def name_order(given: str, family: str) -> NameOrder:
    """Family-first when the name is written in a CJK script, else given-first."""
    both = given + family
    # Cheap first: a name whose first letter isn't CJK can't be all CJK (hot path of imports).
    if both.isascii() or ord(both[0]) < _FIRST_CJK or not is_cjk(both):
        return NameOrder.GIVEN_FIRST
    return NameOrder.FAMILY_FIRST


def split_name(name: str) -> tuple[str, str, NameOrder]:
    """(given, family, order) of a whole name written in one cell."""
    if name.count(",") == 1:
        family, given = (part.strip() for part in name.split(","))
        if family and given and given.casefold() not in _SUFFIXES:
            return given, family, name_order(given, family)
    if not name.isascii() and ord(name[0]) >= _FIRST_CJK and is_cjk(name):
        return (*_split_cjk(name), NameOrder.FAMILY_FIRST)
    words = name.split()
    if len(words) < 2:
        return name, "", NameOrder.GIVEN_FIRST
    cut = len(words) - 1
    if words[cut].casefold() in _SUFFIXES and cut > 1:
        cut -= 1
    while cut > 1 and words[cut - 1].casefold() in _PARTICLES:
        cut -= 1
    return " ".join(words[:cut]), " ".join(words[cut:]), NameOrder.GIVEN_FIRST


def _split_cjk(name: str) -> tuple[str, str]:
    """(given, family) of a CJK name, which is written family name first."""
    words = name.split()
    if len(words) > 1:
        return " ".join(words[1:]), words[0]
    if len(name) == 1:
        return "", name
    if name[:2] in _COMPOUND_FAMILY and len(name) > 2:
        return name[2:], name[:2]
    if len(name) == 4:
        return name[2:], name[:2]
    return name[1:], name[0]
