"""SHA-256 of a file's bytes, which names the parsed form of exactly those bytes."""

from __future__ import annotations

try:  # CPython's own SHA-256: hashlib would first load OpenSSL, a few ms at every start
    from _sha2 import sha256  # Python 3.12 and later
except ImportError:
    try:
        from _sha256 import sha256  # Python 3.11
    except ImportError:  # pragma: no cover - another Python
        from hashlib import sha256


def sha256_hex(data: bytes) -> str:
    return sha256(data).hexdigest()
