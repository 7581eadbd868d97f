"""environment.yml (conda, Binder) and pyproject.toml list the same packages and bounds."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

REPOSITORY = Path(__file__).resolve().parent.parent
REQUIREMENT = re.compile(r"^\s*([A-Za-z0-9_.\-]+)\s*(.*)$")
# Conda-only entries that are not Python packages of the kit.
CONDA_TOOLS = {"python", "pip"}


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def parse(requirement: str) -> tuple[str, str]:
    match = REQUIREMENT.match(requirement)
    assert match, f"cannot read requirement {requirement!r}"
    return normalise(match.group(1)), match.group(2).replace(" ", "")


def pyproject_requirements() -> dict[str, str]:
    project = tomllib.loads((REPOSITORY / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return dict(parse(requirement) for requirement in project["dependencies"])


def environment_requirements() -> dict[str, str]:
    environment = yaml.safe_load((REPOSITORY / "environment.yml").read_text(encoding="utf-8"))
    found = {}
    for entry in environment["dependencies"]:
        if isinstance(entry, dict):
            for requirement in entry.get("pip", []):
                if not requirement.startswith("-"):
                    name, bound = parse(requirement)
                    found[name] = bound
            continue
        name, bound = parse(entry)
        if name not in CONDA_TOOLS:
            found[name] = bound
    return found


def test_same_packages():
    in_pyproject = set(pyproject_requirements())
    in_environment = set(environment_requirements())
    assert in_pyproject - in_environment == set(), "in pyproject.toml but not environment.yml"
    assert in_environment - in_pyproject == set(), "in environment.yml but not pyproject.toml"


def test_same_lower_bounds():
    environment = environment_requirements()
    for name, bound in pyproject_requirements().items():
        assert environment.get(name) == bound, f"{name}: pyproject.toml says {bound!r}, environment.yml says {environment.get(name)!r}"


def test_environment_installs_the_kit():
    environment = yaml.safe_load((REPOSITORY / "environment.yml").read_text(encoding="utf-8"))
    pip_entries = [entry for entry in environment["dependencies"] if isinstance(entry, dict)]
    assert pip_entries and "-e ." in pip_entries[0]["pip"], "environment.yml must install the kit with pip: -e ."


def test_python_version_supported():
    environment = yaml.safe_load((REPOSITORY / "environment.yml").read_text(encoding="utf-8"))
    pythons = [entry for entry in environment["dependencies"] if isinstance(entry, str) and entry.startswith("python")]
    assert pythons, "environment.yml must pin a Python version"
    version = pythons[0].split("=")[-1]
    assert tuple(int(part) for part in version.split(".")[:2]) >= (3, 10)


def test_binder_environment_matches():
    main = yaml.safe_load((REPOSITORY / "environment.yml").read_text(encoding="utf-8"))
    binder = yaml.safe_load((REPOSITORY / ".binder" / "environment.yml").read_text(encoding="utf-8"))

    def packages(environment):
        found = []
        for entry in environment["dependencies"]:
            if isinstance(entry, dict):
                found += [requirement for requirement in entry["pip"] if requirement != "-e ."]
            else:
                found.append(entry)
        return found

    assert packages(binder) == packages(main), ".binder/environment.yml differs from environment.yml"
    assert binder["channels"] == main["channels"]


def test_binder_installs_the_kit():
    post_build = (REPOSITORY / ".binder" / "postBuild").read_text(encoding="utf-8")
    assert "pip install --no-deps -e ." in post_build, ".binder/postBuild must install the kit"
