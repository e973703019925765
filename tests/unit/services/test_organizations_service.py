from __future__ import annotations

import pytest

from app.domain.enums import OrganizationKind
from app.domain.errors import ConflictError, NotFound, ValidationError
from app.domain.people import OrganizationDraft, PersonDraft
from app.services.changes import Kind
from app.services.container import Services


def test_create_list_and_count_members(services: Services) -> None:
    org = services.organizations.create(
        OrganizationDraft(name="Müller & Söhne GmbH", kind=OrganizationKind.COMPANY)
    ).item
    services.people.create(PersonDraft(given_name="Jürgen", organization="müller & söhne gmbh"))
    assert [o.name for o in services.organizations.list_all()] == ["Müller & Söhne GmbH"]
    assert services.organizations.get(org.id).people_count == 1
    assert services.organizations.names() == ["Müller & Söhne GmbH"]


def test_names_are_unique_case_insensitively(services: Services) -> None:
    services.organizations.create(OrganizationDraft(name="Acme"))
    with pytest.raises(ValidationError, match="already an organization called Acme"):
        services.organizations.create(OrganizationDraft(name="ACME"))


def test_rename_keeps_member_search_keys_current(services: Services) -> None:
    org = services.organizations.create(OrganizationDraft(name="Acme")).item
    ada = services.people.create(PersonDraft(given_name="Ada", organization="Acme")).item
    edited = services.organizations.update(
        org.id, OrganizationDraft(name="Zenith Labs"), org.version
    )
    assert edited.changes.ids(Kind.PERSON) == {ada.id}
    assert [p.id for p in services.people.search("zenith")] == [ada.id]
    assert services.people.search("acme") == []
    with pytest.raises(ConflictError):
        services.organizations.update(org.id, OrganizationDraft(name="Other"), org.version)


def test_delete_keeps_people_and_undo_relinks_them(services: Services) -> None:
    org = services.organizations.create(OrganizationDraft(name="Acme")).item
    ada = services.people.create(PersonDraft(given_name="Ada", organization="Acme")).item
    removed = services.organizations.delete([org.id])
    assert services.people.get(ada.id).organization == ""
    assert removed.changes.ids(Kind.PERSON) == {ada.id}
    services.organizations.undelete(removed.tombstone)
    assert services.people.get(ada.id).organization == "Acme"
    with pytest.raises(NotFound):
        services.organizations.get(999)
