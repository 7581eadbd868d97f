"""Benchmark open_dataset against pandas.read_csv given the right arguments by hand.

The file is a generated 100,000-row Excel-France export: cp1252, ";" delimiter, decimal
commas, day-first dates, postcodes with leading zeros. The baseline is ``pandas.read_csv``
given the encoding, delimiter, decimal mark, code column and date format, so both produce
the same table; open_dataset must find all of that itself. Both are timed in the same run
(median of several runs each, alternating) and the result goes to the "open_dataset"
section of docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import platform
import random
import statistics
import tempfile
import time
from pathlib import Path

import pandas as pd

import workshop_kit as wk

from benchmarks import write_section

SECTION = "open_dataset"
TARGET_RATIO = 1.25

CATEGORIES = ["Culture", "Sport", "École", "Défibrillateur", "Toilettes publiques", "Commerce", "Bureau de vote"]
STREETS = ["rue de l’Église", "avenue Jean-Jaurès", "place du Marché", "allée des Châtaigniers", "boulevard Gambetta"]


def generate_csv(path: Path, rows: int, seed: int = 2) -> Path:
    """Write ``rows`` places as a cp1252, ";"-delimited, decimal-comma CSV with CRLF line ends."""
    rng = random.Random(seed)
    lines = ["identifiant;nom;catégorie;adresse;code_postal;date_releve;montant_eur;latitude;longitude"]
    for index in range(rows):
        category = rng.choice(CATEGORIES)
        lines.append(
            ";".join(
                [
                    str(100000 + index),
                    f"{category} n° {index} – œuvre",
                    category,
                    f"{rng.randint(1, 200)} {rng.choice(STREETS)}",
                    rng.choice(["01100", "92990", "93140", "75015"]),
                    f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/20{rng.randint(10, 26)}",
                    f"{rng.uniform(0, 5000):.2f}".replace(".", ","),
                    f"{rng.uniform(48.815, 48.835):.6f}".replace(".", ","),
                    f"{rng.uniform(2.245, 2.290):.6f}".replace(".", ","),
                ]
            )
        )
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path


def read_by_hand(path: Path) -> pd.DataFrame:
    """Read the file with pandas given every setting that open_dataset has to detect."""
    return pd.read_csv(
        path,
        sep=";",
        encoding="cp1252",
        decimal=",",
        dtype={"identifiant": "str", "code_postal": "str", "nom": "str", "catégorie": "str", "adresse": "str"},
        parse_dates=["date_releve"],
        date_format="%d/%m/%Y",
    )


def time_call(function, path: Path) -> float:
    start = time.perf_counter()
    function(path)
    return time.perf_counter() - start


def run(rows: int, repeats: int) -> dict:
    with tempfile.TemporaryDirectory() as folder:
        path = generate_csv(Path(folder) / "places.csv", rows)
        expected, detected = read_by_hand(path), wk.open_dataset(path, show_report=False)
        same = detected[expected.columns].equals(expected)
        by_hand, automatic = [], []
        for _ in range(repeats):
            by_hand.append(time_call(read_by_hand, path))
            automatic.append(time_call(lambda source: wk.open_dataset(source, show_report=False), path))
        size = path.stat().st_size
    return {
        "rows": rows,
        "bytes": size,
        "repeats": repeats,
        "by_hand_s": statistics.median(by_hand),
        "open_dataset_s": statistics.median(automatic),
        "same_table": same,
    }


def format_section(result: dict) -> str:
    ratio = result["open_dataset_s"] / result["by_hand_s"]
    verdict = "meets" if ratio <= TARGET_RATIO else "misses"
    return "\n".join(
        [
            "Script: `benchmarks/open_dataset.py`. A generated Excel-France CSV (cp1252, `;`, CRLF,",
            "decimal commas, `dd/mm/yyyy` dates, postcodes with leading zeros, latitude and longitude",
            "columns). Baseline: `pandas.read_csv` given `sep`, `encoding`, `decimal`, the text",
            "columns and the date format by hand. Median of the runs, alternating the two readers.",
            "",
            f"Machine: {platform.machine()}, {platform.processor() or 'unknown CPU'}, Python "
            f"{platform.python_version()}, pandas {pd.__version__}. Run on {time.strftime('%Y-%m-%d')}.",
            "",
            "| rows | file (MB) | runs | read_csv by hand (s) | open_dataset (s) | ratio | same table |",
            "| ---: | ---: | ---: | ---: | ---: | ---: | :---: |",
            f"| {result['rows']:,} | {result['bytes'] / 1e6:.1f} | {result['repeats']} | {result['by_hand_s']:.3f} | "
            f"{result['open_dataset_s']:.3f} | {ratio:.2f} | {'yes' if result['same_table'] else 'no'} |",
            "",
            f"Target: ratio <= {TARGET_RATIO}. This run {verdict} it.",
        ]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000, help="rows in the generated CSV")
    parser.add_argument("--repeats", type=int, default=7, help="timed runs of each reader")
    parser.add_argument("--no-write", action="store_true", help="print the results without editing docs/benchmarks.md")
    arguments = parser.parse_args()
    text = format_section(run(arguments.rows, arguments.repeats))
    print(text)
    if not arguments.no_write:
        write_section(SECTION, text)


if __name__ == "__main__":
    main()
