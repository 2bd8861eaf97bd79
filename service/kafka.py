"""Broker connection settings for Faust (the worker) and aiokafka (the CLI), from one place."""

from __future__ import annotations

import ssl
from typing import Any

import faust

from service.settings import Settings


def ssl_context(settings: Settings) -> ssl.SSLContext | None:
    """A TLS context for SSL and SASL_SSL: the CA to trust, and a client certificate if given."""
    if settings.kafka_security_protocol not in ("SSL", "SASL_SSL"):
        return None
    context = ssl.create_default_context(cafile=settings.kafka_ssl_cafile)
    if settings.kafka_ssl_certfile:
        password = settings.kafka_ssl_key_password
        context.load_cert_chain(
            settings.kafka_ssl_certfile,
            keyfile=settings.kafka_ssl_keyfile,
            password=password.get_secret_value() if password else None,
        )
    return context


def _sasl_password(settings: Settings) -> str:
    password = settings.kafka_sasl_password
    return password.get_secret_value() if password else ""


def client_options(settings: Settings) -> dict[str, Any]:
    """Keyword arguments for aiokafka's producer, consumer and admin clients."""
    options: dict[str, Any] = {
        "bootstrap_servers": settings.kafka_bootstrap_servers,
        "security_protocol": settings.kafka_security_protocol,
        "ssl_context": ssl_context(settings),
    }
    if settings.kafka_security_protocol.startswith("SASL"):
        options["sasl_mechanism"] = settings.kafka_sasl_mechanism
        options["sasl_plain_username"] = settings.kafka_sasl_username
        options["sasl_plain_password"] = _sasl_password(settings)
    return options


def broker_credentials(settings: Settings) -> Any:
    """Faust's credentials for the configured security protocol; None for plaintext."""
    protocol = settings.kafka_security_protocol
    if protocol == "PLAINTEXT":
        return None
    if protocol == "SSL":
        return faust.SSLCredentials(ssl_context(settings))
    return faust.SASLCredentials(
        username=settings.kafka_sasl_username,
        password=_sasl_password(settings),
        ssl_context=ssl_context(settings),
        mechanism=settings.kafka_sasl_mechanism,
    )
