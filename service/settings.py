"""The one settings model: every knob is an environment variable with a laptop default."""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    kafka_bootstrap_servers: str = Field(
        default="127.0.0.1:9092", description="Comma-separated host:port list of brokers."
    )
    kafka_security_protocol: Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"] = "PLAINTEXT"
    kafka_sasl_mechanism: Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"] = "PLAIN"
    kafka_sasl_username: str | None = None
    kafka_sasl_password: SecretStr | None = None
    kafka_ssl_cafile: str | None = Field(
        default=None, description="CA bundle to trust; the system's when unset."
    )
    kafka_ssl_certfile: str | None = Field(
        default=None, description="Client certificate (PEM), for brokers that require one."
    )
    kafka_ssl_keyfile: str | None = None
    kafka_ssl_key_password: SecretStr | None = None

    processing_guarantee: Literal["at_least_once", "exactly_once"] = Field(
        default="at_least_once",
        description="exactly_once publishes each partition's events and offsets in a transaction.",
    )
    app_id: str = Field(default="news-enricher", description="Faust app id = consumer group.")
    topic_raw: str = "articles.raw"
    topic_enriched: str = "articles.enriched"
    topic_entities: str = "articles.entities"
    topic_quotes: str = "articles.quotes"
    topic_dates: str = "articles.dates"
    topic_rejected: str = "articles.rejected"
    topic_partitions: int = Field(default=6, ge=1)
    topic_replication_factor: int = Field(default=1, ge=1)
    rejected_retention_ms: int = Field(
        default=30 * 24 * 3600 * 1000, description="Rejected messages are kept 30 days."
    )

    spacy_model: str = Field(default="en_core_web_sm", description="spaCy pipeline to load.")
    batch_size: int = Field(default=32, ge=1, description="Articles per nlp.pipe batch.")
    batch_timeout_seconds: float = Field(
        default=0.2, gt=0, description="Longest wait to fill a batch."
    )
    max_message_bytes: int = Field(default=2_000_000, ge=1)
    max_text_chars: int = Field(default=200_000, ge=1)
    article_time_budget_seconds: float = Field(
        default=20.0, gt=0, description="An article still being enriched after this is rejected."
    )

    web_host: str = "127.0.0.1"
    web_port: int = Field(default=6066, ge=1, le=65535)
    data_dir: str = Field(default=".cache/faust", description="Faust's local state folder.")
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
