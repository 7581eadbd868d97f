"""README.md and README.fr.md stay in step: same commands, same sections, same links."""

from __future__ import annotations

import re
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
CODE_BLOCK = re.compile(r"```[a-z]*\n(.*?)```", re.S)
LINK_TARGET = re.compile(r"\]\(([^)#]+)\)")


def read(name: str) -> str:
    return (REPOSITORY / name).read_text(encoding="utf-8")


def commands(text: str) -> list[str]:
    """Return the command part of each line in the code blocks, without comments."""
    lines = []
    for block in CODE_BLOCK.findall(text):
        for line in block.splitlines():
            command = line.split("#")[0].strip()
            if command:
                lines.append(re.sub(r"--lang (fr|en)", "--lang X", command))
    return lines


def test_readmes_start_with_two_commands():
    for name in ("README.md", "README.fr.md"):
        first_block = CODE_BLOCK.search(read(name)).group(1)
        first_commands = [line.split("#")[0].strip() for line in first_block.splitlines() if line.strip()]
        assert first_commands == ["python3 start.py", "python3 start.py test"], f"{name} first block: {first_commands}"


def test_readmes_same_commands():
    assert commands(read("README.md")) == commands(read("README.fr.md"))


def test_readmes_same_section_count():
    english = re.findall(r"^#+ ", read("README.md"), re.M)
    french = re.findall(r"^#+ ", read("README.fr.md"), re.M)
    assert english == french, "the two READMEs have different heading structures"


def test_readme_links_exist():
    for name in ("README.md", "README.fr.md"):
        for target in LINK_TARGET.findall(read(name)):
            if "://" not in target:
                assert (REPOSITORY / target).exists(), f"{name} links to missing {target}"


def test_ci_calls_readme_test_command():
    script = read(".ci/run")
    assert "python3 start.py test" in script, ".ci/run must run the README's test command"
