"""The peer's virtualenv, created on first use from the pinned ``bench/peer/requirements.txt``.

Quix Streams pins pydantic below dealwatch's own pin, so the peer cannot run in ``.venv``. The
virtualenv lives in ``.dealwatch/peer-venv`` (ignored by git) and is rebuilt when the requirements
file changes (its hash is kept beside it).
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from bench.processes import REPO

PEER_VENV = REPO / ".dealwatch" / "peer-venv"
REQUIREMENTS = Path(__file__).with_name("requirements.txt")


def peer_python(progress: Callable[[str], None] = print) -> Path:
    """The peer virtualenv's interpreter, creating or refreshing the virtualenv first if needed."""
    python = PEER_VENV / "bin" / "python"
    stamp = PEER_VENV / ".requirements-sha256"
    digest = hashlib.sha256(REQUIREMENTS.read_bytes()).hexdigest()
    if python.exists() and stamp.exists() and stamp.read_text(encoding="utf-8") == digest:
        return python
    progress(f"creating the peer virtualenv in {PEER_VENV} from {REQUIREMENTS.name} (about a minute)")
    shutil.rmtree(PEER_VENV, ignore_errors=True)
    # sys.executable may itself be a virtualenv's; venv builds on its base interpreter either way.
    subprocess.run([sys.executable, "-m", "venv", str(PEER_VENV)], check=True)  # noqa: S603 - our interpreter
    pip = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*pip, "-r", str(REQUIREMENTS)], check=True)  # noqa: S603 - pinned requirements
    stamp.write_text(digest, encoding="utf-8")
    return python
