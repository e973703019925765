"""Team database passwords live in the system keyring, never in settings or URLs on disk."""

from __future__ import annotations

import logging

from sqlalchemy.engine import make_url

from app import APP_ID

log = logging.getLogger(__name__)


def account(url: str) -> str:
    """The keyring entry name for a server database: user@host:port/database."""
    parsed = make_url(url)
    host = parsed.host or parsed.query.get("host", "") or "localhost"
    return f"{parsed.username or ''}@{host}:{parsed.port or 5432}/{parsed.database or ''}"


def without_password(url: str) -> str:
    # URL.set() ignores None, so replace the field itself.
    return make_url(url)._replace(password=None).render_as_string(hide_password=False)


def with_password(url: str, password: str) -> str:
    return make_url(url).set(password=password).render_as_string(hide_password=False)


def remember(url: str, password: str) -> bool:
    """Keep the password in the system keyring; False when this system has no keyring."""
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(APP_ID, account(url), password)
    except KeyringError as error:
        log.warning("password not remembered: %s", error)
        return False
    return True


def lookup(url: str) -> str | None:
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(APP_ID, account(url))
    except KeyringError as error:
        log.info("no keyring: %s", error)
        return None


def forget(url: str) -> None:
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        keyring.delete_password(APP_ID, account(url))
    except (KeyringError, PasswordDeleteError):
        return
