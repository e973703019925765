"""Fixtures for the invite service: a Berlin dinner with seven guests, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from invites_test_helpers import World, make_world

from app.services.container import Services
from tests.backends import db_url

__all__ = ["db_url"]


@pytest.fixture
def world(services: Services, tmp_path_factory: pytest.TempPathFactory) -> World:
    return make_world(services, tmp_path_factory.mktemp("out"))
