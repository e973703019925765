from __future__ import annotations

from datetime import date

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from app.domain.people import PersonDraft
from app.services.changes import Changes, Kind
from app.services.container import Services
from app.services.demo import DemoRequest, generate

from app.ui.jobs import ImmediateJobRunner
from app.ui.models.events_table import EventsTableModel
from app.ui.models.filters import SearchSortProxyModel
from app.ui.models.organizations_table import OrganizationsTableModel
from app.ui.models.people_table import PeopleTableModel
from app.ui.models.roles import Role


def _demo(services: Services) -> None:
    generate(services.db, DemoRequest(people=80, events=10, seed=4, today=date(2026, 11, 21)))


def test_every_table_model_passes_the_model_tester(
    qtmodeltester: ModelTester, services: Services
) -> None:
    _demo(services)
    runner = ImmediateJobRunner()
    for model_class in (PeopleTableModel, EventsTableModel, OrganizationsTableModel):
        model = model_class(services, runner)
        model.load()
        assert model.rowCount() > 0
        qtmodeltester.check(model, force_py=True)
        proxy = SearchSortProxyModel()
        proxy.setSourceModel(model)
        proxy.sort(0, Qt.SortOrder.DescendingOrder)
        proxy.set_search("a")
        qtmodeltester.check(proxy, force_py=True)


def test_model_applies_changes_precisely(qtbot: QtBot, services: Services) -> None:
    model = PeopleTableModel(services, ImmediateJobRunner())
    model.load()
    ada = services.people.create(PersonDraft(given_name="Ada")).item
    with qtbot.waitSignal(model.rowsInserted):
        model.apply_changes(Changes.of(Kind.PERSON, touched=[ada.id]))
    assert model.rowCount() == 1
    edited = services.people.update(ada.id, PersonDraft(given_name="Ada L."), ada.version)
    with qtbot.waitSignal(model.dataChanged):
        model.apply_changes(edited.changes)
    assert model.index(0, 0).data() == "Ada L."
    assert model.index(0, 0).data(Role.ID) == ada.id
    removed = services.people.delete([ada.id])
    with qtbot.waitSignal(model.rowsRemoved):
        model.apply_changes(removed.changes)
    assert model.rowCount() == 0
    model.apply_changes(Changes.of(Kind.EVENT, touched=[1]))  # not this model's kind: ignored


def test_many_changes_reload_instead_of_querying_each_id(qtbot: QtBot, services: Services) -> None:
    model = PeopleTableModel(services, ImmediateJobRunner())
    model.load()
    result = generate(services.db, DemoRequest(people=600, events=1, rsvps=0))
    with qtbot.waitSignal(model.modelReset):
        model.apply_changes(result.changes)
    assert model.rowCount() == 600


def test_proxy_search_narrows_and_widens_correctly(services: Services) -> None:
    for given, family in (("Jürgen", "Groß"), ("Julia", "Gross"), ("Ada", "Lovelace")):
        services.people.create(PersonDraft(given_name=given, family_name=family))
    model = PeopleTableModel(services, ImmediateJobRunner())
    model.load()
    proxy = SearchSortProxyModel()
    proxy.setSourceModel(model)
    proxy.sort(0)

    def shown() -> list[str]:
        return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]

    proxy.set_search("j")
    assert shown() == ["Julia Gross", "Jürgen Groß"]  # sorted without accents: "julia" < "jurgen"
    proxy.set_search("ju gross")
    assert shown() == ["Julia Gross", "Jürgen Groß"]
    proxy.set_search("jur gross")
    assert shown() == ["Jürgen Groß"]
    proxy.set_search("ada")  # not a narrowing of the previous search
    assert shown() == ["Ada Lovelace"]
    proxy.set_search("")
    proxy.sort(0, Qt.SortOrder.DescendingOrder)
    assert shown() == ["Jürgen Groß", "Julia Gross", "Ada Lovelace"]
    source_row = model.row_of_id(int(proxy.index(0, 0).data(Role.ID)))
    assert source_row is not None
    assert proxy.mapFromSource(model.index(source_row, 0)).row() == 0
