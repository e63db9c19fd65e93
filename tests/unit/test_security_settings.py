"""Security settings: validation, the client options built from them, and a password that never shows."""

from __future__ import annotations

import ssl
from pathlib import Path

import pytest
from faust.auth import SASLCredentials, SSLCredentials
from faust.types.auth import AuthProtocol
from pydantic import ValidationError
from typer.testing import CliRunner

from streams.cli.main import app
from streams.config import Settings, get_settings
from streams.local.broker.listeners import Listeners
from streams.local.broker.tls import make_local_pki
from streams.security import SecurityConfigError, describe, faust_credentials, kafka_options, ssl_context

pytestmark = pytest.mark.unit

PASSWORD = "s3cret-Pa55word-xyz"  # noqa: S105 - a test value


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory):
    """One throw-away CA with server and client certificates."""
    return make_local_pki(tmp_path_factory.mktemp("pki"))


def _sasl(**extra: object) -> Settings:
    return Settings(
        security_protocol="SASL_PLAINTEXT",
        sasl_mechanism="SCRAM-SHA-256",
        sasl_username="alice",
        sasl_password=PASSWORD,
        **extra,
    )


class TestValidation:
    """Half a security configuration is refused when the settings are read."""

    def test_defaults_are_plaintext_with_hostname_checks_on(self) -> None:
        """No security setting: PLAINTEXT and nothing else passed to the clients."""
        settings = Settings()
        assert settings.security_protocol == "PLAINTEXT"
        assert settings.ssl_check_hostname is True
        assert kafka_options(settings) == {"security_protocol": "PLAINTEXT"}
        assert faust_credentials(settings) is None

    def test_sasl_needs_user_and_password(self) -> None:
        """SASL_PLAINTEXT without a password fails, naming the variables."""
        with pytest.raises(ValidationError, match="DEALWATCH_SASL_USERNAME and DEALWATCH_SASL_PASSWORD"):
            Settings(security_protocol="SASL_PLAINTEXT", sasl_username="alice")

    def test_cert_without_key_is_refused(self, pki) -> None:
        """Mutual TLS needs both halves."""
        with pytest.raises(ValidationError, match="both DEALWATCH_SSL_CERTFILE and DEALWATCH_SSL_KEYFILE"):
            Settings(security_protocol="SSL", ssl_certfile=pki.client_cert)

    def test_tls_files_with_a_plaintext_protocol_are_refused(self, pki) -> None:
        """A CA file under PLAINTEXT is a forgotten DEALWATCH_SECURITY_PROTOCOL, not something to ignore."""
        with pytest.raises(ValidationError, match="does not use TLS"):
            Settings(ssl_cafile=pki.ca)

    def test_unknown_mechanism_is_refused(self) -> None:
        """Only PLAIN and SCRAM are offered."""
        with pytest.raises(ValidationError):
            Settings(security_protocol="SASL_PLAINTEXT", sasl_mechanism="GSSAPI", sasl_username="a", sasl_password="b")  # noqa: S106


class TestClientOptions:
    """kafka-python and Faust get the same protocol, mechanism and TLS context."""

    def test_sasl_plaintext(self) -> None:
        """SCRAM user and password reach both client libraries; no TLS context."""
        settings = _sasl()
        assert kafka_options(settings) == {
            "security_protocol": "SASL_PLAINTEXT",
            "sasl_mechanism": "SCRAM-SHA-256",
            "sasl_plain_username": "alice",
            "sasl_plain_password": PASSWORD,
        }
        credentials = faust_credentials(settings)
        assert isinstance(credentials, SASLCredentials)
        assert credentials.protocol is AuthProtocol.SASL_PLAINTEXT
        assert (credentials.username, credentials.password) == ("alice", PASSWORD)
        assert credentials.mechanism.value == "SCRAM-SHA-256"

    def test_mutual_tls(self, pki) -> None:
        """SSL: one verifying context with the CA and the client certificate, host names checked."""
        settings = Settings(
            security_protocol="SSL", ssl_cafile=pki.ca, ssl_certfile=pki.client_cert, ssl_keyfile=pki.client_key
        )
        options = kafka_options(settings)
        context = options["ssl_context"]
        assert options["security_protocol"] == "SSL"
        assert context.verify_mode is ssl.CERT_REQUIRED
        assert context.check_hostname is True
        assert "sasl_plain_password" not in options
        credentials = faust_credentials(settings)
        assert isinstance(credentials, SSLCredentials)
        assert credentials.protocol is AuthProtocol.SSL

    def test_sasl_ssl_combines_both(self, pki) -> None:
        """SASL_SSL: Faust's SASL credentials carry the TLS context, which switches them to SASL_SSL."""
        settings = Settings(
            security_protocol="SASL_SSL", sasl_username="alice", sasl_password=PASSWORD, ssl_cafile=pki.ca
        )
        credentials = faust_credentials(settings)
        assert isinstance(credentials, SASLCredentials)
        assert credentials.protocol is AuthProtocol.SASL_SSL
        assert credentials.ssl_context is not None

    def test_hostname_check_can_be_turned_off(self, pki) -> None:
        """Off only when asked for; verification of the chain stays on."""
        context = ssl_context(Settings(security_protocol="SSL", ssl_cafile=pki.ca, ssl_check_hostname=False))
        assert context is not None
        assert context.check_hostname is False
        assert context.verify_mode is ssl.CERT_REQUIRED

    def test_a_missing_ca_file_names_the_setting(self, tmp_path: Path) -> None:
        """A wrong path is reported with its variable, not as a bare OSError."""
        with pytest.raises(SecurityConfigError, match=r"DEALWATCH_SSL_CAFILE=.*missing\.pem"):
            ssl_context(Settings(security_protocol="SSL", ssl_cafile=tmp_path / "missing.pem"))


class TestPasswordNeverShows:
    """The password leaves its SecretStr only as a client constructor argument."""

    def test_not_in_repr_str_or_description(self) -> None:
        """repr, str, the JSON dump and the logged description hide it."""
        settings = _sasl()
        for text in (repr(settings), str(settings), settings.model_dump_json(), str(describe(settings))):
            assert PASSWORD not in text
        assert describe(settings) == {
            "security_protocol": "SASL_PLAINTEXT",
            "sasl_mechanism": "SCRAM-SHA-256",
            "sasl_username": "alice",
        }
        assert PASSWORD not in repr(faust_credentials(settings))

    def test_not_in_a_settings_error(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """An invalid setting next to the password ends the command with one line that does not echo it."""
        monkeypatch.setenv("DEALWATCH_SECURITY_PROTOCOL", "SASL_PLAINTEXT")
        monkeypatch.setenv("DEALWATCH_SASL_PASSWORD", PASSWORD)
        monkeypatch.setenv("DEALWATCH_SASL_MECHANISM", "PLAIN-TEXT")
        get_settings.cache_clear()
        try:
            result = CliRunner().invoke(app, ["alerts"])
        finally:
            get_settings.cache_clear()
        assert result.exit_code == 2
        assert "DEALWATCH_SASL_MECHANISM" in result.stderr
        assert PASSWORD not in result.stderr + result.stdout


class TestLocalBrokerListeners:
    """The secured local broker's configuration and the exports it prints."""

    def test_sasl_listener_and_scram_users(self, tmp_path: Path) -> None:
        """SASL_PLAINTEXT for clients, plaintext only internally; SCRAM users made at format time."""
        listeners = Listeners.create("sasl", 9001, 9002, 9003, tmp_path)
        props = "\n".join(listeners.properties())
        assert (
            "listeners=SASL_PLAINTEXT://127.0.0.1:9001,INTERNAL://127.0.0.1:9003,CONTROLLER://127.0.0.1:9002" in props
        )
        assert "inter.broker.listener.name=INTERNAL" in props
        assert "sasl.enabled.mechanisms=PLAIN,SCRAM-SHA-256,SCRAM-SHA-512" in props
        password = listeners.sasl_password
        assert password
        assert listeners.format_args() == [
            "--add-scram",
            f"SCRAM-SHA-256=[name=dealwatch,password={password}]",
            "--add-scram",
            f"SCRAM-SHA-512=[name=dealwatch,password={password}]",
        ]
        env = listeners.client_env()
        assert env["DEALWATCH_SECURITY_PROTOCOL"] == "SASL_PLAINTEXT"
        client = Settings(**{k.removeprefix("DEALWATCH_").lower(): v for k, v in env.items()})
        assert client.sasl_password is not None
        assert client.sasl_password.get_secret_value() == password

    def test_ssl_listener_requires_client_certificates(self, tmp_path: Path) -> None:
        """The SSL listener reads the PEM files made at start and asks every client for a certificate."""
        listeners = Listeners.create("ssl", 9001, 9002, 9003, tmp_path)
        props = listeners.properties()
        assert "ssl.client.auth=required" in props
        assert f"ssl.keystore.location={tmp_path / 'tls' / 'server.pem'}" in props
        env = listeners.client_env()
        client = Settings(**{k.removeprefix("DEALWATCH_").lower(): v for k, v in env.items()})
        assert ssl_context(client) is not None
        assert (tmp_path / "tls" / "client-key.pem").stat().st_mode & 0o077 == 0
