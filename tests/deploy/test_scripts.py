"""The shell scripts and the Python file of the deployment: ShellCheck, ruff and mypy (the
project's `make lint` covers service/ and tests/ only)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.deploy.tools import DEPLOY, INSTALL_TOOLS, ROOT, VENV_BIN, Tools, run

SHELL_SCRIPTS = {
    INSTALL_TOOLS: "bash",
    DEPLOY / "kafka" / "create-topics.sh": "sh",
    DEPLOY / "build-venv.sh": "sh",
}
PYTHON_FILES = [DEPLOY / "healthcheck.py"]


@pytest.mark.parametrize(
    ("script", "shell"), sorted(SHELL_SCRIPTS.items()), ids=[p.name for p in sorted(SHELL_SCRIPTS)]
)
def test_shellcheck_finds_nothing(tools: Tools, script: Path, shell: str) -> None:
    done = run([str(tools.shellcheck), "--shell", shell, "--severity", "style", str(script)])
    assert done.returncode == 0, done.stdout
    first_line = script.read_text(encoding="utf-8").splitlines()[0]
    assert first_line in (f"#!/bin/{shell}", f"#!/usr/bin/env {shell}")
    assert os.access(script, os.X_OK), f"{script} is not executable"


def test_python_files_pass_ruff_and_mypy_strict() -> None:
    files = [str(path) for path in PYTHON_FILES]
    for command in (
        [str(VENV_BIN / "ruff"), "check", *files],
        [str(VENV_BIN / "ruff"), "format", "--check", *files],
        [str(VENV_BIN / "mypy"), "--strict", *files],
    ):
        done = run(command, cwd=ROOT, timeout=300)
        assert done.returncode == 0, done.stdout + done.stderr
