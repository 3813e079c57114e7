"""``scripts/system-deps.sh`` sets up PostgreSQL for the tests, and only when it must.

The script runs against stand-ins for Debian's tools (apt-get, pg_lsclusters, pg_ctlcluster,
psql, ...) that record what they were asked to do, so every path (nothing to do, stopped
server, missing trust rules, no server at all, not root) is exercised without touching the
machine's real server.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from tests.conftest import ROOT

SCRIPT = ROOT / "scripts" / "system-deps.sh"
HBA = "local all postgres peer\nhost all all 127.0.0.1/32 scram-sha-256\n"

# Each stand-in logs its call to $STATE/calls; the state lives in files under $STATE.
FAKES = {
    "id": 'echo "${FAKE_UID:-0}"',
    "dpkg": "exit 0",
    "chromium": "exit 0",
    "pdftoppm": "exit 0",
    "apt-get": """
        if [ "$1" = install ] && printf '%s\\n' "$@" | grep -qx postgresql; then
          mkdir -p "$PG_LIB/15/bin" "$PG_ETC/15/main"
          printf '#!/bin/sh\\n' > "$PG_LIB/15/bin/postgres"; chmod +x "$PG_LIB/15/bin/postgres"
          printf 'local all postgres peer\\n' > "$PG_ETC/15/main/pg_hba.conf"
          echo "15 main 5432 down postgres" > "$STATE/clusters"
        fi""",
    "pg_lsclusters": 'cat "$STATE/clusters" 2>/dev/null || true',
    "pg_isready": 'test -e "$STATE/running"',
    "pg_ctlcluster": """
        case "$*" in *start*) touch "$STATE/running"; sed -i s/down/online/ "$STATE/clusters";; esac""",
    "pg_createcluster": 'echo "$1 $2 5432 down postgres" > "$STATE/clusters"; mkdir -p "$PG_ETC/$1/$2"; '
    'printf "local all postgres peer\\n" > "$PG_ETC/$1/$2/pg_hba.conf"',
    "runuser": 'shift 3; "$@"',
    "createdb": 'touch "$STATE/db"',
    # TCP as the tests connect: needs a running server, the trust rule and the database;
    # over the socket (the database check) it prints 1 when the database exists.
    "psql": """
        case "$*" in
          *"-h 127.0.0.1"*) test -e "$STATE/running" && test -e "$STATE/db" &&
            grep -q "127.0.0.1/32 *trust" "$PG_ETC"/*/*/pg_hba.conf ;;
          *) test -e "$STATE/db" && echo 1 || true ;;
        esac""",
}


@pytest.fixture
def machine(tmp_path: Path) -> Path:
    fake_bin = tmp_path / "bin"
    fake_bin.mkdir()
    for name, body in FAKES.items():
        path = fake_bin / name
        path.write_text(f'#!/bin/bash\necho "{name} $*" >> "$STATE/calls"\n{body}\n')
        path.chmod(0o755)
    (tmp_path / "etc").mkdir()
    (tmp_path / "lib").mkdir()
    return tmp_path


def _server(machine: Path, *, running: bool, trust: bool, db: bool) -> None:
    (machine / "lib/15/bin").mkdir(parents=True)
    (machine / "lib/15/bin/postgres").write_text("#!/bin/sh\n")
    (machine / "lib/15/bin/postgres").chmod(0o755)
    (machine / "etc/15/main").mkdir(parents=True)
    hba = HBA.replace("scram-sha-256", "trust") if trust else HBA
    (machine / "etc/15/main/pg_hba.conf").write_text(hba)
    (machine / "clusters").write_text(f"15 main 5432 {'online' if running else 'down'} postgres\n")
    for flag, name in ((running, "running"), (db, "db")):
        if flag:
            (machine / name).touch()


def _run(machine: Path, uid: int = 0) -> tuple[subprocess.CompletedProcess[str], list[str]]:
    (machine / "calls").write_text("")
    env = {
        "PATH": f"{machine / 'bin'}:{os.environ['PATH']}",
        "STATE": str(machine),
        "PG_ETC": str(machine / "etc"),
        "PG_LIB": str(machine / "lib"),
        "FAKE_UID": str(uid),
    }
    result = subprocess.run(
        ["bash", str(SCRIPT)], capture_output=True, text=True, env=env, timeout=60
    )
    calls = [c for c in (machine / "calls").read_text().splitlines() if c.split()[0] in CHANGES]
    return result, calls


#: The calls that change something; checking a state (psql, pg_isready, ...) is always fine.
CHANGES = {"apt-get", "pg_ctlcluster", "pg_createcluster", "createdb"}


def test_a_ready_server_is_left_alone(machine: Path) -> None:
    _server(machine, running=True, trust=True, db=True)
    result, calls = _run(machine)
    assert result.returncode == 0, result.stderr
    assert calls == [] and result.stdout == ""


def test_a_stopped_server_is_started_given_trust_and_the_database(machine: Path) -> None:
    _server(machine, running=False, trust=False, db=False)
    result, calls = _run(machine)
    assert result.returncode == 0, result.stderr
    assert calls == [
        "pg_ctlcluster --skip-systemctl-redirect 15 main start",
        "createdb -p 5432 test",
    ]
    hba = (machine / "etc/15/main/pg_hba.conf").read_text()
    assert hba.index("127.0.0.1/32    trust") < hba.index("scram-sha-256")  # first match wins
    again, calls = _run(machine)  # idempotent: the second run changes nothing
    assert again.returncode == 0 and calls == []
    assert (machine / "etc/15/main/pg_hba.conf").read_text() == hba
    (machine / "running").unlink()  # stopped again: started, the rules are not added twice
    (machine / "clusters").write_text("15 main 5432 down postgres\n")
    again, calls = _run(machine)
    assert again.returncode == 0 and calls == [
        "pg_ctlcluster --skip-systemctl-redirect 15 main start"
    ]
    assert (machine / "etc/15/main/pg_hba.conf").read_text() == hba


def test_a_running_server_is_reloaded_not_restarted(machine: Path) -> None:
    _server(machine, running=True, trust=False, db=True)
    result, calls = _run(machine)
    assert result.returncode == 0, result.stderr
    assert calls == ["pg_ctlcluster --skip-systemctl-redirect 15 main reload"]


def test_no_server_at_all_installs_debian_postgresql(machine: Path) -> None:
    result, calls = _run(machine)
    assert result.returncode == 0, result.stderr
    assert calls[0] == "apt-get update -qq"
    assert calls[1].startswith("apt-get install") and calls[1].endswith(" postgresql")
    assert calls[2:] == [
        "pg_ctlcluster --skip-systemctl-redirect 15 main start",
        "createdb -p 5432 test",
    ]


def test_an_installed_server_without_a_cluster_gets_one(machine: Path) -> None:
    _server(machine, running=False, trust=False, db=False)
    (machine / "clusters").unlink()
    result, calls = _run(machine)
    assert result.returncode == 0, result.stderr
    # "main" exists (left alone), so the new cluster has a name of its own
    assert calls[0] == "pg_createcluster 15 myotriage --port 5432"
    assert "trust" in (machine / "etc/15/myotriage/pg_hba.conf").read_text()


def test_without_root_it_says_what_is_needed(machine: Path) -> None:
    _server(machine, running=False, trust=True, db=True)
    result, calls = _run(machine, uid=1000)
    assert result.returncode == 1 and calls == []
    assert "PostgreSQL is not usable at 127.0.0.1:5432" in result.stderr
    assert "sudo make system-deps" in result.stderr
