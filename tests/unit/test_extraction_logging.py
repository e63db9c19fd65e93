"""Library use of ``extract`` without configured logging writes nothing to stdout."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
_PROGRAM = """
from schemas import NewsItem
from streams.extraction import extract
extract(NewsItem(id="a", body="Meta acquires Scale AI for $14.3 billion."))
"""


class TestUnconfiguredLogging:
    """A program that imports the engine but never configures logging."""

    def test_first_extract_prints_nothing_to_stdout(self):
        """Loading the knowledge base on the first call leaves stdout clean for `| jq` pipelines."""
        result = subprocess.run(
            [sys.executable, "-c", _PROGRAM], cwd=REPO, capture_output=True, text=True, timeout=60, check=True
        )
        assert result.stdout == ""
