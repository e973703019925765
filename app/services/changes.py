"""What a service call changed: which ids of which kinds, so views refresh just those rows."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType


class Kind(StrEnum):
    EVENT = "event"
    PERSON = "person"
    ORGANIZATION = "organization"
    VENUE = "venue"
    RSVP = "rsvp"
    TAG = "tag"
    INTERACTION = "interaction"
    CORE_CANDIDATE = "core-candidate"
    VENUE_STEP = "venue-step"
    TEMPLATE = "template"
    SETTING = "setting"


def _freeze(data: Mapping[Kind, Iterable[int]]) -> Mapping[Kind, frozenset[int]]:
    return MappingProxyType({k: frozenset(v) for k, v in data.items() if v})


@dataclass(frozen=True)
class Changes:
    """Ids created or updated (`touched`) and ids deleted (`removed`), by kind."""

    touched: Mapping[Kind, frozenset[int]] = field(default_factory=dict)
    removed: Mapping[Kind, frozenset[int]] = field(default_factory=dict)
    reload: frozenset[Kind] = frozenset()
    """Kinds where many rows changed at once (a teammate's import): views reload them whole."""

    @classmethod
    def of(
        cls,
        kind: Kind,
        touched: Iterable[int] = (),
        removed: Iterable[int] = (),
    ) -> Changes:
        return cls(_freeze({kind: touched}), _freeze({kind: removed}))

    def __or__(self, other: Changes) -> Changes:
        kinds = set(self.touched) | set(other.touched) | set(self.removed) | set(other.removed)
        removed = {k: self.removed_ids(k) | other.removed_ids(k) for k in kinds}
        touched = {k: (self.ids(k) | other.ids(k)) - removed[k] for k in kinds}
        return Changes(_freeze(touched), _freeze(removed), self.reload | other.reload)

    def ids(self, kind: Kind) -> frozenset[int]:
        return self.touched.get(kind, frozenset())

    def removed_ids(self, kind: Kind) -> frozenset[int]:
        return self.removed.get(kind, frozenset())

    def affects(self, kind: Kind) -> bool:
        return kind in self.touched or kind in self.removed or kind in self.reload

    def __bool__(self) -> bool:
        return bool(self.touched or self.removed or self.reload)


NO_CHANGES = Changes()
