"""Given names' genders: the hand lists first, then the long list built from a pooled
census of names (scripts/build_name_genders.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from service.extract.data.name_genders import FEMALE_NAMES, MALE_NAMES, name_gender

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("maureen", "f"),  # the hand list
        ("gerald", "m"),
        ("wagner", "m"),  # the long list: Brazil
        ("fabiana", "f"),
        ("aniket", "m"),  # India
        ("nkiru", "f"),  # Nigeria
        ("jean", None),  # a man in France, a woman elsewhere
        ("andrea", None),
        ("kim", None),
        ("jordan", None),
        ("ganeshan", None),  # a surname
    ],
)
def test_a_given_names_gender(name: str, gender: str | None) -> None:
    assert name_gender(name) == gender


def test_the_hand_lists_come_first() -> None:
    assert all(name_gender(name) == "f" for name in FEMALE_NAMES)
    assert all(name_gender(name) == "m" for name in MALE_NAMES - FEMALE_NAMES)


def test_the_shipped_list_matches_nomquamgender() -> None:
    check = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_name_genders.py"), "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(ROOT)},
    )
    assert check.returncode == 0, check.stderr
