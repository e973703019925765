"""Finding one person from what someone typed on the command line: id, e-mail or exact name."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.enums import NameOrder
from app.domain.errors import NotFound
from app.domain.messages import msg
from app.domain.people import email_key, full_name
from app.domain.text import clean, fold
from app.storage.orm import Person, PersonEmail


def resolve_person(session: Session, ref: str) -> int:
    """The id of the person `ref` names; NotFound when nobody or several people match."""
    text = clean(ref)
    if text.isdigit():
        found = session.scalar(select(Person.id).where(Person.id == int(text)))
        if found is None:
            raise NotFound(msg("No person has the number {text}.", text=text))
        return int(found)
    if "@" in text:
        found = session.scalar(
            select(PersonEmail.person_id).where(PersonEmail.address_key == email_key(text))
        )
        if found is None:
            raise NotFound(msg("No person has the e-mail address {text}.", text=text))
        return int(found)
    query = select(Person.id, Person.given_name, Person.family_name, Person.name_order)
    for token in fold(text).split():
        query = query.where(Person.search_key.contains(token, autoescape=True))
    wanted = fold(text)
    matches = [
        r.id
        for r in session.execute(query)
        if wanted
        in (
            fold(full_name(r.given_name, r.family_name, NameOrder(r.name_order))),
            fold(f"{r.given_name} {r.family_name}".strip()),
        )
    ]
    if not matches:
        raise NotFound(
            msg("Nobody is called “{text}”; use their number or e-mail address.", text=text)
        )
    if len(matches) > 1:
        shown = ", ".join(str(m) for m in sorted(matches)[:5])
        more = "…" if len(matches) > 5 else ""
        raise NotFound(
            msg(
                "{count} people are called “{text}” ({shown}{more}); use their number or e-mail "
                "address.",
                count=len(matches),
                text=text,
                shown=shown,
                more=more,
            )
        )
    return int(matches[0])
