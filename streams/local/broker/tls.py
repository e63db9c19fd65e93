"""A throw-away certificate authority for the local broker's SSL listener (``dealwatch broker start --security ssl``).

A broker's work directory gets a CA, a server certificate for ``127.0.0.1``/``localhost`` and a client
certificate for mutual TLS, all PEM, so the broker (Kafka reads PEM key stores) and the Python clients use
the same files and nothing is ever used outside that directory. A broker that keeps its data dir keeps
them too (:func:`kept_local_pki`), so its clients' settings stay valid across restarts.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import secrets
from dataclasses import dataclass
from pathlib import Path

import structlog
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

log = structlog.get_logger(__name__)

_VALID_FOR = dt.timedelta(days=30)
_RENEW_BEFORE = dt.timedelta(days=1)
_KEY_BITS = 2048


@dataclass(frozen=True)
class TlsFiles:
    """The PEM files of one local PKI.

    Attributes:
        ca: the CA certificate (the clients' ``DEALWATCH_SSL_CAFILE``, the broker's trust store).
        server: the broker's private key followed by its certificate (a Kafka PEM key store).
        client_cert: the client certificate (``DEALWATCH_SSL_CERTFILE``).
        client_key: its private key (``DEALWATCH_SSL_KEYFILE``).
    """

    ca: Path
    server: Path
    client_cert: Path
    client_key: Path


@dataclass(frozen=True)
class Authority:
    """A CA: its key signs certificates, its certificate is what clients trust."""

    key: rsa.RSAPrivateKey
    cert: x509.Certificate

    @classmethod
    def create(cls, name: str) -> Authority:
        """A new self-signed CA called ``name``."""
        key = rsa.generate_private_key(public_exponent=65537, key_size=_KEY_BITS)
        subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
        usage = x509.KeyUsage(
            digital_signature=True, key_cert_sign=True, crl_sign=True, content_commitment=False,
            key_encipherment=False, data_encipherment=False, key_agreement=False,
            encipher_only=False, decipher_only=False,
        )  # fmt: skip
        cert = (
            _builder(subject, subject, key)
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(usage, critical=True)
            .sign(key, hashes.SHA256())
        )
        return cls(key, cert)

    def issue(self, common_name: str, *, server: bool) -> tuple[rsa.RSAPrivateKey, x509.Certificate]:
        """A key and a certificate signed by this CA: for a server on 127.0.0.1/localhost, or for a client."""
        key = rsa.generate_private_key(public_exponent=65537, key_size=_KEY_BITS)
        subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
        usage = ExtendedKeyUsageOID.SERVER_AUTH if server else ExtendedKeyUsageOID.CLIENT_AUTH
        builder = _builder(subject, self.cert.subject, key).add_extension(
            x509.ExtendedKeyUsage([usage]), critical=False
        )
        if server:
            names = [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            builder = builder.add_extension(x509.SubjectAlternativeName(names), critical=False)
        return key, builder.sign(self.key, hashes.SHA256())

    def write_ca(self, path: Path) -> Path:
        """Write the CA certificate as PEM and return its path."""
        path.write_bytes(self.cert.public_bytes(serialization.Encoding.PEM))
        return path


def _builder(subject: x509.Name, issuer: x509.Name, key: rsa.RSAPrivateKey) -> x509.CertificateBuilder:
    now = dt.datetime.now(dt.UTC)
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + _VALID_FOR)
    )


def _files(directory: Path) -> TlsFiles:
    return TlsFiles(
        ca=directory / "ca.pem",
        server=directory / "server.pem",
        client_cert=directory / "client.pem",
        client_key=directory / "client-key.pem",
    )


def _key_pem(key: rsa.RSAPrivateKey) -> bytes:
    # PKCS#8: the form Kafka's PEM key store reads.
    pkcs8 = serialization.PrivateFormat.PKCS8
    return key.private_bytes(serialization.Encoding.PEM, pkcs8, serialization.NoEncryption())


def make_local_pki(directory: Path) -> TlsFiles:
    """Create a CA, a server and a client certificate under ``directory`` (private keys readable by the owner only)."""
    directory.mkdir(parents=True, exist_ok=True)
    ca = Authority.create(f"dealwatch local test CA {secrets.token_hex(4)}")
    server_key, server_cert = ca.issue("localhost", server=True)
    client_key, client_cert = ca.issue("dealwatch-client", server=False)
    files = _files(directory)
    ca.write_ca(files.ca)
    for path, data in (
        (files.server, _key_pem(server_key) + server_cert.public_bytes(serialization.Encoding.PEM)),
        (files.client_key, _key_pem(client_key)),
    ):
        path.touch(mode=0o600)
        path.write_bytes(data)
    files.client_cert.write_bytes(client_cert.public_bytes(serialization.Encoding.PEM))
    return files


def kept_local_pki(directory: Path) -> TlsFiles:
    """The PKI already under ``directory`` when complete and valid for another day, else a new one there.

    A new one (first start, or the old certificates about to expire) means a new CA: clients then need
    the new ``DEALWATCH_SSL_*`` files, which is why a kept data dir reuses the old ones while they last.
    """
    files = _files(directory)
    if all(path.exists() for path in (files.ca, files.server, files.client_cert, files.client_key)):
        renew_at = dt.datetime.now(dt.UTC) + _RENEW_BEFORE
        certificates = [x509.load_pem_x509_certificate(path.read_bytes()) for path in (files.ca, files.client_cert)]
        if all(cert.not_valid_after_utc > renew_at for cert in certificates):
            return files
        log.warning("local_pki.renewed", directory=str(directory), reason="its certificates expire within a day")
    return make_local_pki(directory)
