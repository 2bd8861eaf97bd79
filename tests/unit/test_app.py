from __future__ import annotations

from service.app import OVERLAP_MIN_BATCH, split_for_overlap


def test_a_full_batch_is_split_into_two_halves_in_order() -> None:
    events = list(range(32))
    parts = split_for_overlap(events)
    assert [len(part) for part in parts] == [16, 16]
    assert [event for part in parts for event in part] == events


def test_an_odd_batch_loses_nothing() -> None:
    parts = split_for_overlap(list(range(OVERLAP_MIN_BATCH + 1)))
    assert [event for part in parts for event in part] == list(range(OVERLAP_MIN_BATCH + 1))
    assert len(parts) == 2


def test_a_small_batch_under_light_load_stays_whole() -> None:
    assert split_for_overlap([1, 2, 3]) == [[1, 2, 3]]
    assert len(split_for_overlap(list(range(OVERLAP_MIN_BATCH - 1)))) == 1
