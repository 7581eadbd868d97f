"""Benchmark ``workshop autograde`` against plain sequential ``nbgrader autograde``.

The class is the rehearsal class of ``workshop_kit.course.simulation``: 25 learners'
hand-ins of a three-check exercise, including one endless loop that waits for the cell
timeout. Both graders get the same course, a copy each, with the same cell timeout and
``add_missing_cells``. The baseline is the ``nbgrader autograde`` command with nbgrader's
other defaults. Ours is the ``workshop autograde`` command, once with one worker and once
with one worker per CPU. Both must give every learner the same score.

A second part times the parts of grading one notebook, to say what dominates: starting
a kernel, the first cell's imports, and running the remaining cells. The results go to
the "autograde" section of docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat

from benchmarks import write_section

REPOSITORY = Path(__file__).resolve().parent.parent
SECTION = "autograde"
CELL_TIMEOUT_SECONDS = 3
CLASS_SIZE = 25
BIN = Path(sys.executable).parent


def prepare_class(base: Path) -> Path:
    """Release the practice exercise and collect the 25 hand-ins; return the course folder."""
    from workshop_kit.course import collect_from_folder, release
    from workshop_kit.course.simulation import ASSIGNMENT, NOTEBOOK_NAME, write_practice_assignment, write_submissions

    write_practice_assignment(base / "solutions", "en")
    course = base / "course"
    release(course, "en", solutions=base / "solutions" / "en", timeout=CELL_TIMEOUT_SECONDS, progress=False)
    write_submissions(course / "release" / ASSIGNMENT / NOTEBOOK_NAME, base / "handin")
    collect_from_folder(course, base / "handin", progress=False)
    return course


def plain_nbgrader_config(course: Path) -> None:
    """Replace the kit's settings with nbgrader defaults, except the timeout and restored cells."""
    (course / "nbgrader_config.py").write_text(
        "c = get_config()  # noqa: F821\n"
        f"c.CourseDirectory.root = {str(course)!r}\n"
        "c.CourseDirectory.course_id = 'workshop-en'\n"
        f"c.Execute.timeout = {CELL_TIMEOUT_SECONDS}\n"
        "c.OverwriteCells.add_missing_cells = True\n", encoding="utf-8")


def timed(command: list[str], cwd: Path, environment: dict) -> float:
    started = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, env=environment, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{result.stdout}\n{result.stderr}")
    return elapsed


def scores(course: Path) -> dict[str, float]:
    from workshop_kit.course import course_records

    return course_records(course).set_index("student")["score"].to_dict()


def grade_class(template: Path, work: Path, workers: int) -> dict:
    """Time the baseline and our command on fresh copies of the collected course."""
    environment = dict(os.environ, PATH=f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
                       WORKSHOP_ROOT=str(REPOSITORY))
    # Other work on the machine slows every grader; the load shows how busy it was.
    results = {"load": os.getloadavg()[0]}

    baseline = work / "baseline"
    shutil.copytree(template, baseline)
    plain_nbgrader_config(baseline)
    results["baseline"] = timed([str(BIN / "nbgrader"), "autograde", "practice"], baseline, environment)
    results["baseline_scores"] = scores(baseline)

    for label, count in (("ours_1", 1), ("ours_n", workers)):
        course = work / label
        shutil.copytree(template, course)
        results[label] = timed([str(BIN / "workshop"), "--lang", "en", "autograde", "--course", str(course),
                                "--workers", str(count)], REPOSITORY, environment)
        results[f"{label}_scores"] = scores(course)
    return results


def time_parts(notebook_path: Path, repeats: int) -> dict[str, float]:
    """Time a kernel start, the first cell (imports) and the other cells of one notebook."""
    from jupyter_client.manager import start_new_kernel

    notebook = nbformat.read(notebook_path, as_version=4)
    code = [cell.source for cell in notebook.cells if cell.cell_type == "code"]
    parts = {"kernel start": [], "first cell (imports)": [], "other cells": [], "kernel shutdown": []}
    for _ in range(repeats):
        started = time.perf_counter()
        manager, client = start_new_kernel(kernel_name="python3", extra_arguments=["--HistoryManager.hist_file=:memory:"])
        parts["kernel start"].append(time.perf_counter() - started)

        started = time.perf_counter()
        client.execute_interactive(code[0], timeout=60)
        parts["first cell (imports)"].append(time.perf_counter() - started)

        started = time.perf_counter()
        for source in code[1:]:
            client.execute_interactive(source, timeout=60)
        parts["other cells"].append(time.perf_counter() - started)

        started = time.perf_counter()
        client.stop_channels()
        manager.shutdown_kernel(now=False)
        parts["kernel shutdown"].append(time.perf_counter() - started)
    return {name: statistics.median(values) for name, values in parts.items()}


def format_section(results: dict, parts: dict, workers: int) -> str:
    same = results["baseline_scores"] == results["ours_1_scores"] == results["ours_n_scores"]
    rows = [("plain `nbgrader autograde` (sequential)", results["baseline"]),
            ("`workshop autograde --workers 1`", results["ours_1"]),
            (f"`workshop autograde --workers {workers}`", results["ours_n"])]

    lines = [
        "Script: `benchmarks/autograde.py`. The rehearsal class of `workshop_kit.course.simulation`: 25 "
        "hand-ins of a three-check exercise (complete, partial, blank, deleted and edited checks, a widget "
        f"thread, one endless loop, one error), cell timeout {CELL_TIMEOUT_SECONDS} s, `add_missing_cells` on. "
        "Each grader gets its own copy of the collected course, so each grades all 25 notebooks; "
        "command start-up is included.",
        "",
        f"Machine: {platform.machine()}, {os.cpu_count()} CPU(s), Python {platform.python_version()}, "
        f"load average {results['load']:.1f} when the run started. Run on {time.strftime('%Y-%m-%d')}.",
        "",
        "| grader | time (s) | ratio to baseline |",
        "| --- | ---: | ---: |",
    ]
    lines += [f"| {name} | {seconds:.1f} | {seconds / results['baseline']:.2f} |" for name, seconds in rows]

    names = list(next(iter(parts.values())))
    lines += ["", f"Same score for every learner in all three runs: {'yes' if same else 'NO'}.", "",
              "Where the time of one notebook goes, outside nbgrader (median of the runs):", "",
              "| part | " + " | ".join(f"{notebook} (s)" for notebook in parts) + " |",
              "| --- |" + " ---: |" * len(parts)]
    lines += [f"| {name} | " + " | ".join(f"{timings[name]:.2f}" for timings in parts.values()) + " |"
              for name in names]

    practice = parts["practice exercise"]
    per_notebook = results["baseline"] / CLASS_SIZE
    kernel = practice["kernel start"] + practice["kernel shutdown"]
    imports = ", ".join(f"{timings['first cell (imports)']:.2f} s for the {notebook}" for notebook, timings in parts.items())

    lines += [
        "",
        f"Per notebook the baseline takes {per_notebook:.2f} s. Starting and stopping the kernel take "
        f"{kernel:.2f} s of it, the first cell's imports {imports}, and the learners' cells little, except "
        f"the endless loop, which waits the whole {CELL_TIMEOUT_SECONDS} s timeout. The rest is nbgrader's own "
        "work per notebook: gradebook reads and writes, two nbconvert passes, writing the graded copy.",
        "",
        "nbgrader cannot share a kernel between learners without leaking one notebook's state into the "
        "next, so the command keeps a fresh kernel per notebook and instead (1) grades one learner per "
        "worker process, in parallel, with every gradebook step serialised by a file lock because SQLite "
        "takes one writer at a time, and (2) kills each kernel at the end "
        "(`Execute.shutdown_kernel = \"immediate\"`) instead of waiting for a graceful exit, which also "
        "stops a thread a learner left running. Two workers do not halve the time on 2 CPUs: kernel "
        "start-up is CPU-bound, and the kernels share the CPUs with the workers.",
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="worker processes for our run")
    parser.add_argument("--repeats", type=int, default=5, help="timed runs of the one-notebook breakdown")
    parser.add_argument("--no-write", action="store_true", help="print the results without editing docs/benchmarks.md")
    arguments = parser.parse_args()

    from workshop_kit.course.nbgrader_run import ensure_scripts_on_path
    from workshop_kit.course.simulation import ASSIGNMENT, NOTEBOOK_NAME

    ensure_scripts_on_path()
    with tempfile.TemporaryDirectory(prefix="bench-autograde-") as scratch:
        base = Path(scratch)
        template = prepare_class(base)
        results = grade_class(template, base / "runs", arguments.workers)
        parts = {"practice exercise": time_parts(base / "handin" / "complete-01" / ASSIGNMENT / NOTEBOOK_NAME,
                                                 arguments.repeats)}
        for solution in sorted((REPOSITORY / "solutions" / "en").glob("ex02/*.ipynb")):
            parts[f"solution of {solution.parent.name}"] = time_parts(solution, arguments.repeats)
    text = format_section(results, parts, arguments.workers)
    print(text)
    if not arguments.no_write:
        write_section(SECTION, text)


if __name__ == "__main__":
    main()
