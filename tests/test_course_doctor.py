"""``workshop doctor``: each check finds the problem it is for and names the fix."""

from __future__ import annotations

import socket

import pytest

from workshop_kit.cli import doctor
from workshop_kit.i18n import get_language, set_language


@pytest.fixture(autouse=True)
def english():
    previous = get_language()
    set_language("en")
    yield
    set_language(previous)

LAB_LISTING = """JupyterLab v4.6.6
/venv/share/jupyter/labextensions
        @jupyter/nbgrader v0.9.6 \x1b[32menabled\x1b[0m \x1b[32mOK\x1b[0m
        @jupyter-widgets/jupyterlab-manager v5.0.16 disabled OK (python, jupyterlab_widgets)
"""


def test_doctor_parses_enabled_extensions():
    enabled = doctor.enabled_extensions(doctor.ANSI.sub("", LAB_LISTING))
    assert enabled == {"@jupyter/nbgrader"}, enabled


def test_doctor_port_in_use():
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        port = server.getsockname()[1]
        check = doctor.check_ports({"Voila": port})[0]
    assert not check.ok, f"port {port} is in use but the check passed"
    assert str(port) in check.fix, check.fix


def test_doctor_missing_assets(tmp_path):
    check = doctor.check_assets(tmp_path)
    assert not check.ok, "an empty assets folder should fail the check"


def test_doctor_missing_dataset(tmp_path, monkeypatch):
    config = tmp_path / "workshop.toml"
    config.write_text(
        '[city]\nname = "Testville"\nbbox = [2.0, 48.0, 2.1, 48.1]\n'
        '[portal]\nurl = "https://data.testville.example"\n'
        '[datasets]\nbudget = "no_such_budget.csv"\n'
        '[agenda]\nstart = "09:00"\nlength_minutes = 240\n[[agenda.slots]]\nid = "welcome"\nminutes = 15\n',
        encoding="utf-8")
    monkeypatch.setenv("WORKSHOP_CONFIG", str(config))
    checks = doctor.check_data()
    failed = [check for check in checks if not check.ok]
    assert len(failed) == 1, [check.fix for check in failed]
    assert "no_such_budget.csv" in failed[0].fix, failed[0].fix


def test_doctor_invalid_config(tmp_path, monkeypatch):
    config = tmp_path / "workshop.toml"
    config.write_text('[city]\nname = "Testville"\n', encoding="utf-8")
    monkeypatch.setenv("WORKSHOP_CONFIG", str(config))
    check = doctor.check_data()[0]
    assert not check.ok, "a configuration without [portal] should fail the check"
    assert "[portal]" in check.fix, check.fix


def test_doctor_repository_ready():
    # The repository itself ships every dataset that workshop.toml names.
    failed = [check.name for check in doctor.check_data() if not check.ok]
    assert not failed, f"missing in this repository: {failed}"
