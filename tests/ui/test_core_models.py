"""Every core model passes Qt's model tester, over demo data with cores and follow-ups."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.modeltest import ModelTester

from app.domain.enums import CoreStage
from app.services.changes import Changes, Kind
from app.services.container import Services
from app.services.core_dto import SuggestMode, SuggestRequest
from app.services.demo import DemoRequest, generate

from app.ui.jobs import ImmediateJobRunner
from app.ui.models.core_candidates import CandidatesModel, StageProxyModel, decode_card
from app.ui.models.core_events import CoreEventsModel, progress_text
from app.ui.models.core_history import Field, RowsModel
from app.ui.models.core_suggestions import SuggestionsModel
from app.ui.models.core_today import TodayModel, build_sections, split_sections
from app.ui.models.roles import Role


@pytest.fixture
def demo(services: Services) -> int:
    generate(services.db, DemoRequest(people=200, events=20, seed=5, today=date.today()))
    progress = services.core.progress()
    return next(e for e, p in progress.items() if p.candidates)


def test_candidate_models(qtmodeltester: ModelTester, services: Services, demo: int) -> None:
    model = CandidatesModel(services, ImmediateJobRunner(), demo)
    model.load()
    assert model.rowCount() == 10
    qtmodeltester.check(model, force_py=True)
    total = 0
    for stage in CoreStage:
        proxy = StageProxyModel(stage)
        proxy.setSourceModel(model)
        qtmodeltester.check(proxy, force_py=True)
        positions = [proxy.card(r).position for r in range(proxy.rowCount())]
        assert positions == sorted(positions)
        total += proxy.rowCount()
        if proxy.rowCount():
            card = decode_card(proxy.mimeData([proxy.index(0, 0)]))
            assert card == (proxy.card(0).id, stage)
    assert total == 10


def test_candidates_follow_their_people(services: Services, demo: int) -> None:
    model = CandidatesModel(services, ImmediateJobRunner(), demo)
    model.load()
    card = model.item(0)
    draft = services.people.get(card.person_id).to_draft()
    edited = services.people.update(
        card.person_id, type(draft)(**{**draft.__dict__, "given_name": "Renée"}), 1
    )
    model.apply_changes(edited.changes)
    shown = model.item_by_id(card.id)
    assert shown is not None
    assert "Renée" in shown.display_name  # in the person's name order (family first or not)
    other = services.core.progress()
    foreign = next(e for e, p in other.items() if p.candidates and e != demo)
    foreign_card = services.core.candidates(foreign)[0]
    model.apply_changes(Changes.of(Kind.CORE_CANDIDATE, touched=[foreign_card.id]))
    assert model.item_by_id(foreign_card.id) is None  # another event's card stays out


def test_events_and_suggestions_and_today(
    qtmodeltester: ModelTester, services: Services, demo: int
) -> None:
    events = CoreEventsModel(services, ImmediateJobRunner())
    events.load()
    qtmodeltester.check(events, force_py=True)
    row = events.item_by_id(demo)
    assert row is not None
    assert events.index(events.row_of_id(demo) or 0, 1).data() == progress_text(
        row.counted, row.target
    )
    suggestions = SuggestionsModel()
    suggestions.set_rows(services.core.suggest(SuggestRequest(demo, SuggestMode.SIMILAR)))
    qtmodeltester.check(suggestions, force_py=True)
    today = TodayModel()
    sections = build_sections(services.followups.digest(date.today()))
    left, right = split_sections(sections)
    assert left + right == sorted(sections, key=lambda s: s in right)
    today.set_sections(sections)
    assert today.rowCount() == len(sections)
    qtmodeltester.check(today, force_py=True)
    first = today.index(0, 0, today.index(0, 0))
    assert today.index_of(today.entry(first).key) == first  # type: ignore[union-attr]
    rows = RowsModel[int]([Field("Number", str)])
    rows.set_rows([1, 2, 3])
    qtmodeltester.check(rows, force_py=True)
    assert rows.index(2, 0).data(Role.DTO) == 3


def test_progress_text() -> None:
    assert progress_text(3, 6) == "3/6"
    assert progress_text(6, 6) == "6/6 ✓"
    assert progress_text(2, None) == "2"
    assert progress_text(0, None) == ""


def test_the_core_windows_load_without_the_data_layer() -> None:
    """The lead wires these into the main window, which opens before SQLAlchemy loads."""
    import os
    import subprocess
    import sys

    code = (
        "import sys, app.ui.panels.core_panel, app.ui.panels.today_panel, "
        "app.ui.panels.person_page, app.ui.core.announce_gate; "
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic') "
        "or m.startswith('app.storage')); print(bad); sys.exit(1 if bad else 0)"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr
