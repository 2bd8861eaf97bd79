import pytest

from service.settings import Settings


def test_environment_variables_override_the_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KAFKA_BOOTSTRAP_SERVERS", "broker-a:9092,broker-b:9092")
    monkeypatch.setenv("TOPIC_RAW", "scraped")
    monkeypatch.setenv("BATCH_SIZE", "8")
    settings = Settings()
    assert settings.kafka_bootstrap_servers == "broker-a:9092,broker-b:9092"
    assert settings.topic_raw == "scraped"
    assert settings.batch_size == 8


def test_secrets_are_masked_when_printed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KAFKA_SASL_PASSWORD", "hunter2")
    settings = Settings()
    assert "hunter2" not in repr(settings)
    assert settings.kafka_sasl_password is not None
    assert settings.kafka_sasl_password.get_secret_value() == "hunter2"


def test_an_invalid_value_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BATCH_SIZE", "0")
    with pytest.raises(ValueError, match="batch_size"):
        Settings()
