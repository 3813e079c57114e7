"""HTTP load on loopback: one load or a mixed one, 1 to N workers, SQLite or PostgreSQL.

Starts ``myotriage serve --workers N`` on a free port with a throwaway database (a
SQLite file, or a fresh PostgreSQL database on 127.0.0.1:5432 that is dropped
afterwards), then sends requests from a pool of keep-alive connections and reports
throughput and the p50/p90/p99/max latency.

Loads (``--load``):

- ``assess``: ``POST /api/v1/assess`` with the public cases in turn;
- ``health``: ``GET /api/v1/health``, the cheapest request there is: a baseline for
  this machine's speed, to compare figures taken on different days or machines;
- ``interview``, ``diary-write``, ``diary-read``, ``diary-stats``: one part of the
  mixed load alone (to see what each costs);
- ``mixed``: what a region's traffic looks like: 30% assessments, 30% interview
  steps (each connection walks its own interviews: start, then answers), 20%
  signed-in diary writes (half of them with a case, which is assessed and stored),
  10% diary reads (the latest 20 episodes) and 10% diary statistics, by 20 people
  signed up before the run.

Requests go out at a fixed ``--rate`` (latency counts from the time a request was
due, so a server that falls behind is charged for the wait), or with ``--rate 0``
as fast as the connections allow (closed loop: the most the server can do).
``--matrix`` runs the health baseline and the mixed load at 1, 2 and 4 workers on
SQLite and PostgreSQL and prints a Markdown table. ``--operations`` runs each part of the
mixed load alone and prints the CPU one request of each kind costs (server: the app's
processes and the database's backends; client: this program), whatever else the machine
is running: the floor under any req/s figure.

    .venv/bin/python benchmarks/http_load.py [--load assess] [--rate 200] [--requests 4000]
    .venv/bin/python benchmarks/http_load.py --load mixed --workers 2 --db postgres --rate 400
    .venv/bin/python benchmarks/http_load.py --matrix --rate 400
    .venv/bin/python benchmarks/http_load.py --operations --db postgres --workers 1
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import queue
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "spec" / "cases" / "public.json"
PG_ADMIN = os.environ.get("MYOTRIAGE_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")
TARGET_P99_MS = 50.0
PEOPLE = 20
PASSWORD = "benchmark password"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def database(kind: str, directory: str) -> Iterator[str]:
    """A throwaway database URL: a SQLite file, or a new PostgreSQL database (dropped after)."""
    if kind == "sqlite":
        yield f"sqlite:///{directory}/bench.sqlite3"
        return
    import psycopg

    name = f"myotriage_bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"{PG_ADMIN.rsplit('/', 1)[0]}/{name}".replace(
            "postgresql://", "postgresql+psycopg://"
        )
    finally:
        with psycopg.connect(PG_ADMIN, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextmanager
def server(url: str, workers: int) -> Iterator[tuple[str, int]]:
    """``myotriage serve --workers N`` on a free port until the block ends; yields its base
    URL and the process id (its workers are that process's descendants)."""
    port = free_port()
    env = {
        **os.environ,
        "MYOTRIAGE_DATABASE_URL": url,
        "MYOTRIAGE_ENV": "test",
        "MYOTRIAGE_SIGNUP_LIMIT": "1000",  # every simulated person signs up from here
    }
    exe = Path(sys.executable).with_name("myotriage")
    command = [str(exe)] if exe.exists() else [sys.executable, "-m", "myotriage"]
    process = subprocess.Popen(
        [*command, "serve", "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{base}/api/v1/ready", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise SystemExit("the server did not start")
            time.sleep(0.2)
        yield base, process.pid
    finally:
        process.terminate()
        process.wait(timeout=30)


def cpu_seconds(root: int, database: str = "") -> float:
    """CPU time (user + system) used so far by ``root`` and every process below it, and by
    the PostgreSQL backends serving ``database`` (their title names it) (Linux)."""
    parents: dict[int, int] = {}
    times: dict[int, float] = {}
    backends: set[int] = set()
    tick = os.sysconf("SC_CLK_TCK")
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
            title = Path(f"/proc/{entry}/cmdline").read_bytes() if database else b""
        except OSError:
            continue
        parents[int(entry)] = int(fields[1])
        times[int(entry)] = (int(fields[11]) + int(fields[12])) / tick
        if database and f" {database} ".encode() in title:
            backends.add(int(entry))
    tree, frontier = {root}, [root]
    while frontier:
        parent = frontier.pop()
        children = [pid for pid, ppid in parents.items() if ppid == parent and pid not in tree]
        tree.update(children)
        frontier.extend(children)
    return sum(times.get(pid, 0.0) for pid in tree | backends)


def percentile(sorted_values: list[float], p: float) -> float:
    index = min(len(sorted_values) - 1, max(0, round(p / 100 * (len(sorted_values) - 1))))
    return sorted_values[index]


class Http:
    """A minimal HTTP/1.1 keep-alive connection: the client must cost far less than the server.

    httpx spends about as much CPU per request as the server does on the cheapest one,
    and the client shares this machine's two cores with the server, so the load uses
    plain sockets: one request line, a few headers, a ``Content-Length`` body.
    """

    def __init__(self, base: str) -> None:
        host, port = base.removeprefix("http://").split(":")
        self.address = (host, int(port))
        self.host = f"{host}:{port}".encode()
        self.sock: socket.socket | None = None
        self.buffer = b""

    def close(self) -> None:
        if self.sock is not None:
            self.sock.close()
            self.sock = None

    def request(
        self,
        method: str,
        path: str,
        *,
        body: bytes = b"",
        headers: dict[str, str] | None = None,
    ) -> tuple[int, bytes]:
        lines = [f"{method} {path} HTTP/1.1".encode(), b"Host: " + self.host]
        lines += [f"{k}: {v}".encode() for k, v in (headers or {}).items()]
        if body or method in ("POST", "PUT", "PATCH"):
            lines += [b"Content-Type: application/json", b"Content-Length: %d" % len(body)]
        message = b"\r\n".join(lines) + b"\r\n\r\n" + body
        for attempt in (1, 2):  # the server may have closed an idle connection: reconnect once
            try:
                if self.sock is None:
                    self.sock = socket.create_connection(self.address, timeout=30)
                    self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                    self.buffer = b""
                self.sock.sendall(message)
                return self._response()
            except (ConnectionError, OSError):
                self.close()
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def _response(self) -> tuple[int, bytes]:
        assert self.sock is not None
        while b"\r\n\r\n" not in self.buffer:
            self._receive()
        head, self.buffer = self.buffer.split(b"\r\n\r\n", 1)
        status_line, *header_lines = head.split(b"\r\n")
        length = 0
        for line in header_lines:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value)
        while len(self.buffer) < length:
            self._receive()
        body, self.buffer = self.buffer[:length], self.buffer[length:]
        return int(status_line.split(b" ", 2)[1]), body

    def _receive(self) -> None:
        assert self.sock is not None
        chunk = self.sock.recv(65536)
        if not chunk:
            raise ConnectionError("the server closed the connection")
        self.buffer += chunk


class Client:
    """One keep-alive connection with its own signed-in person and interview in progress."""

    def __init__(self, base: str, cases: list[bytes], token: str | None, seed: int) -> None:
        self.http = Http(base)
        self.cases = cases
        self.auth = {"Authorization": f"Bearer {token}"} if token else {}
        self.random = random.Random(seed)
        self.interview: dict[str, Any] | None = None

    def close(self) -> None:
        self.http.close()

    def health(self) -> int:
        return self.http.request("GET", "/api/v1/health")[0]

    def assess(self) -> int:
        return self.http.request("POST", "/api/v1/assess", body=self.random.choice(self.cases))[0]

    def interview_step(self) -> int:
        step = self.interview
        if step is None or step["done"]:
            body: dict[str, Any] = {"action": "start", "age": self.random.randint(18, 90)}
        else:
            question = step["question"]
            options = [o["value"] for o in question.get("options", [])]
            if question["kind"] == "multiple":  # mostly nothing ticked, sometimes one finding
                findings = [o for o in options if o not in ("none", "unknown")]
                answer: Any = [] if self.random.random() < 0.8 else [self.random.choice(findings)]
            else:
                answer = self.random.choice(options or ["unknown"])
            body = {"state": step["state"], "question_id": question["id"], "answer": answer}
        status, answer = self.http.request(
            "POST", "/api/v1/interview", body=json.dumps(body).encode()
        )
        self.interview = json.loads(answer) if status == 200 else None
        return status

    def diary_write(self) -> int:
        start = datetime.now(UTC) - timedelta(minutes=self.random.randint(1, 60 * 24 * 300))
        body: dict[str, Any] = {
            "location": self.random.choice(["loc_calf", "loc_foot", "loc_eyelid", "loc_thigh"]),
            "start": start.isoformat(),
            "duration_s": self.random.randint(1, 600),
            "pain": self.random.randint(0, 10),
            "triggers": self.random.sample(["caffeine", "exercise", "poor_sleep", "stress"], k=1),
        }
        if self.random.random() < 0.5:
            case = json.loads(self.random.choice(self.cases))
            body["case"] = case
        encoded = json.dumps(body).encode()
        return self.http.request("POST", "/api/v1/diary/episodes", body=encoded, headers=self.auth)[
            0
        ]

    def diary_read(self) -> int:
        return self.http.request("GET", "/api/v1/diary/episodes?limit=20", headers=self.auth)[0]

    def diary_stats(self) -> int:
        return self.http.request("GET", "/api/v1/diary/stats", headers=self.auth)[0]


LOADS: dict[str, list[tuple[str, int]]] = {
    "health": [("health", 1)],
    "assess": [("assess", 1)],
    "interview": [("interview_step", 1)],
    "diary-write": [("diary_write", 1)],
    "diary-read": [("diary_read", 1)],
    "diary-stats": [("diary_stats", 1)],
    "mixed": [
        ("assess", 3),
        ("interview_step", 3),
        ("diary_write", 2),
        ("diary_read", 1),
        ("diary_stats", 1),
    ],
}


def sign_up(base: str, people: int) -> list[str]:
    """Tokens of ``people`` new accounts (their diaries get the mixed load's writes)."""
    run = uuid.uuid4().hex[:6]
    tokens = []
    with httpx.Client(base_url=base, timeout=30) as http:
        for i in range(people):
            body = {"email": f"bench{i}-{run}@example.org", "password": PASSWORD}
            http.post("/api/v1/auth/signup", json=body).raise_for_status()
            response = http.post("/api/v1/auth/login", json=body)  # sign-up does not sign in
            response.raise_for_status()
            tokens.append(response.json()["token"])
    return tokens


def run(
    base: str,
    load: str,
    cases: list[bytes],
    tokens: list[str],
    *,
    rate: float,
    total: int,
    connections: int,
    server_pid: int | None = None,
    database_name: str = "",
) -> dict[str, Any]:
    """Send ``total`` requests of ``load``; at ``rate`` per second, or flat out when 0."""
    operations = [name for name, weight in LOADS[load] for _ in range(weight)]
    rng = random.Random(7)
    plan = [rng.choice(operations) for _ in range(total)]
    jobs: queue.Queue[tuple[float, str] | None] = queue.Queue()
    latencies: list[float] = []
    by_operation: dict[str, list[float]] = {}
    errors: list[str] = []
    lock = threading.Lock()
    token_cycle = itertools.cycle(tokens or [None])  # type: ignore[list-item]
    clients = [Client(base, cases, next(token_cycle), seed) for seed in range(connections)]

    def work(client: Client) -> None:
        while (job := jobs.get()) is not None:
            scheduled, name = job
            if scheduled == 0.0:
                scheduled = time.perf_counter()
            operation: Callable[[], int] = getattr(client, name)
            try:
                status = operation()
                failed = "" if status < 400 else f"{name}:{status}"
            except OSError as exc:
                failed = f"{name}:{type(exc).__name__}"
            done = time.perf_counter()
            with lock:
                latencies.append((done - scheduled) * 1000)
                by_operation.setdefault(name, []).append((done - scheduled) * 1000)
                if failed:
                    errors.append(failed)

    threads = [threading.Thread(target=work, args=(c,), daemon=True) for c in clients]
    for thread in threads:
        thread.start()
    server_cpu = cpu_seconds(server_pid, database_name) if server_pid else 0.0
    client_cpu = time.process_time()
    started = time.perf_counter()
    for i, name in enumerate(plan):
        if rate > 0:
            scheduled = started + i / rate
            delay = scheduled - time.perf_counter()
            if delay > 0:
                time.sleep(delay)
            jobs.put((scheduled, name))
        else:
            jobs.put((0.0, name))
    for _ in threads:
        jobs.put(None)
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    client_cpu = time.process_time() - client_cpu
    server_cpu = (cpu_seconds(server_pid, database_name) - server_cpu) if server_pid else 0.0
    for client in clients:
        client.close()
    ordered = sorted(latencies)
    return {
        "load": load,
        "requests": total,
        "errors": len(errors),
        "error_kinds": sorted(set(errors))[:5],
        "seconds": round(elapsed, 2),
        "throughput_rps": round(total / elapsed, 1),
        "p50_ms": round(percentile(ordered, 50), 2),
        "p90_ms": round(percentile(ordered, 90), 2),
        "p99_ms": round(percentile(ordered, 99), 2),
        "max_ms": round(ordered[-1], 2),
        "mean_ms": round(statistics.fmean(ordered), 2),
        "load_average_1min": round(os.getloadavg()[0], 1),
        # CPU per request does not depend on what else the machine runs (unlike req/s); on
        # PostgreSQL it includes the database's own backends:
        "server_cpu_ms_per_request": round(server_cpu * 1000 / total, 2),
        "client_cpu_ms_per_request": round(client_cpu * 1000 / total, 2),
        "p50_ms_by_operation": {
            name: round(statistics.median(values), 2) for name, values in by_operation.items()
        },
    }


def load_cases() -> list[bytes]:
    cases = json.loads(CASES.read_text())
    for case in cases:
        case.pop("expected", None)
    return [json.dumps(c).encode() for c in cases]


def measure(
    db: str, workers: int, runs: list[tuple[str, float]], args: argparse.Namespace
) -> list[dict[str, Any]]:
    """Start one server and take each ``(load, rate)`` run against it, after a warm-up."""
    cases = load_cases()
    results = []
    with (
        tempfile.TemporaryDirectory(prefix="myotriage-bench-") as directory,
        database(db, directory) as url,
        server(url, workers) as (base, pid),
    ):
        tokens = sign_up(base, PEOPLE)
        for load, rate in runs:
            common: dict[str, Any] = {"rate": rate, "connections": args.connections}
            run(base, load, cases, tokens, total=args.warmup, **common)
            name = url.rsplit("/", 1)[1] if db == "postgres" else ""
            result = run(
                base,
                load,
                cases,
                tokens,
                total=args.requests,
                server_pid=pid,
                database_name=name,
                **common,
            )
            result.update(db=db, workers=workers, offered_rps=rate or "max")
            results.append(result)
            print(json.dumps(result), file=sys.stderr, flush=True)
    return results


def matrix(args: argparse.Namespace) -> None:
    rows = []
    for db in ("sqlite", "postgres"):
        for workers in (1, 2, 4):
            runs = [("health", 0.0), ("mixed", 0.0), ("mixed", args.rate)]
            rows.append(measure(db, workers, runs, args))
    print(
        "| database | workers | baseline: health, flat out | mixed, flat out: req/s, p50, p99 "
        f"| mixed at {args.rate:.0f} req/s: achieved, p50, p99 "
        "| server CPU per mixed request | client CPU per request | errors | machine load |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for health, flat, fixed in rows:
        print(
            f"| {health['db']} | {health['workers']} | {health['throughput_rps']:.0f} req/s "
            f"| {flat['throughput_rps']:.0f}, {flat['p50_ms']:.1f} ms, {flat['p99_ms']:.1f} ms "
            f"| {fixed['throughput_rps']:.0f}, {fixed['p50_ms']:.1f} ms, {fixed['p99_ms']:.1f} ms "
            f"| {flat['server_cpu_ms_per_request']:.1f} ms "
            f"| {flat['client_cpu_ms_per_request']:.2f} ms "
            f"| {health['errors'] + flat['errors'] + fixed['errors']} "
            f"| {fixed['load_average_1min']} |"
        )


def operations(args: argparse.Namespace) -> None:
    """CPU per request of each part of the mixed load alone, flat out: what the server
    (app and database) and this client spend, which unlike req/s does not depend on what
    else the machine runs. The floor of the mixed load is their weighted sum."""
    loads = ["health", "assess", "interview", "diary-write", "diary-read", "diary-stats"]
    results = measure(args.db, args.workers, [(load, 0.0) for load in loads], args)
    weights = {"assess": 3, "interview": 3, "diary-write": 2, "diary-read": 1, "diary-stats": 1}
    print(f"| request ({args.db}, {args.workers} worker(s)) | server CPU | client CPU | p50 |")
    print("| --- | --- | --- | --- |")
    mixed = 0.0
    for result in results:
        cpu = result["server_cpu_ms_per_request"]
        mixed += cpu * weights.get(result["load"], 0) / sum(weights.values())
        print(
            f"| {result['load']} | {cpu:.2f} ms | {result['client_cpu_ms_per_request']:.2f} ms "
            f"| {result['p50_ms']:.1f} ms |"
        )
    print(f"| mixed (weighted) | {mixed:.2f} ms | | |")
    print(f"\nmachine load (1 min): {results[-1]['load_average_1min']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--load", choices=sorted(LOADS), default="assess")
    parser.add_argument("--rate", type=float, default=200.0, help="requests per second; 0: max")
    parser.add_argument("--requests", type=int, default=4000, help="how many requests")
    parser.add_argument("--workers", type=int, default=1, help="server worker processes")
    parser.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--connections", type=int, default=16, help="client connections")
    parser.add_argument("--warmup", type=int, default=300, help="requests before measuring")
    parser.add_argument("--matrix", action="store_true", help="1, 2, 4 workers x both databases")
    parser.add_argument(
        "--operations", action="store_true", help="CPU per request of each request type alone"
    )
    args = parser.parse_args()
    if args.matrix:
        matrix(args)
        return
    if args.operations:
        operations(args)
        return
    (result,) = measure(args.db, args.workers, [(args.load, args.rate)], args)
    met = result["p99_ms"] < TARGET_P99_MS and result["errors"] == 0
    result.update(target_p99_ms=TARGET_P99_MS, met=met)
    print(json.dumps(result, indent=2))
    print(
        f"{args.load} on {args.db}, {args.workers} worker(s), offered {args.rate or 'max'} req/s: "
        f"{result['throughput_rps']} req/s, p50 {result['p50_ms']} ms, p99 {result['p99_ms']} ms, "
        f"errors {result['errors']} -> p99 < {TARGET_P99_MS:.0f} ms {'met' if met else 'NOT met'}"
    )


if __name__ == "__main__":
    main()
