"""The nbgrader course of the workshop: release, collect, autograde, feedback, progress.

Each step uses nbgrader's own converters, exchange and gradebook on a course folder per
language, so a facilitator familiar with nbgrader can also run ``nbgrader`` in that folder.
"""

from .autograde import autograde
from .collect import collect_from_exchange, collect_from_folder
from .coursedir import available_assignments, course_root, load_settings, released_assignments
from .feedback import generate_feedback
from .progress import completion, course_records, export_csv, status_table, stuck_learners
from .release import release
from .validation import validate

__all__ = [
    "autograde",
    "available_assignments",
    "collect_from_exchange",
    "collect_from_folder",
    "completion",
    "course_records",
    "course_root",
    "export_csv",
    "generate_feedback",
    "load_settings",
    "release",
    "released_assignments",
    "status_table",
    "stuck_learners",
    "validate",
]
