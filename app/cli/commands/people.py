"""`convivio people list`, `convivio person add`."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.context import CliContext
from app.cli.output import print_json, print_table
from app.domain.enums import NameOrder
from app.domain.people import PersonDraft
from app.services.dto import PersonDto, PersonRow


def row_json(p: PersonRow) -> dict[str, Any]:
    return {
        "id": p.id,
        "name": p.display_name,
        "email": p.email or None,
        "organization": p.organization or None,
        "job_title": p.job_title or None,
        "tags": [t for t in p.tags.split(", ") if t],
    }


def person_json(p: PersonDto) -> dict[str, Any]:
    return {
        "id": p.id,
        "name": p.display_name,
        "given_name": p.given_name,
        "family_name": p.family_name,
        "name_order": p.name_order.value,
        "emails": list(p.emails),
        "organization": p.organization or None,
        "job_title": p.job_title or None,
        "tags": list(p.tags),
    }


def register(sub: argparse._SubParsersAction[Any]) -> None:
    people = sub.add_parser("people", help="list people")
    people_sub = people.add_subparsers(dest="action", metavar="ACTION", required=True)
    ls = people_sub.add_parser("list", help="list people (all, or those matching --search)")
    ls.add_argument(
        "--search", metavar="TEXT", help="words to find in names, e-mails, organization"
    )
    ls.add_argument("--limit", type=int, default=None)
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=run_list)

    person = sub.add_parser("person", help="add one person")
    person_sub = person.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = person_sub.add_parser("add", help="create a person and print their id")
    add.add_argument("--given", default="")
    add.add_argument("--family", default="")
    add.add_argument("--family-first", action="store_true", help="the family name is written first")
    add.add_argument("--preferred", default="", help="the name they want to be called")
    add.add_argument("--email", action="append", default=[], metavar="E")
    add.add_argument("--org", default="", metavar="O")
    add.add_argument("--title", default="", help="job title")
    add.add_argument("--tag", action="append", default=[], metavar="TAG")
    add.add_argument("--json", action="store_true")
    add.set_defaults(func=run_add)

    export = person_sub.add_parser(
        "export", help="write everything Convivio holds about a person to a JSON file"
    )
    export.add_argument("person", metavar="PERSON", help="number, e-mail or exact name")
    export.add_argument("--out", required=True, metavar="FILE.json")
    export.set_defaults(func=run_export)

    erase = person_sub.add_parser(
        "erase", help="erase a person and everything about them (cannot be undone)"
    )
    erase.add_argument("person", metavar="PERSON", help="number, e-mail or exact name")
    erase.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")
    erase.set_defaults(func=run_erase)


def run_list(args: argparse.Namespace, ctx: CliContext) -> int:
    people = ctx.services.people
    rows = people.search(args.search, args.limit) if args.search else people.list_rows()
    if args.limit is not None:
        rows = rows[: args.limit]
    if args.json:
        print_json([row_json(p) for p in rows])
        return 0
    print_table(
        ("ID", "Name", "E-mail", "Organization", "Tags"),
        ((p.id, p.display_name, p.email, p.organization, p.tags) for p in rows),
    )
    return 0


def run_add(args: argparse.Namespace, ctx: CliContext) -> int:
    draft = PersonDraft(
        given_name=args.given,
        family_name=args.family,
        name_order=NameOrder.FAMILY_FIRST if args.family_first else NameOrder.GIVEN_FIRST,
        preferred_name=args.preferred,
        emails=tuple(args.email),
        organization=args.org,
        job_title=args.title,
        tags=tuple(args.tag),
    )
    created = ctx.services.people.create(draft)
    if args.json:
        print_json(person_json(created.item))
    else:
        print(created.item.id)
    return 0


def run_export(args: argparse.Namespace, ctx: CliContext) -> int:
    from pathlib import Path

    person = ctx.services.people.find(args.person)
    target = ctx.services.privacy.write_export(person.id, Path(args.out))
    print(f"Wrote everything about {person.display_name} to {target}")
    return 0


def run_erase(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.domain.errors import DomainError

    person = ctx.services.people.find(args.person)
    if not args.yes:
        raise DomainError(f"Erasing {person.display_name} cannot be undone; add --yes to confirm.")
    ctx.services.privacy.erase_person(person.id)
    print(f"Erased {person.display_name} and everything about them.")
    return 0
