from __future__ import annotations

from app.services.changes import NO_CHANGES, Changes, Kind


def test_of_and_merge() -> None:
    a = Changes.of(Kind.PERSON, touched=[1, 2])
    b = Changes.of(Kind.PERSON, removed=[2]) | Changes.of(Kind.EVENT, touched=[7])
    merged = a | b
    assert merged.ids(Kind.PERSON) == {1}
    assert merged.removed_ids(Kind.PERSON) == {2}
    assert merged.ids(Kind.EVENT) == {7}
    assert merged.affects(Kind.EVENT)
    assert not merged.affects(Kind.VENUE)


def test_empty_changes_are_falsy() -> None:
    assert not NO_CHANGES
    assert not Changes.of(Kind.PERSON)
    assert Changes.of(Kind.PERSON, touched=[1])
