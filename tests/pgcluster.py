"""A throwaway PostgreSQL cluster from Debian's binaries, for tests and benchmarks.

``initdb`` into a fresh temporary folder, ``pg_ctl start`` on a free port with
the Unix socket in that folder (no TCP listener, so nothing else on the machine
can reach it), one database per test, and everything stopped and removed at the
end.  ``initdb`` refuses to run as root, so under root the server runs as the
``postgres`` system user that Debian's ``postgresql`` package creates.

Tests import the ``pg_cluster`` fixture; benchmarks use ``PostgresCluster``
directly as a context manager.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from .conftest import require

PG_BIN = Path(os.environ.get("COMMUNIQUE_PG_BIN", "/usr/lib/postgresql/15/bin"))
# Durability is worthless for a cluster that is deleted at the end; speed is not.
FAST_SETTINGS = ("fsync=off", "synchronous_commit=off", "full_page_writes=off",
                 "listen_addresses=''", "max_connections=40", "shared_buffers=64MB")


def missing_component() -> str | None:
    """Say what is missing to start a cluster here, or None when nothing is."""
    if not (PG_BIN / "initdb").is_file():
        return f"PostgreSQL server binaries in {PG_BIN} (Debian package postgresql-15)"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "the 'postgres' system user (initdb refuses to run as root)"
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "psycopg (pip install 'communique[postgres]')"
    return None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class PostgresCluster:
    """One temporary cluster; ``url(dbname)`` gives a ``postgresql://`` URL to it."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="communique-pg-"))
        self.data = self.root / "data"
        self.port = free_port()
        self.user = "postgres"

    def _run(self, *args: str) -> None:
        command = [str(PG_BIN / args[0]), *args[1:]]
        if os.geteuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, timeout=120,
                              check=False)
        if done.returncode != 0:
            raise RuntimeError(f"{args[0]} failed ({done.returncode}): "
                               f"{done.stderr.strip() or done.stdout.strip()}")

    def start(self) -> PostgresCluster:
        if os.geteuid() == 0:
            # The temp folder is root's 0700 folder; the server user must own it.
            shutil.chown(self.root, "postgres", "postgres")
        self._run("initdb", "-D", str(self.data), "-U", self.user, "--auth=trust",
                  "--encoding=UTF8", "--locale=C.UTF-8", "--no-instructions")
        options = " ".join(f"-c {s}" for s in FAST_SETTINGS)
        options += f" -c unix_socket_directories={self.root} -p {self.port}"
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.root / "server.log"),
                  "-o", options, "-w", "-t", "60", "start")
        return self

    def stop(self) -> None:
        try:
            if (self.data / "postmaster.pid").exists():
                self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql://{self.user}@/{dbname}?host={self.root}&port={self.port}"

    def create_database(self, prefix: str = "t") -> str:
        """Create an empty database and return its URL."""
        import psycopg

        name = f"{prefix}_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            # FILE_COPY skips WAL-logging the template: much faster for tiny databases.
            conn.execute(f'CREATE DATABASE "{name}" STRATEGY FILE_COPY')
        return self.url(name)

    def __enter__(self) -> PostgresCluster:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PostgresCluster]:
    """A running cluster for the whole session (one per xdist worker)."""
    missing = missing_component()
    require(missing is None, missing or "")
    with PostgresCluster() as cluster:
        yield cluster


@pytest.fixture
def pg_url(pg_cluster: PostgresCluster) -> str:
    """A fresh, empty database in the session's cluster."""
    return pg_cluster.create_database()
