"""The course through nbgrader's exchange on one machine: release, fetch, submit, collect, grade.

Learners use nbgrader's own ``fetch_assignment`` and ``submit`` commands, as the
"Assignments" tab of JupyterLab does for them; the facilitator uses the ``workshop``
command.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from workshop_kit.course import course_records
from workshop_kit.course.simulation import ASSIGNMENT, NOTEBOOK_NAME, learner_notebook, write_practice_assignment

pytestmark = pytest.mark.slow

BIN = Path(sys.executable).parent
COURSE_ID = "workshop-en"


def run(command: list[str], cwd: Path, root: Path) -> subprocess.CompletedProcess:
    environment = dict(os.environ, WORKSHOP_ROOT=str(root), PATH=f"{BIN}{os.pathsep}{os.environ['PATH']}")
    return subprocess.run(command, cwd=cwd, env=environment, capture_output=True, text=True, timeout=300, check=False)


@pytest.fixture(scope="module")
def exchange_class(tmp_path_factory):
    """Release to an exchange, let two learners fetch and submit, then collect and grade."""
    base = tmp_path_factory.mktemp("exchange")
    root, course, exchange = base / "workshop", base / "course", base / "exchange"
    for name in ("lessons", "sample_data"):
        (root / name).mkdir(parents=True)
    write_practice_assignment(root / "solutions", "en")
    workshop = [str(BIN / "workshop"), "--lang", "en"]
    nbgrader_options = [f"--course={COURSE_ID}", f"--Exchange.root={exchange}"]

    steps = {"release": run([*workshop, "release", "--course", str(course), "--exchange", str(exchange),
                             "--timeout", "5"], base, root)}
    for learner, profile in (("alice", "complete"), ("bruno", "partial")):
        home = base / learner
        home.mkdir()
        steps[f"fetch-{learner}"] = run([str(BIN / "nbgrader"), "fetch_assignment", ASSIGNMENT, *nbgrader_options],
                                        home, root)
        fetched = home / ASSIGNMENT / NOTEBOOK_NAME
        if fetched.exists():
            nbformat.write(learner_notebook(nbformat.read(fetched, as_version=4), profile), fetched)
        steps[f"submit-{learner}"] = run([str(BIN / "nbgrader"), "submit", ASSIGNMENT, f"--student={learner}",
                                          *nbgrader_options], home, root)

    steps["collect"] = run([*workshop, "collect", "--course", str(course), "--exchange", str(exchange)], base, root)
    steps["autograde"] = run([*workshop, "autograde", "--course", str(course), "--workers", "2"], base, root)
    steps["feedback"] = run([*workshop, "feedback", "--course", str(course), "--exchange"], base, root)
    return {"steps": steps, "course": course, "exchange": exchange}


STEPS = ["release", "fetch-alice", "submit-alice", "fetch-bruno", "submit-bruno", "collect", "autograde", "feedback"]


@pytest.mark.parametrize("step", STEPS)
def test_exchange_step_succeeds(exchange_class, step):
    result = exchange_class["steps"][step]
    assert result.returncode == 0, f"{step} failed:\n{result.stdout}\n{result.stderr}"


def test_exchange_grades_submissions(exchange_class):
    statuses = course_records(exchange_class["course"]).set_index("student")["status"].to_dict()
    assert statuses == {"alice": "done", "bruno": "partly"}, statuses


def test_exchange_feedback_released(exchange_class):
    released = list((exchange_class["exchange"] / COURSE_ID / "feedback").glob("*.html"))
    assert len(released) == 2, f"feedback files in the exchange: {released}"
