"""A real broker, started once per session, and real worker processes."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.integration.kafka_io import Topics

ROOT = Path(__file__).resolve().parents[2]
KAFKA_LOCAL = ROOT / "scripts" / "kafka-local"


def _run_kafka_local(command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(KAFKA_LOCAL), command], capture_output=True, text=True, timeout=900, check=False
    )


@pytest.fixture(scope="session")
def kafka_bootstrap() -> Iterator[str]:
    """KAFKA_BOOTSTRAP_SERVERS if set, else a local KRaft broker started (and stopped) here."""
    configured = os.environ.get("KAFKA_BOOTSTRAP_SERVERS")
    if configured:
        yield configured
        return
    was_running = _run_kafka_local("status").returncode == 0
    started = _run_kafka_local("start")
    assert started.returncode == 0, f"kafka-local start failed:\n{started.stderr}"
    yield started.stdout.strip().splitlines()[-1]
    if not was_running:
        _run_kafka_local("stop")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class WorkerProcess:
    """One `enricher worker` process with its own web port and log file."""

    env: dict[str, str]
    log_path: Path
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        env = {**os.environ, **self.env, "WEB_PORT": str(self.port)}
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "service", "worker"],
                env=env,
                cwd=ROOT,
                stdout=log,
                stderr=subprocess.STDOUT,
            )

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def get(self, path: str) -> tuple[int, str]:
        try:
            with urllib.request.urlopen(self.url(path), timeout=5) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()

    def wait_ready(self, timeout: float = 180) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.process is not None and self.process.poll() is None, (
                f"worker exited early:\n{self.log_tail()}"
            )
            try:
                if self.get("/ready")[0] == 200:
                    return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.5)
        raise AssertionError(f"worker not ready after {timeout}s:\n{self.log_tail()}")

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 60) -> int | None:
        if self.process is None or self.process.poll() is not None:
            return None if self.process is None else self.process.returncode
        self.process.send_signal(sig)
        try:
            return self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            return self.process.wait(timeout=10)

    def log_tail(self, lines: int = 60) -> str:
        if not self.log_path.exists():
            return ""
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])


@pytest.fixture(scope="module")
def topics() -> Topics:
    """Fresh topic names per test module, so modules never see each other's events."""
    return Topics.with_prefix(f"t{uuid.uuid4().hex[:8]}")


def new_worker(kafka_bootstrap: str, topics: Topics, directory: Path, **env: str) -> WorkerProcess:
    """A worker (not started) in the consumer group of these topics."""
    directory.mkdir(parents=True, exist_ok=True)
    return WorkerProcess(
        env={
            "KAFKA_BOOTSTRAP_SERVERS": kafka_bootstrap,
            "APP_ID": f"enricher-{topics.raw}",
            "DATA_DIR": str(directory / "data"),
            "BATCH_SIZE": "8",
            **topics.as_env(),
            **env,
        },
        log_path=directory / "worker.log",
    )


@pytest.fixture(scope="module")
def worker(
    kafka_bootstrap: str, topics: Topics, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[WorkerProcess]:
    process = new_worker(kafka_bootstrap, topics, tmp_path_factory.mktemp("worker"))
    process.start()
    process.wait_ready()
    yield process
    process.stop()
