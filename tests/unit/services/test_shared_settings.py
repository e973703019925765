from __future__ import annotations

import pytest

from app.domain.errors import ValidationError
from app.services.container import Services
from app.services.shared_settings import SharedSettings


def test_shared_settings_round_trip_and_validate(services: Services) -> None:
    assert services.settings.get() == SharedSettings()
    before, after, changes = services.settings.save(
        SharedSettings(" Zoë O'Brien ", "zoe@example.ie", "Europe/Dublin")
    )
    assert before == SharedSettings()
    assert after == SharedSettings("Zoë O'Brien", "zoe@example.ie", "Europe/Dublin")
    assert services.settings.get() == after
    assert changes
    assert services.templates.organizer_name() == "Zoë O'Brien"  # the same shared key
    with pytest.raises(ValidationError) as info:
        services.settings.save(SharedSettings(organizer_email="zoe@"))
    assert info.value.field == "organizer_email"
    with pytest.raises(ValidationError):
        services.settings.save(SharedSettings(default_timezone="Mars/Base"))
    with pytest.raises(ValidationError):
        services.settings.save(SharedSettings(organizer_name="x" * 300))
    assert services.settings.get() == after
