"""Fixtures of the deployment checks: the tools they run, and the integration tests' broker."""

from __future__ import annotations

import pytest

from tests.deploy.tools import Tools, install_tools

# The session's broker: KAFKA_BOOTSTRAP_SERVERS, or a local one (scripts/kafka-local).
from tests.integration.conftest import kafka_bootstrap  # noqa: F401


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "slow: builds the image's virtual environment from PyPI (about a minute)"
    )


@pytest.fixture(scope="session")
def tools() -> Tools:
    """promtool, prometheus, hadolint, ... installed by scripts/install-tools if missing."""
    return install_tools()
