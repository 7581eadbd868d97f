"""``workshop doctor``: check that this machine is ready for the workshop, and print what to fix.

Checks: Python and package versions against the kit's requirements, the nbgrader and
ipywidgets extensions in JupyterLab, the configuration file, the sample data the lessons
use, the map app's offline assets, and that the usual local ports are free.
"""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from tqdm.auto import tqdm

from ..errors import WorkshopError
from ..i18n import message
from ..processes import port_is_free

MINIMUM_PYTHON = (3, 10)
DISTRIBUTION = "workshop-kit"
# JupyterLab, Voila and Datasette defaults, which the workshop commands try first.
USUAL_PORTS = {"JupyterLab": 8888, "Voila": 8866, "Datasette": 8001}
LAB_EXTENSIONS = ("@jupyter/nbgrader", "@jupyter-widgets/jupyterlab-manager")
SERVER_EXTENSIONS = ("nbgrader.server_extensions.validate_assignment", "nbgrader.server_extensions.assignment_list")
ASSETS_DIR = Path(__file__).resolve().parent.parent / "app" / "assets"
ANSI = re.compile(r"\x1b\[[0-9;]*m")
COMMAND_TIMEOUT = 120


@dataclass
class Check:
    """One line of the doctor's report: what was checked, whether it is fine, what to do."""

    name: str
    ok: bool
    detail: str = ""
    fix: str = ""


def check_python() -> Check:
    version = ".".join(map(str, sys.version_info[:3]))
    ok = sys.version_info[:2] >= MINIMUM_PYTHON
    return Check(message("doctor.python", version=version), ok,
                 fix="" if ok else message("doctor.python_fix", minimum=".".join(map(str, MINIMUM_PYTHON))))


def check_packages() -> list[Check]:
    """Compare each installed requirement of the kit with the version range it requires."""
    from packaging.requirements import Requirement

    try:
        requirements = metadata.requires(DISTRIBUTION) or []
    except metadata.PackageNotFoundError:
        return [Check(message("doctor.kit_not_installed"), False, fix=message("doctor.kit_install_fix"))]

    checks = []
    for line in requirements:
        requirement = Requirement(line)
        if requirement.marker is not None and "extra" in str(requirement.marker):
            continue
        try:
            installed = metadata.version(requirement.name)
        except metadata.PackageNotFoundError:
            checks.append(Check(message("doctor.package_missing", package=requirement.name), False,
                                fix=message("doctor.package_fix", requirement=str(requirement))))
            continue
        ok = requirement.specifier.contains(installed, prereleases=True)
        checks.append(Check(message("doctor.package", package=requirement.name, version=installed), ok,
                            fix="" if ok else message("doctor.package_fix", requirement=str(requirement))))
    return checks


def _jupyter_output(*arguments: str) -> str:
    """Run ``python -m jupyter ARGUMENTS`` and return its output without colours."""
    completed = subprocess.run([sys.executable, "-m", "jupyter", *arguments], capture_output=True, text=True,
                               timeout=COMMAND_TIMEOUT, check=False)
    return ANSI.sub("", completed.stdout + completed.stderr)


def enabled_extensions(listing: str) -> set[str]:
    """Return the names a ``jupyter ... extension list`` output shows as enabled."""
    enabled = set()
    for line in listing.splitlines():
        words = line.split()
        if "enabled" in words and words[0] != "-":
            enabled.add(words[0])
    return enabled


def check_extensions() -> list[Check]:
    lab = enabled_extensions(_jupyter_output("labextension", "list"))
    server = enabled_extensions(_jupyter_output("server", "extension", "list"))
    checks = []
    for name in LAB_EXTENSIONS:
        ok = name in lab
        checks.append(Check(message("doctor.lab_extension", name=name), ok,
                            fix="" if ok else message("doctor.lab_extension_fix", name=name)))
    for name in SERVER_EXTENSIONS:
        ok = name in server
        checks.append(Check(message("doctor.server_extension", name=name), ok,
                            fix="" if ok else message("doctor.server_extension_fix", name=name)))
    return checks


def check_data() -> list[Check]:
    """Check the configuration file and every dataset it names."""
    from ..config import config_path, dataset_path, load_config

    try:
        config = load_config()
    except WorkshopError as error:
        return [Check(message("doctor.config"), False, fix=str(error))]

    checks = [Check(message("doctor.config"), True, detail=str(config_path()))]
    for role in sorted(config["datasets"]):
        path = dataset_path(role, config)
        checks.append(Check(message("doctor.dataset", role=role, path=path.name), path.is_file(),
                            fix="" if path.is_file() else message("doctor.dataset_fix", path=path)))
    return checks


def check_assets(folder: Path = ASSETS_DIR) -> Check:
    """Check that the map app's offline assets (its map library above all) are installed."""
    scripts = sorted(folder.rglob("*.js")) if folder.is_dir() else []
    has_map_library = any("leaflet" in path.name.lower() for path in scripts)
    ok = bool(scripts) and has_map_library
    return Check(message("doctor.assets", folder=folder), ok, fix="" if ok else message("doctor.assets_fix"))


def check_ports(ports: dict[str, int] = USUAL_PORTS) -> list[Check]:
    checks = []
    for program, port in ports.items():
        ok = port_is_free(port)
        label = message("doctor.port" if ok else "doctor.port_busy", program=program, port=port)
        checks.append(Check(label, ok,
                            fix="" if ok else message("doctor.port_fix", port=port)))
    return checks


def run_checks(progress: bool = True) -> list[Check]:
    """Run every check, showing progress because the extension listings take seconds."""
    steps = [lambda: [check_python()], check_packages, check_extensions, check_data,
             lambda: [check_assets()], check_ports]
    checks = []
    for step in tqdm(steps, desc="doctor", unit="check", disable=not progress, file=sys.stderr):
        checks += step()
    return checks


def register(subparsers) -> None:
    parser = subparsers.add_parser("doctor", help=message("doctor.help"))
    parser.set_defaults(handler=run)


def run(arguments) -> int:
    checks = run_checks()
    for check in checks:
        symbol = "OK " if check.ok else "!! "
        detail = f" ({check.detail})" if check.detail else ""
        print(f"{symbol} {check.name}{detail}")
        if not check.ok:
            print(f"    -> {check.fix}")

    failures = sum(not check.ok for check in checks)
    print()
    print(message("doctor.summary_ok") if not failures else message("doctor.summary_failed", count=failures))
    return 1 if failures else 0
