"""docker compose's variable substitution, enough to read docker-compose.yml as compose does.

Supports what the Compose Specification defines: $VAR, ${VAR}, ${VAR:-default},
${VAR-default}, ${VAR:?error}, ${VAR?error}, ${VAR:+replacement}, ${VAR+replacement}, and $$
for a literal dollar sign.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

_REFERENCE = re.compile(
    r"\$(?:(?P<escaped>\$)"
    r"|\{(?P<braced>[A-Za-z_][A-Za-z0-9_]*)(?:(?P<operator>:?[-?+])(?P<argument>[^}]*))?\}"
    r"|(?P<plain>[A-Za-z_][A-Za-z0-9_]*))"
)


class MissingVariableError(ValueError):
    pass


def _substitute(match: re.Match[str], env: Mapping[str, str]) -> str:
    if match["escaped"]:
        return "$"
    name = match["braced"] or match["plain"]
    operator, argument = match["operator"], match["argument"] or ""
    value = env.get(name)
    is_set = value is not None
    is_filled = bool(value)
    if operator == ":-":
        return value if is_filled and value is not None else argument
    if operator == "-":
        return value if value is not None else argument
    if operator in (":?", "?"):
        if (operator == ":?" and not is_filled) or not is_set:
            raise MissingVariableError(f"{name}: {argument or 'required'}")
        return value or ""
    if operator == ":+":
        return argument if is_filled else ""
    if operator == "+":
        return argument if is_set else ""
    return value or ""


def interpolate(value: Any, env: Mapping[str, str]) -> Any:
    """The value with every string interpolated, as compose does before it reads the file."""
    if isinstance(value, str):
        return _REFERENCE.sub(lambda match: _substitute(match, env), value)
    if isinstance(value, list):
        return [interpolate(item, env) for item in value]
    if isinstance(value, dict):
        return {key: interpolate(item, env) for key, item in value.items()}
    return value


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [text for item in value for text in _strings(item)]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _strings(item)]
    return []


def references(document: Any) -> dict[str, set[str | None]]:
    """Variable name -> the defaults the document's values give it (None where none)."""
    found: dict[str, set[str | None]] = {}
    for text in _strings(document):
        for match in _REFERENCE.finditer(text):
            if match["escaped"]:
                continue
            name = match["braced"] or match["plain"]
            default = match["argument"] if match["operator"] in (":-", "-") else None
            found.setdefault(name, set()).add(default)
    return found


def read_env_file(path: Path) -> dict[str, str]:
    """KEY=VALUE lines of a .env file; comments and blank lines skipped."""
    values: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        key, _, value = line.partition("=")
        values[key.strip()] = value.strip()
    return values
