"""Shared fixtures: a store on each backend.

PostgreSQL is a real server. ``STRIKEWATCH_TEST_PG`` (a ``postgresql+psycopg://`` URL to a
database whose user may create databases) names one; otherwise the fixture starts a
throwaway cluster on loopback with the machine's ``initdb``/``pg_ctl`` (Debian package
``postgresql``; ``.ci/run`` installs it). A missing server fails the tests: it never skips them.
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from strikewatch.store import Store, open_store

PG_ENV = "STRIKEWATCH_TEST_PG"


def stale_compiled(package: Path) -> list[str]:
    """Sources in ``package`` changed after their compiled module was built: Python would
    import the old extension, and the tests would test old code."""
    out = []
    for ext in package.rglob("*.so"):
        source = ext.parent / (ext.name.split(".", 1)[0] + ".py")
        if source.exists() and source.stat().st_mtime > ext.stat().st_mtime:
            out.append(source.name)
    return sorted(out)


def pytest_sessionstart(session: pytest.Session) -> None:
    import strikewatch

    stale = stale_compiled(Path(strikewatch.__file__).parent)
    if stale:
        pytest.exit(
            f"compiled modules are older than {', '.join(stale)}: run `make compile` "
            "(or `make test`), or remove the .so files under src/strikewatch to test plain Python",
            returncode=4,
        )


_counter = itertools.count()


def _pg_bin(name: str) -> str | None:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return found[-1] if found else shutil.which(name)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_postgres(cmd: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return cmd
    return ["runuser", "-u", "postgres", "--", *cmd]


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """Base URL (without database name) of a running PostgreSQL server."""
    given = os.environ.get(PG_ENV)
    if given:
        yield given.rsplit("/", 1)[0]
        return
    initdb, pg_ctl = _pg_bin("initdb"), _pg_bin("pg_ctl")
    if not initdb or not pg_ctl:
        pytest.fail(
            "PostgreSQL server not found: install it (apt-get install postgresql, as .ci/run "
            f"does) or set {PG_ENV}=postgresql+psycopg://user@host:port/db",
            pytrace=False,
        )
    tmp = Path(tempfile.mkdtemp(prefix="strikewatch-pg-"))
    data = tmp / "data"
    if os.geteuid() == 0:
        pw = pwd.getpwnam("postgres")
        os.chown(tmp, pw.pw_uid, pw.pw_gid)
    port = _free_port()
    subprocess.run(
        _as_postgres([initdb, "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8"]),
        check=True,
        capture_output=True,
    )
    opts = f"-c listen_addresses=127.0.0.1 -p {port} -k {tmp} -c fsync=off"
    subprocess.run(
        _as_postgres([pg_ctl, "-D", str(data), "-o", opts, "-l", str(tmp / "log"), "-w", "start"]),
        check=True,
        capture_output=True,
    )
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}"
    finally:
        subprocess.run(
            _as_postgres([pg_ctl, "-D", str(data), "-m", "immediate", "stop"]),
            capture_output=True,
        )
        shutil.rmtree(tmp, ignore_errors=True)


@pytest.fixture
def pg_url(pg_server: str) -> str:
    """A fresh, empty database on the test server."""
    import psycopg

    name = f"sw_test_{os.getpid()}_{next(_counter)}"
    plain = pg_server.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(f"{plain}/postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return f"{pg_server}/{name}"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    s = open_store(db_url)
    try:
        yield s
    finally:
        s.close()
