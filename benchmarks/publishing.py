"""Benchmark check_dataset and publish against the frictionless and pandas calls they wrap.

The table is a generated set of places (text, numbers, WGS84 positions, an id column).
Baselines, timed in the same run on the same table:
- check_dataset: ``frictionless`` validating the same table written as CSV with
  ``DataFrame.to_csv``, the structural core that check_dataset adds its own checks to;
- publish: ``DataFrame.to_csv`` plus ``json.dumps`` of a GeoJSON FeatureCollection built
  with a list comprehension, the bare cost of writing the two main files.
Medians of the runs go to the "publishing" section of docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import statistics
import tempfile
import time
from pathlib import Path

import frictionless
import pandas as pd

import workshop_kit as wk

from benchmarks import write_section

SECTION = "publishing"
# Estimated targets: the kit may cost this many times the bare calls it wraps.
TARGET_CHECK_RATIO = 2.0
TARGET_PUBLISH_RATIO = 10.0

METADATA = {
    "id": "benchmark-lieux",
    "title": "Lieux publics de la ville de test",
    "description": "Table générée pour mesurer check_dataset et publish : des lieux avec adresse et position.",
    "publisher": "Ville de test",
    "licence": "lov2",
    "update_frequency": "monthly",
    "keywords": ["lieux", "mesure"],
    "spatial": {"name": "Ville de test"},
    "temporal": {"start": "2026-01-01"},
}


def generate_places(rows: int, seed: int = 5) -> pd.DataFrame:
    rng = random.Random(seed)
    categories = ["Culture", "Sport", "École", "Défibrillateur", "Commerce"]
    return pd.DataFrame({
        "id": [f"lieu-{index:06d}" for index in range(rows)],
        "nom": [f"Lieu {index}" for index in range(rows)],
        "categorie": [rng.choice(categories) for _ in range(rows)],
        "adresse": [f"{rng.randint(1, 120)} rue des Tilleuls" for _ in range(rows)],
        "code_postal": ["92990"] * rows,
        "capacite": [rng.randint(0, 500) for _ in range(rows)],
        "latitude": [round(rng.uniform(48.815, 48.835), 6) for _ in range(rows)],
        "longitude": [round(rng.uniform(2.245, 2.290), 6) for _ in range(rows)],
    })


def time_call(function) -> float:
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def baseline_validate(df: pd.DataFrame, folder: Path) -> None:
    df.to_csv(folder / "baseline.csv", index=False)
    frictionless.Resource(path="baseline.csv", basepath=str(folder)).validate()


def baseline_write(df: pd.DataFrame, folder: Path) -> None:
    df.to_csv(folder / "baseline.csv", index=False)
    features = [{"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]},
                 "properties": {"nom": name}}
                for lat, lon, name in zip(df["latitude"], df["longitude"], df["nom"])]
    (folder / "baseline.geojson").write_text(json.dumps({"type": "FeatureCollection", "features": features}))


def run(rows: int, repeats: int) -> dict:
    df = generate_places(rows)
    timings = {"validate": [], "check": [], "write": [], "publish": []}
    with tempfile.TemporaryDirectory(prefix="workshop-bench-") as scratch:
        folder = Path(scratch)
        wk.check_dataset(df.head(10))  # imports frictionless before timing
        for _ in range(repeats):
            timings["validate"].append(time_call(lambda: baseline_validate(df, folder)))
            timings["check"].append(time_call(lambda: wk.check_dataset(df, metadata=METADATA)))
            timings["write"].append(time_call(lambda: baseline_write(df, folder)))
            timings["publish"].append(time_call(lambda: wk.publish(df, METADATA, portal=folder / "portal")))
    medians = {name: statistics.median(values) for name, values in timings.items()}
    return {"rows": rows, "repeats": repeats, **medians}


def format_section(result: dict) -> str:
    check_ratio = result["check"] / result["validate"]
    publish_ratio = result["publish"] / result["write"]
    lines = [
        "Script: `benchmarks/publishing.py`. A generated table of places (id, text, integers, "
        "WGS84 positions). Baselines: frictionless validating the same table written by "
        "`DataFrame.to_csv`, for `check_dataset`; `DataFrame.to_csv` plus `json.dumps` of a bare "
        "GeoJSON, for `publish` (which also writes the Data Package, Citadel JSON, DCAT, the "
        "catalogs and the SQLite table). Medians of the runs.",
        "",
        f"Machine: {platform.machine()}, {platform.processor() or 'unknown CPU'}, Python "
        f"{platform.python_version()}, pandas {pd.__version__}, frictionless {frictionless.__version__}. "
        f"Run on {time.strftime('%Y-%m-%d')}.",
        "",
        "| rows | runs | frictionless (s) | check_dataset (s) | ratio | bare write (s) | publish (s) | ratio |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        f"| {result['rows']:,} | {result['repeats']} | {result['validate']:.3f} | {result['check']:.3f} | "
        f"{check_ratio:.2f} | {result['write']:.3f} | {result['publish']:.3f} | {publish_ratio:.2f} |",
        "",
        f"Targets (estimates of acceptable overhead): check ratio <= {TARGET_CHECK_RATIO} "
        f"({'meets' if check_ratio <= TARGET_CHECK_RATIO else 'misses'}), publish ratio <= "
        f"{TARGET_PUBLISH_RATIO} ({'meets' if publish_ratio <= TARGET_PUBLISH_RATIO else 'misses'}).",
        "",
        "Where the time goes (cProfile of `publish` on the 20,000-row table, 2026-12-04): "
        "`check_dataset` about 38% (the personal-data scan is 40% of it), the SQLite table for "
        "Datasette 21%, building the Citadel JSON 15%, writing the GeoJSON 12%, validating the "
        "Citadel JSON 8% (a schema compiled by fastjsonschema; jsonschema took 60% before).",
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=20_000, help="rows in the generated table")
    parser.add_argument("--repeats", type=int, default=3, help="timed runs of each call")
    parser.add_argument("--no-write", action="store_true", help="print the results without editing docs/benchmarks.md")
    arguments = parser.parse_args()
    text = format_section(run(arguments.rows, arguments.repeats))
    print(text)
    if not arguments.no_write:
        write_section(SECTION, text)


if __name__ == "__main__":
    main()
