"""`convivio badges`, `convivio name-cards`, `convivio stocks list`: print-ready PDFs.

`badges alignment --stock ID --out FILE.pdf` writes the one-page alignment test sheet for a
stock instead of badges (an event really called "alignment" is reached by its number).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli.context import CliContext
from app.cli.output import print_json, print_table

if TYPE_CHECKING:
    from app.exporters.badges import LabelStock, RenderReport

WHO = ("going", "checked-in", "all")
"""`services.badges.Who` values; spelled out so `--help` loads no data layer."""
QR = ("checkin", "vcard", "none")
"""`exporters.badges.QrMode` values."""
ALIGNMENT = "alignment"


def register(sub: argparse._SubParsersAction[Any]) -> None:
    badges = sub.add_parser(
        "badges",
        help="write name badges for an event's guests as a PDF",
        description="Write one badge per guest onto label sheets. "
        f"`badges {ALIGNMENT} --stock ID --out FILE.pdf` writes the alignment test sheet.",
    )
    badges.add_argument(
        "event", metavar="EVENT", help=f"id, UUID or exact title (or “{ALIGNMENT}”)"
    )
    _common(badges)
    badges.add_argument(
        "--qr",
        choices=QR,
        default="checkin",
        help="what the QR code carries: the check-in code (default), a vCard, or nothing",
    )
    badges.add_argument("--no-stripe", action="store_true", help="no coloured role stripe")
    badges.add_argument(
        "--two-sided", action="store_true", help="print the backs too (flip on the long edge)"
    )
    badges.set_defaults(func=run_badges)

    cards = sub.add_parser(
        "name-cards",
        help="write folded place cards (tent cards) for an event's guests as a PDF",
    )
    cards.add_argument("event", metavar="EVENT", help="id, UUID or exact title")
    _common(cards)
    cards.add_argument(
        "--seats-per-table",
        type=int,
        default=0,
        metavar="N",
        help="number tables and seats, N guests per table in list order (default: names only)",
    )
    cards.set_defaults(func=run_name_cards)

    stocks = sub.add_parser("stocks", help="label stocks for badges and place cards")
    stocks_sub = stocks.add_subparsers(dest="action", metavar="ACTION", required=True)
    ls = stocks_sub.add_parser("list", help="every shipped stock, with the ids --stock takes")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=run_stocks_list)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--stock", required=True, metavar="STOCK_ID", help="e.g. avery-5392 (see `stocks list`)"
    )
    parser.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    parser.add_argument(
        "--who",
        choices=WHO,
        default="going",
        help="going (default), checked-in, or all who haven't declined "
        "(going, maybe, invited, waitlisted, pending approval)",
    )
    parser.add_argument("--outline", action="store_true", help="draw each label's outline")
    parser.add_argument("--crop-marks", action="store_true", help="marks for cutting by hand")
    parser.add_argument(
        "--offset-x",
        type=float,
        default=0.0,
        metavar="MM",
        help="move the print right (mm); the offset calibrated in the window's Preferences "
        "is not read here, so give it again",
    )
    parser.add_argument(
        "--offset-y", type=float, default=0.0, metavar="MM", help="move the print down (mm)"
    )


def _done(report: RenderReport, what: str) -> int:
    from app.exporters.badges import PRINT_NOTE

    pages = f"{report.pages} page" + ("" if report.pages == 1 else "s")
    print(f"Wrote {report.items} {what} on {pages} to {report.path}")
    for warning in report.warnings:
        sys.stderr.write(f"convivio: warning: {warning}\n")
    sys.stderr.write(f"{PRINT_NOTE}\n")
    return 0


def run_badges(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.exporters.badges import BadgeOptions, QrMode
    from app.services.badges import BadgeService, Layout, SheetRequest, Who

    if args.event == ALIGNMENT:
        report = BadgeService.alignment_sheet(
            args.stock, args.out, offset_x_mm=args.offset_x, offset_y_mm=args.offset_y
        )
        return _done(report, "alignment test sheet")
    services = ctx.services
    event = services.events.find(args.event)
    options = BadgeOptions(
        qr=QrMode(args.qr),
        role_stripe=not args.no_stripe,
        two_sided=args.two_sided,
        outline=args.outline,
        crop_marks=args.crop_marks,
        offset_x_mm=args.offset_x,
        offset_y_mm=args.offset_y,
    )
    request = SheetRequest(args.stock, args.out, layout=Layout.BADGES, badge_options=options)
    report = services.badges.export(event.id, request, who=Who(args.who))
    return _done(report, "badge" if report.items == 1 else "badges")


def run_name_cards(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.exporters.badges import PlaceCardOptions
    from app.services.badges import Layout, SheetRequest, Who, seating_or_none

    services = ctx.services
    event = services.events.find(args.event)
    options = PlaceCardOptions(
        outline=args.outline,
        crop_marks=args.crop_marks,
        offset_x_mm=args.offset_x,
        offset_y_mm=args.offset_y,
    )
    request = SheetRequest(
        args.stock,
        args.out,
        layout=Layout.PLACE_CARDS,
        card_options=options,
        seating=seating_or_none(args.seats_per_table),
    )
    report = services.badges.export(event.id, request, who=Who(args.who))
    return _done(report, "place card" if report.items == 1 else "place cards")


def stock_json(s: LabelStock) -> dict[str, Any]:
    return {
        "id": s.id,
        "aliases": list(s.aliases),
        "name": s.name,
        "kind": s.kind,
        "page": s.page,
        "page_mm": [s.page_w_mm, s.page_h_mm],
        "label_mm": [s.label_w_mm, s.label_h_mm],
        "columns": s.cols,
        "rows": s.rows,
        "per_sheet": s.per_sheet,
        "left_mm": s.left_mm,
        "top_mm": s.top_mm,
        "pitch_mm": [s.col_pitch_mm, s.row_pitch_mm],
        "corner_radius_mm": s.corner_radius_mm,
        "source": s.source,
        "notes": s.notes,
    }


def run_stocks_list(args: argparse.Namespace, _ctx: CliContext) -> int:
    from app.services.badges import BadgeService

    stocks = BadgeService.stocks()
    if args.json:
        print_json([stock_json(s) for s in stocks])
        return 0
    print_table(
        ("ID", "For", "Paper", "Per sheet", "Label (mm)", "Also known as"),
        (
            (
                s.id,
                "badges" if s.kind == "badge" else "place cards",
                s.page,
                s.per_sheet,
                f"{s.label_w_mm:g} x {s.label_h_mm:g}",
                ", ".join(s.aliases),
            )
            for s in stocks
        ),
    )
    return 0
