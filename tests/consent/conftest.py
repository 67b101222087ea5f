"""Fixtures for the consent tests."""
from __future__ import annotations

import pytest


@pytest.fixture
def inv_ctx(app_ctx, inv):
    """The application context, the investigator signed in."""
    return app_ctx(inv)
