from __future__ import annotations

import ssl
import subprocess
from pathlib import Path

import faust
import pytest

from service.kafka import broker_credentials, client_options, ssl_context
from service.settings import Settings


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate and its key, made with the openssl command."""
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "client.pem", folder / "client.key"
    command = ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"]
    subprocess.run(
        [*command, "-subj", "/CN=enricher-test", "-keyout", str(key), "-out", str(cert)],
        check=True,
        capture_output=True,
    )
    return cert, key


def test_plaintext_needs_no_tls_and_no_credentials() -> None:
    settings = Settings(kafka_security_protocol="PLAINTEXT")
    assert ssl_context(settings) is None
    assert broker_credentials(settings) is None
    assert client_options(settings)["security_protocol"] == "PLAINTEXT"


def test_sasl_ssl_with_scram_passes_mechanism_user_and_password() -> None:
    settings = Settings(
        kafka_security_protocol="SASL_SSL",
        kafka_sasl_mechanism="SCRAM-SHA-512",
        kafka_sasl_username="enricher",
        kafka_sasl_password="s3cret",
    )
    options = client_options(settings)
    assert options["sasl_mechanism"] == "SCRAM-SHA-512"
    assert (options["sasl_plain_username"], options["sasl_plain_password"]) == (
        "enricher",
        "s3cret",
    )
    assert isinstance(options["ssl_context"], ssl.SSLContext)
    credentials = broker_credentials(settings)
    assert isinstance(credentials, faust.SASLCredentials)
    assert credentials.ssl_context is not None
    assert "s3cret" not in repr(settings)


def test_sasl_plaintext_with_plain_has_no_tls() -> None:
    settings = Settings(kafka_security_protocol="SASL_PLAINTEXT", kafka_sasl_username="u")
    assert client_options(settings)["ssl_context"] is None
    assert client_options(settings)["sasl_mechanism"] == "PLAIN"


def test_ssl_with_a_client_certificate_loads_it(certificate: tuple[Path, Path]) -> None:
    cert, key = certificate
    settings = Settings(
        kafka_security_protocol="SSL",
        kafka_ssl_cafile=str(cert),
        kafka_ssl_certfile=str(cert),
        kafka_ssl_keyfile=str(key),
    )
    context = ssl_context(settings)
    assert context is not None
    assert context.verify_mode == ssl.CERT_REQUIRED
    assert isinstance(broker_credentials(settings), faust.SSLCredentials)


def test_a_missing_client_certificate_fails_at_start_up(tmp_path: Path) -> None:
    settings = Settings(
        kafka_security_protocol="SSL", kafka_ssl_certfile=str(tmp_path / "absent.pem")
    )
    with pytest.raises(FileNotFoundError):
        ssl_context(settings)
