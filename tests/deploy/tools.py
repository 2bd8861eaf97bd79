"""Paths of the deployment files and of the tools that check them (scripts/install-tools)."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
COMPOSE_FILE = ROOT / "docker-compose.yml"
ENV_EXAMPLE = ROOT / ".env.example"
PROMETHEUS_DIR = DEPLOY / "prometheus"
PROMETHEUS_CONFIG = PROMETHEUS_DIR / "prometheus.yml"
RULES_FILE = PROMETHEUS_DIR / "rules" / "enricher.yml"
RULES_TESTS = PROMETHEUS_DIR / "tests" / "enricher.test.yml"
GRAFANA_DIR = DEPLOY / "grafana"
DASHBOARD = GRAFANA_DIR / "dashboards" / "news-enricher.json"
K8S_DIR = DEPLOY / "k8s"
NODE_TOOLS = DEPLOY / "tools"
DOCKERFILE = DEPLOY / "Dockerfile"
INSTALL_TOOLS = ROOT / "scripts" / "install-tools"
TOOLS_DIR = Path(os.environ.get("DEPLOY_TOOLS_DIR", ROOT / ".cache" / "tools"))
VENV_BIN = Path(sys.executable).parent


@dataclass(frozen=True)
class Tools:
    """Every external program the deployment checks run."""

    promtool: Path
    prometheus: Path
    hadolint: Path
    shellcheck: Path
    check_jsonschema: Path
    kubernetes_validate: Path
    node: str


def install_tools() -> Tools:
    """Runs scripts/install-tools (quick when all is there) and returns the tools' paths."""
    done = subprocess.run(
        [str(INSTALL_TOOLS)],
        env={**os.environ, "VENV": sys.prefix, "DEPLOY_TOOLS_DIR": str(TOOLS_DIR)},
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert done.returncode == 0, f"scripts/install-tools failed:\n{done.stdout}\n{done.stderr}"
    return Tools(
        promtool=TOOLS_DIR / "bin" / "promtool",
        prometheus=TOOLS_DIR / "bin" / "prometheus",
        hadolint=VENV_BIN / "hadolint",
        shellcheck=VENV_BIN / "shellcheck",
        check_jsonschema=VENV_BIN / "check-jsonschema",
        kubernetes_validate=VENV_BIN / "kubernetes-validate",
        node="node",
    )


def run(
    command: list[str], *, timeout: float = 120, **kwargs: Any
) -> subprocess.CompletedProcess[str]:
    """Runs a command to completion, output captured as text; never raises on failure."""
    return subprocess.run(
        command, capture_output=True, text=True, timeout=timeout, check=False, **kwargs
    )


def load_yaml(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def load_yaml_documents(path: Path) -> list[Any]:
    return [doc for doc in yaml.safe_load_all(path.read_text(encoding="utf-8")) if doc]
