"""The message templates every new database starts with (English; users edit or add their own).

Each is (key, name, subject, body). Paragraphs are single lines, so the text flows in chat
apps and mail programs alike. Only the informational-interview request works without an event;
only the focus-dinner invitation needs the event's venue.
"""

from __future__ import annotations


def _body(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


DEFAULTS: tuple[tuple[str, str, str, str], ...] = (
    (
        "soft-ask",
        "Soft ask",
        "{event_title}: would you like to come?",
        _body(
            "Hi {call_name},",
            "I'm putting together {event_title} on {event_date}. It will be a small group, "
            "and you were one of the first people I thought of.",
            "No pressure at all: would something like this interest you? Happy to tell you more.",
            "{organizer_name}",
        ),
    ),
    (
        "hard-ask",
        "Hard ask",
        "Can I count on you for {event_title}?",
        _body(
            "Hi {call_name},",
            "I'm confirming a small core of people for {event_title} on {event_date}, "
            "{event_time}, before I announce it, and I'd love you to be one of them.",
            "Can I count on you? A simple yes or no is perfect.",
            "{organizer_name}",
        ),
    ),
    (
        "informational-interview",
        "Informational interview request",
        "Could I learn from you over a coffee?",
        _body(
            "Hi {call_name},",
            "I'm organizing events for our community and I'd love to hear how you see things: "
            "what you would come to, who we should meet, what's missing.",
            "Would you have 20 minutes for a coffee or a call in the next couple of weeks? "
            "I'll work around your schedule.",
            "Thank you,\n{organizer_name}",
        ),
    ),
    (
        "focus-dinner",
        "Focus dinner invitation",
        "Dinner invitation: {event_title}",
        _body(
            "Hi {call_name},",
            "I'm hosting a small focus dinner, {event_title}, on {event_date} at {event_time}, "
            "at {venue}. A handful of people around one table and one good conversation.",
            "I'd be delighted if you joined us. Could you let me know if you can make it?",
            "{organizer_name}",
        ),
    ),
    (
        "no-answer-follow-up",
        "Follow-up after no answer",
        "Re: {event_title}",
        _body(
            "Hi {call_name},",
            "Just bringing this back to the top of your inbox: I'd still love to have you at "
            "{event_title} on {event_date}.",
            "If it's not for you this time, no problem at all: a quick “not now” helps me plan.",
            "{organizer_name}",
        ),
    ),
    (
        "thank-you",
        "Thank-you after the event",
        "Thank you for coming to {event_title}",
        _body(
            "Hi {call_name},",
            "Thank you for coming to {event_title}. It meant a lot to have you there, and I "
            "hope you enjoyed it as much as I did.",
            "If there's anyone you met you'd like to stay in touch with, or anything you'd like "
            "to see next time, just reply to this message.",
            "{organizer_name}",
        ),
    ),
)
