"""Benchmark the download cache of ``workshop_kit.finding`` for a room sharing one server.

A thread serves an OpenDataSoft-shaped export (a generated CSV of ``--megabytes`` MB) on
127.0.0.1. Three ways of getting it are timed in the same run:

- baseline: ``requests.get`` and a plain file write, the least work a fetch can do;
- ``download`` with an empty cache (timeout, retries, temporary file, rename, lock);
- ``download`` again, served from the cache.

Then ``--learners`` threads call ``download`` at once with an empty shared cache, as a room
does when everyone runs the same cell. The server counts the requests it received. The
result goes to the "finding" section of docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import requests

from workshop_kit.finding import PortalClient, download

from benchmarks import write_section

SECTION = "finding"
DATASET_ID = "arbres"
COLD_TARGET_RATIO = 1.5
WARM_TARGET_RATIO = 0.1


def make_export(megabytes: float) -> bytes:
    """Return a ``;``-delimited CSV of about ``megabytes`` MB, shaped like an ODS export."""
    lines = ["idbase;libelle_francais;hauteur_m;geo_point_2d"]
    index = 0
    while len(lines) * 48 < megabytes * 1_000_000:
        lines.append(f"{index};Platane;{index % 30};48.82{index % 10000:04d}, 2.26{index % 10000:04d}")
        index += 1
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


class _ExportServer:
    """A 127.0.0.1 server that returns one export body to every GET and counts the requests."""

    def __init__(self, body: bytes):
        self.body = body
        self.requests = 0
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format, *args):  # noqa: A002 - signature of the base class
                return None

            def do_GET(self):  # noqa: N802 - name fixed by BaseHTTPRequestHandler
                with server._lock:
                    server.requests += 1
                self.send_response(200)
                self.send_header("Content-Type", "text/csv; charset=utf-8")
                self.send_header("Content-Length", str(len(server.body)))
                self.end_headers()
                self.wfile.write(server.body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def _timed(function) -> float:
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def run(megabytes: float, repeats: int, learners: int) -> dict:
    server = _ExportServer(make_export(megabytes))
    export_url = f"{server.url}/api/explore/v2.1/catalog/datasets/{DATASET_ID}/exports/csv"
    try:
        with tempfile.TemporaryDirectory() as scratch:
            scratch = Path(scratch)
            baseline, cold, warm = [], [], []
            for attempt in range(repeats):
                target = scratch / f"plain-{attempt}.csv"

                def fetch_plain(target=target):
                    target.write_bytes(requests.get(export_url, timeout=30).content)

                baseline.append(_timed(fetch_plain))

                client = PortalClient(cache_dir=scratch / f"cache-{attempt}")

                def fetch(client=client):
                    download(DATASET_ID, server.url, api="opendatasoft", client=client, progress=False)

                cold.append(_timed(fetch))
                warm.append(_timed(fetch))
                client.close()

            before = server.requests
            room_cache = scratch / "room"

            def learner():
                client = PortalClient(cache_dir=room_cache)
                download(DATASET_ID, server.url, api="opendatasoft", client=client, progress=False)
                client.close()

            threads = [threading.Thread(target=learner) for _ in range(learners)]
            started = time.perf_counter()
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            room_seconds = time.perf_counter() - started
            room_requests = server.requests - before
    finally:
        server.stop()

    return {
        "bytes": len(server.body),
        "repeats": repeats,
        "baseline_s": statistics.median(baseline),
        "cold_s": statistics.median(cold),
        "warm_s": statistics.median(warm),
        "learners": learners,
        "room_s": room_seconds,
        "room_requests": room_requests,
    }


def format_section(result: dict) -> str:
    cold_ratio = result["cold_s"] / result["baseline_s"]
    warm_ratio = result["warm_s"] / result["baseline_s"]
    cold_verdict = "meets" if cold_ratio <= COLD_TARGET_RATIO else "misses"
    warm_verdict = "meets" if warm_ratio <= WARM_TARGET_RATIO else "misses"
    return "\n".join(
        [
            "Script: `benchmarks/finding.py`. An OpenDataSoft-shaped CSV export served by a thread on",
            "127.0.0.1. Baseline: `requests.get` and a plain file write. `download` is timed with an",
            "empty cache (cold) and again from the cache (warm); medians of the runs. Then the given",
            "number of learners call `download` at once with one empty shared cache. Loopback has no",
            "bandwidth limit, so the times measure the kit's overhead, not a wifi transfer.",
            "",
            f"Machine: {platform.machine()}, {platform.processor() or 'unknown CPU'}, Python "
            f"{platform.python_version()}, requests {requests.__version__}. Run on {time.strftime('%Y-%m-%d')}.",
            "",
            "| file (MB) | runs | baseline (s) | cold (s) | cold ratio | warm (s) | warm ratio |",
            "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
            f"| {result['bytes'] / 1e6:.1f} | {result['repeats']} | {result['baseline_s']:.3f} | "
            f"{result['cold_s']:.3f} | {cold_ratio:.2f} | {result['warm_s']:.4f} | {warm_ratio:.3f} |",
            "",
            f"Room: {result['learners']} simultaneous downloads took {result['room_s']:.2f} s and sent "
            f"{result['room_requests']} request(s) to the server.",
            "",
            f"Targets: cold ratio <= {COLD_TARGET_RATIO} ({cold_verdict}), warm ratio <= {WARM_TARGET_RATIO} "
            f"({warm_verdict}), one request for the whole room "
            f"({'meets' if result['room_requests'] == 1 else 'misses'}).",
        ]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=20, help="size of the served export, in MB")
    parser.add_argument("--repeats", type=int, default=5, help="timed runs of each way of fetching")
    parser.add_argument("--learners", type=int, default=25, help="simultaneous downloads in the room test")
    parser.add_argument("--no-write", action="store_true", help="print the results without editing docs/benchmarks.md")
    arguments = parser.parse_args()
    text = format_section(run(arguments.megabytes, arguments.repeats, arguments.learners))
    print(text)
    if not arguments.no_write:
        write_section(SECTION, text)


if __name__ == "__main__":
    main()
