"""Speed and size benchmarks; each module writes its own section of docs/benchmarks.md."""

from __future__ import annotations

import re
from pathlib import Path

RESULTS_PAGE = Path(__file__).resolve().parent.parent / "docs" / "benchmarks.md"


def write_section(section: str, text: str, page: Path = RESULTS_PAGE) -> None:
    """Replace the body of the ``## <section>`` part of the results page, appending it when missing."""
    content = page.read_text(encoding="utf-8")
    pattern = re.compile(rf"(^## {re.escape(section)}\n)(.*?)(?=^## |\Z)", re.M | re.S)
    if not pattern.search(content):
        content = content.rstrip("\n") + f"\n\n## {section}\n\n"
    content = pattern.sub(lambda match: f"{match.group(1)}\n{text}\n\n", content, count=1)
    page.write_text(content.rstrip("\n") + "\n", encoding="utf-8")
