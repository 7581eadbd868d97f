"""``check_dataset``: is this table ready to publish, and what must be fixed first?

The report gathers structural problems (frictionless), Table Schema errors, personal
data, metadata gaps, and a 5-star rating. ``report.blocking`` lists what stops
``publish``; the rest are warnings worth reading.
"""

from __future__ import annotations

import pandas as pd

from ..errors import WorkshopError
from .metadata import check_metadata
from .personal_data import check_personal_data
from .report import BLOCKING, WARNING, Problem, QualityReport
from .schema import check_schema, load_schema_descriptor, shipped_schemas
from .stars import StarRating, rate
from .structure import (check_structure, coordinate_problems, duplicate_label_problems, header_problems,
                        missing_value_problems, padded_value_problems, with_unique_labels)

__all__ = ["check_dataset", "QualityReport", "Problem", "StarRating", "BLOCKING", "WARNING",
           "load_schema_descriptor", "shipped_schemas"]


def check_dataset(df, schema=None, metadata: dict | None = None) -> QualityReport:
    """Check ``df`` before publishing and return a ``QualityReport``.

    ``schema`` is a Table Schema (a dict, a path, or the name of a shipped schema such
    as ``"lieux"``); without one, frictionless infers the column types. ``metadata``
    is the dict given to ``publish``; without it the metadata checks are skipped and
    the rating has no star, because no licence is known yet.
    """
    if not isinstance(df, pd.DataFrame):
        raise WorkshopError("quality.not_a_table", kind=type(df).__name__)

    problems = duplicate_label_problems(df)
    df = with_unique_labels(df)
    if df.empty:
        problems.append(Problem("structure", BLOCKING, "quality.no_rows"))
    elif schema is None:
        problems += check_structure(df)
    else:
        descriptor = load_schema_descriptor(schema)
        required = {field["name"] for field in descriptor.get("fields") or []
                    if (field.get("constraints") or {}).get("required")}
        problems += header_problems(df)
        problems += check_schema(df, descriptor)
        # A required column's empty cells are already blocking schema errors.
        problems += [problem for problem in missing_value_problems(df) if problem.column not in required]
        problems += padded_value_problems(df)
        problems += coordinate_problems(df)
    problems += check_personal_data(df)
    if metadata is not None:
        problems += check_metadata(metadata)

    return QualityReport(problems=problems, stars=rate(df, metadata), rows=len(df), columns=len(df.columns))
