"""HTTP load: POST /api/v1/assess on loopback at a fixed rate; throughput and latency.

Starts ``myotriage serve`` (uvicorn, one process) on a free port with a throwaway
SQLite database, then sends a bounded number of requests at a steady rate from a
pool of keep-alive connections, cycling through the public cases. Reports the
achieved throughput and the p50/p90/p99/max latency, and whether the target
(p99 under 50 ms at 200 requests per second) was met.

    .venv/bin/python benchmarks/http_load.py [--rate 200] [--requests 4000]
"""

from __future__ import annotations

import argparse
import json
import os
import queue
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "spec" / "cases" / "public.json"
TARGET_P99_MS = 50.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(port: int, directory: str) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "MYOTRIAGE_DATABASE_URL": f"sqlite:///{directory}/bench.sqlite3",
        "MYOTRIAGE_ENV": "test",
    }
    exe = Path(sys.executable).with_name("myotriage")
    command = [str(exe)] if exe.exists() else [sys.executable, "-m", "myotriage"]
    process = subprocess.Popen(
        [*command, "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/v1/health", timeout=1).status_code == 200:
                return process
        except httpx.HTTPError:
            time.sleep(0.1)
    process.kill()
    raise SystemExit("the server did not start")


def percentile(sorted_values: list[float], p: float) -> float:
    index = min(len(sorted_values) - 1, max(0, round(p / 100 * (len(sorted_values) - 1))))
    return sorted_values[index]


def run(
    url: str, cases: list[dict[str, Any]], rate: float, total: int, workers: int
) -> dict[str, Any]:
    """Send ``total`` requests, one every 1/rate s; latency counts from the scheduled time."""
    jobs: queue.Queue[tuple[float, bytes] | None] = queue.Queue()
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    bodies = [json.dumps(c).encode() for c in cases]

    def worker() -> None:
        with httpx.Client(timeout=10, headers={"content-type": "application/json"}) as client:
            while (job := jobs.get()) is not None:
                scheduled, body = job
                try:
                    response = client.post(url, content=body)
                    ok = response.status_code == 200
                except httpx.HTTPError as exc:
                    ok, response = False, None
                    errors.append(type(exc).__name__)
                done = time.perf_counter()
                with lock:
                    latencies.append((done - scheduled) * 1000)
                    if not ok and response is not None:
                        errors.append(str(response.status_code))

    threads = [threading.Thread(target=worker, daemon=True) for _ in range(workers)]
    for thread in threads:
        thread.start()
    started = time.perf_counter()
    for i in range(total):
        scheduled = started + i / rate
        delay = scheduled - time.perf_counter()
        if delay > 0:
            time.sleep(delay)
        jobs.put((scheduled, bodies[i % len(bodies)]))
    for _ in threads:
        jobs.put(None)
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    ordered = sorted(latencies)
    return {
        "requests": total,
        "errors": len(errors),
        "seconds": round(elapsed, 2),
        "throughput_rps": round(total / elapsed, 1),
        "p50_ms": round(percentile(ordered, 50), 2),
        "p90_ms": round(percentile(ordered, 90), 2),
        "p99_ms": round(percentile(ordered, 99), 2),
        "max_ms": round(ordered[-1], 2),
        "mean_ms": round(statistics.fmean(ordered), 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rate", type=float, default=200.0, help="requests per second")
    parser.add_argument("--requests", type=int, default=4000, help="how many requests")
    parser.add_argument("--workers", type=int, default=16, help="client connections")
    parser.add_argument("--warmup", type=int, default=200, help="requests before measuring")
    args = parser.parse_args()
    cases = json.loads(CASES.read_text())
    for case in cases:
        case.pop("expected", None)
    with tempfile.TemporaryDirectory(prefix="myotriage-bench-") as directory:
        port = free_port()
        server = start_server(port, directory)
        try:
            url = f"http://127.0.0.1:{port}/api/v1/assess"
            run(url, cases, args.rate, args.warmup, args.workers)
            result = run(url, cases, args.rate, args.requests, args.workers)
        finally:
            server.terminate()
            server.wait(timeout=10)
    result["target_rate_rps"] = args.rate
    result["target_p99_ms"] = TARGET_P99_MS
    result["met"] = result["p99_ms"] < TARGET_P99_MS and result["errors"] == 0
    print(json.dumps(result, indent=2))
    print(
        f"POST /api/v1/assess at {args.rate:.0f} req/s: {result['throughput_rps']} req/s, "
        f"p50 {result['p50_ms']} ms, p99 {result['p99_ms']} ms, errors {result['errors']} "
        f"-> target p99 < {TARGET_P99_MS:.0f} ms {'met' if result['met'] else 'NOT met'}"
    )


if __name__ == "__main__":
    main()
