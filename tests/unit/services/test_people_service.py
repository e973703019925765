from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.domain.enums import NameOrder
from app.domain.errors import ConflictError, NotFound, ValidationError
from app.domain.people import PersonDraft
from app.services import people as people_module
from app.services.changes import Kind
from app.services.container import Services
from app.storage.orm import Organization, Person, PersonEmail, Tag


def count(services: Services, model: type) -> int:
    with services.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_create_round_trips_non_ascii_and_reports_changes(services: Services) -> None:
    created = services.people.create(
        PersonDraft(
            given_name="伟",
            family_name="张",
            name_order=NameOrder.FAMILY_FIRST,
            emails=("Zhang.Wei@Example.cn",),
            organization="北京字节跳动科技有限公司",
            tags=("core", "🎉 party"),
            notes="Likes 火锅 🌶️",
            job_title="工程师",
        )
    )
    person = services.people.get(created.item.id)
    assert person.display_name == "张伟"
    assert person.emails == ("Zhang.Wei@Example.cn",)
    assert person.organization == "北京字节跳动科技有限公司"
    assert person.tags == ("core", "🎉 party")
    assert person.notes == "Likes 火锅 🌶️"
    assert person.version == 1
    assert created.changes.ids(Kind.PERSON) == {person.id}
    assert created.changes.ids(Kind.ORGANIZATION) == {person.organization_id}


def test_rows_and_search_are_accent_and_case_insensitive(services: Services) -> None:
    services.people.create(
        PersonDraft(given_name="Jürgen", family_name="Groß", organization="Müller & Söhne")
    )
    services.people.create(
        PersonDraft(given_name="Ada", family_name="Lovelace", emails=("ada@example.org",))
    )
    assert [p.display_name for p in services.people.search("jurgen gross")] == ["Jürgen Groß"]
    assert [p.display_name for p in services.people.search("MULLER")] == ["Jürgen Groß"]
    assert [p.display_name for p in services.people.search("example.org")] == ["Ada Lovelace"]
    assert services.people.search("50%_off") == []
    rows = services.people.list_rows()
    assert {r.display_name for r in rows} == {"Jürgen Groß", "Ada Lovelace"}
    assert services.people.count() == 2


def test_update_replaces_fields_and_bumps_version_once(services: Services) -> None:
    created = services.people.create(
        PersonDraft(
            given_name="Ada",
            emails=("ada@example.org", "a2@example.org"),
            tags=("x",),
            organization="Acme",
        )
    )
    edited = services.people.update(
        created.item.id,
        PersonDraft(
            given_name="Ada",
            family_name="Lovelace",
            emails=("A2@example.org",),
            organization="Analytical Engines",
        ),
        created.item.version,
    )
    assert edited.before.emails == ("ada@example.org", "a2@example.org")
    assert edited.after.emails == ("A2@example.org",)
    assert edited.after.tags == ()
    assert edited.after.version == created.item.version + 1
    assert edited.changes.ids(Kind.ORGANIZATION) == {
        created.item.organization_id,
        edited.after.organization_id,
    }
    assert count(services, PersonEmail) == 1


def test_update_with_a_stale_version_is_refused(services: Services) -> None:
    created = services.people.create(PersonDraft(given_name="Ada"))
    services.people.update(created.item.id, PersonDraft(given_name="Ada L."), created.item.version)
    with pytest.raises(ConflictError, match="changed by someone else"):
        services.people.update(
            created.item.id, PersonDraft(given_name="Ada X"), created.item.version
        )
    assert services.people.get(created.item.id).given_name == "Ada L."


def test_an_email_can_belong_to_one_person_only(services: Services) -> None:
    services.people.create(
        PersonDraft(given_name="Ada", family_name="Lovelace", emails=("ada@example.org",))
    )
    with pytest.raises(ValidationError, match="already belongs to Ada Lovelace") as info:
        services.people.create(PersonDraft(given_name="Eve", emails=("ADA@example.org",)))
    assert info.value.field == "emails"
    assert count(services, Person) == 1


def test_a_failure_half_way_leaves_no_partial_rows(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object) -> list[Tag]:
        raise RuntimeError("disk went away")

    monkeypatch.setattr(people_module, "find_or_create_tags", broken)
    with pytest.raises(RuntimeError):
        services.people.create(
            PersonDraft(given_name="Ada", emails=("ada@example.org",), organization="New Org")
        )
    assert (
        count(services, Person),
        count(services, Organization),
        count(services, PersonEmail),
    ) == (0, 0, 0)


def test_delete_and_undelete_bring_back_the_same_person(services: Services) -> None:
    created = services.people.create(
        PersonDraft(
            given_name="Ada", emails=("ada@example.org",), tags=("core",), organization="Acme"
        )
    )
    removed = services.people.delete([created.item.id])
    assert removed.changes.removed_ids(Kind.PERSON) == {created.item.id}
    with pytest.raises(NotFound):
        services.people.get(created.item.id)
    services.people.undelete(removed.tombstone)
    again = services.people.get(created.item.id)
    assert again == created.item


def test_undelete_refuses_when_the_email_was_taken_meanwhile(services: Services) -> None:
    created = services.people.create(PersonDraft(given_name="Ada", emails=("ada@example.org",)))
    removed = services.people.delete([created.item.id])
    services.people.create(PersonDraft(given_name="Eve", emails=("ada@example.org",)))
    with pytest.raises(ConflictError, match="can't be undone"):
        services.people.undelete(removed.tombstone)
    assert count(services, Person) == 1


def test_deleting_someone_already_gone_is_not_found(services: Services) -> None:
    with pytest.raises(NotFound):
        services.people.delete([12345])
