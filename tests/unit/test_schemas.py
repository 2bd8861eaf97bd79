from service.schemas import EVENT_MODELS, SCHEMA_DIR, drifted


def test_checked_in_schemas_match_the_models() -> None:
    stale = drifted()
    assert not stale, f"JSON Schemas out of date: {stale}; run `make schema` and commit them"


def test_there_is_one_schema_per_output_topic() -> None:
    names = sorted(p.name for p in SCHEMA_DIR.glob("*.schema.json"))
    assert names == sorted(f"{topic}.schema.json" for topic in EVENT_MODELS)
