"""`convivio badges`, `name-cards`, `stocks list`: files, names, QR codes the door accepts."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from app.bootstrap import main
from app.domain.enums import EventKind
from app.exporters.badges import PRINT_NOTE, BadgeRole, LabelStock, get_stock, load_stocks
from app.exporters.badges.layout import tent_panels
from app.services.badges import BadgeBatch, Who
from app.services.container import Services, open_services
from app.services.demo import DemoRequest, generate
from tests.unit.badges_service.badges_names_event import TITLE, make_names_event, names_rows
from tests.unit.exporters.badges.badges_test_helpers import (
    chars_in,
    decode_cells,
    lines_of,
    open_pdf,
    pdf_box,
    squash,
)

TODAY = date(2026, 11, 21)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        status = main(list(args))
    except SystemExit as exit_:
        status = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def demo_db(tmp_path: Path) -> str:
    path = str(tmp_path / "demo.sqlite3")
    services = open_services(path)
    generate(services.db, DemoRequest(people=120, events=10, seed=7, today=TODAY))
    services.db.close()
    return path


def _with(path: str) -> Services:
    return open_services(path)


def _upcoming_talk(services: Services) -> int:
    """The demo's next talk-like event (hosts and speakers) that people are going to."""
    now = datetime.combine(TODAY, datetime.min.time(), UTC)
    events = sorted(
        (e for e in services.events.list_all() if e.starts_at > now and e.going),
        key=lambda e: e.starts_at,
    )
    talks = [e for e in events if e.kind not in (EventKind.DINNER, EventKind.MEETUP)]
    return (talks or events)[0].id


def _names_in_cells(pdf_path: Path, stock: LabelStock, batch: BadgeBatch) -> None:
    """Each guest's whole name inside their label (both halves of a tent card)."""
    with open_pdf(pdf_path) as pdf:
        assert len(pdf.pages) == -(-len(batch) // stock.per_sheet)
        for n, guest in enumerate(batch.guests):
            page = pdf.pages[n // stock.per_sheet]
            cell = stock.cell(n % stock.per_sheet)
            for area in tent_panels(cell) if stock.kind == "tent" else (cell,):
                chars = chars_in(page, area)
                assert all(area.contains(pdf_box(c, page.height), 0.5) for c in chars)
                assert squash(guest.name) in squash("".join(lines_of(chars))), guest.name


def test_badges_of_a_demo_event_name_everyone_and_scan_at_the_door(
    capsys: pytest.CaptureFixture[str], demo_db: str, tmp_path: Path
) -> None:
    services = _with(demo_db)
    event_id = _upcoming_talk(services)
    batch = services.badges.batch(event_id)
    services.db.close()
    roles = {g.badge.role for g in batch.guests}
    assert {BadgeRole.HOST, BadgeRole.SPEAKER} <= roles  # the demo gives talks both
    out = tmp_path / "out" / "badges.pdf"
    out.parent.mkdir()
    status, stdout, err = run(
        capsys, "--db", demo_db, "badges", str(event_id), "--stock", "avery-5392",
        "--out", str(out),
    )  # fmt: skip
    assert status == 0, err
    assert stdout.strip() == f"Wrote {len(batch)} badges on {-(-len(batch) // 6)} pages to {out}"
    assert err.strip().endswith(PRINT_NOTE)
    assert [p.name for p in out.parent.iterdir()] == ["badges.pdf"]
    _names_in_cells(out, get_stock("avery-5392"), batch)
    codes = decode_cells(out, get_stock("avery-5392"), len(batch), tmp_path)
    assert codes == [g.badge.checkin_code.encode() for g in batch.guests]
    assert all(codes)
    for code in codes[:3]:
        status, stdout, err = run(capsys, "--db", demo_db, "checkin", str(event_id), code.decode())
        assert status == 0, err
        assert stdout.startswith("Checked in ")


@pytest.mark.parametrize("stock", load_stocks(), ids=lambda s: s.id)
def test_every_names_tsv_guest_prints_whole_on_every_stock(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, stock: LabelStock
) -> None:
    path = str(tmp_path / "names.sqlite3")
    services = _with(path)
    event_id, _ = make_names_event(services)
    batch = services.badges.batch(event_id)
    services.db.close()
    out = tmp_path / f"{stock.id}.pdf"
    command = "badges" if stock.kind == "badge" else "name-cards"
    status, stdout, err = run(
        capsys, "--db", path, command, TITLE, "--stock", stock.id, "--out", str(out),
        "--outline",
    )  # fmt: skip
    assert status == 0, err
    assert "warning" not in err
    assert stdout.startswith(f"Wrote {len(names_rows())} ")
    _names_in_cells(out, stock, batch)


def test_name_cards_number_tables_and_seats(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = str(tmp_path / "names.sqlite3")
    services = _with(path)
    event_id, _ = make_names_event(services)
    services.db.close()
    out = tmp_path / "cards.pdf"
    status, stdout, _ = run(
        capsys, "--db", path, "name-cards", str(event_id), "--stock", "a4-tent-2up",
        "--out", str(out), "--seats-per-table", "4", "--who", "all",
    )  # fmt: skip
    rows = len(names_rows())
    assert (status, stdout.strip()) == (
        0,
        f"Wrote {rows} place cards on {rows // 2} pages to {out}",
    )
    with open_pdf(out) as pdf:
        last = pdf.pages[-1].extract_text()
    assert f"Table {-(-rows // 4)} · Seat {(rows - 1) % 4 + 1}" in last


def test_stocks_list_names_product_numbers_and_aliases(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, _ = run(capsys, "stocks", "list")
    assert status == 0
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["ID", "For", "Paper"]
    assert any(line.startswith("avery-5392 ") and "avery-5384" in line for line in lines)
    status, out, _ = run(capsys, "stocks", "list", "--json")
    stocks = json.loads(out)
    ids = {s["id"] for s in stocks}
    assert {"avery-5392", "avery-5395", "avery-l7418", "avery-l4785", "herma-4412"} <= ids
    assert {"avery-5305", "a4-tent-2up"} <= ids
    by_id = {s["id"]: s for s in stocks}
    assert by_id["avery-5395"]["aliases"][0] == "avery-8395"
    assert by_id["avery-5392"]["per_sheet"] == 6
    assert by_id["avery-5305"]["kind"] == "tent"


def test_mistakes_exit_2_with_one_line_and_leave_no_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = str(tmp_path / "names.sqlite3")
    services = _with(path)
    make_names_event(services)
    services.db.close()
    folder = tmp_path / "out"
    folder.mkdir()
    out = str(folder / "x.pdf")
    cases = [
        (["badges", TITLE, "--stock", "avery-1234", "--out", out], "Known stocks: avery-5392"),
        (["badges", TITLE, "--stock", "avery-5305", "--out", out], "badges need badge stock"),
        (["name-cards", TITLE, "--stock", "avery-8395", "--out", out], "need tent stock"),
        (["badges", TITLE, "--stock", "avery-5392", "--out", out, "--who", "checked-in"],
         "nobody to print"),
        (["badges", "No such event", "--stock", "avery-5392", "--out", out], "No event"),
        (["name-cards", TITLE, "--stock", "avery-5305", "--out", out, "--seats-per-table",
          "500"], "Seats per table"),
    ]  # fmt: skip
    for args, message in cases:
        status, stdout, err = run(capsys, "--db", path, *args)
        assert status == 2, args
        assert stdout == ""
        assert len(err.strip().splitlines()) == 1, err
        assert message in err, err
    assert list(folder.iterdir()) == []


def test_alignment_sheet(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out = tmp_path / "align.pdf"
    status, stdout, err = run(
        capsys, "--db", str(tmp_path / "x.sqlite3"), "badges", "alignment",
        "--stock", "avery-l4785", "--out", str(out), "--offset-y", "-1.5",
    )  # fmt: skip
    assert status == 0, err
    assert stdout.strip() == f"Wrote 1 alignment test sheet on 1 page to {out}"
    with open_pdf(out) as pdf:
        assert "Y -1.5 mm" in pdf.pages[0].extract_text()


def test_who_all_takes_everyone_who_has_not_declined(
    capsys: pytest.CaptureFixture[str], demo_db: str, tmp_path: Path
) -> None:
    services = _with(demo_db)
    event_id = _upcoming_talk(services)
    everyone = services.badges.batch(event_id, who=Who.ALL)
    going = services.badges.batch(event_id)
    services.db.close()
    assert len(everyone) > len(going)
    out = tmp_path / "all.pdf"
    status, stdout, _ = run(
        capsys, "--db", demo_db, "badges", str(event_id), "--stock", "avery-l4785",
        "--out", str(out), "--who", "all", "--qr", "none",
    )  # fmt: skip
    assert status == 0
    assert stdout.startswith(f"Wrote {len(everyone)} badges on {-(-len(everyone) // 10)} pages")


def test_the_spelled_out_choices_match_the_enums() -> None:
    from app.cli.commands.badges import QR, WHO
    from app.exporters.badges import QrMode

    assert set(WHO) == {w.value for w in Who}
    assert set(QR) == {m.value for m in QrMode}
