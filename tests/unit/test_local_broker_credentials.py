"""A local broker's credentials live in its work directory, so a kept data dir keeps them (no JVM needed)."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from streams.local.broker import BrokerUnavailableError, LocalKafka, tls
from streams.local.broker.listeners import Listeners


class TestKeptCredentials:
    """A second start on the same work directory gets what the first one made."""

    def test_sasl_password_is_made_once_and_readable_by_the_owner_only(self, tmp_path: Path) -> None:
        """The same directory gives the same password; another directory, another password."""
        for name in ("a", "b"):
            (tmp_path / name).mkdir()
        first = Listeners.create("sasl", 1, 2, 3, tmp_path / "a")
        again = Listeners.create("sasl", 1, 2, 3, tmp_path / "a")
        other = Listeners.create("sasl", 1, 2, 3, tmp_path / "b")
        assert first.sasl_password
        assert again.client_env() == first.client_env()
        assert other.sasl_password != first.sasl_password
        assert stat.S_IMODE((tmp_path / "a" / "sasl-password").stat().st_mode) == 0o600

    def test_tls_files_are_reused_while_valid(self, tmp_path: Path) -> None:
        """The CA and the client's files are the very same bytes on the second start."""
        first = Listeners.create("ssl", 1, 2, 3, tmp_path)
        ca = Path(first.client_env()["DEALWATCH_SSL_CAFILE"]).read_bytes()
        key = Path(first.client_env()["DEALWATCH_SSL_KEYFILE"]).read_bytes()
        again = Listeners.create("ssl", 1, 2, 3, tmp_path)
        assert again.client_env() == first.client_env()
        assert Path(again.client_env()["DEALWATCH_SSL_CAFILE"]).read_bytes() == ca
        assert Path(again.client_env()["DEALWATCH_SSL_KEYFILE"]).read_bytes() == key

    def test_tls_files_about_to_expire_are_renewed(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """Certificates valid for less than a day are replaced by a new CA rather than handed out again."""
        monkeypatch.setattr(tls, "_VALID_FOR", tls._RENEW_BEFORE / 2)
        first = tls.kept_local_pki(tmp_path).ca.read_bytes()
        assert tls.kept_local_pki(tmp_path).ca.read_bytes() != first


class TestKeptDataDirSecurity:
    """A kept data dir is started again with the security it was formatted for, or not at all."""

    def test_another_security_is_refused_naming_the_one_to_use(self, tmp_path: Path) -> None:
        """ports.json records the security; a SASL start on a plaintext broker's dir fails before any JVM."""
        (tmp_path / "ports.json").write_text(json.dumps({"client": 1, "controller": 2, "internal": 3}))
        broker = LocalKafka(cache_dir=tmp_path / "cache", security="sasl", data_dir=tmp_path, workdir=tmp_path)
        with pytest.raises(BrokerUnavailableError, match="started with --security none: start it with the same"):
            broker._ports(fresh=False)
        (tmp_path / "ports.json").write_text(
            json.dumps({"client": 1, "controller": 2, "internal": 3, "security": "sasl"})
        )
        assert broker._ports(fresh=False) == (1, 2, 3)
