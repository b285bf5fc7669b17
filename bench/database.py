"""The bench's own database: its name, its creation and removal, and its address for the
processes the bench starts (the import, the editor, gunicorn)."""

import os
import re
import sys
from urllib.parse import quote

# BENCH_DATABASE names another, so that two benches can run side by side on one server.
DEFAULT_NAME = "eprm_hub_bench"


def name():
    chosen = os.environ.get("BENCH_DATABASE", "") or DEFAULT_NAME
    if not re.fullmatch(r"[a-z_][a-z0-9_]{0,62}", chosen):
        sys.exit(f"BENCH_DATABASE: {chosen!r} is not a plain lower-case PostgreSQL name")
    return chosen


def create():
    """Point the default connection at the bench database, recreated empty, then migrate it
    and collect the static files."""
    from django.core.management import call_command
    from django.db import connections

    connection = connections["default"]
    connection.close()
    connection.settings_dict["NAME"] = name()
    with connection._nodb_cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name()}" WITH (FORCE)')
        cursor.execute(f'CREATE DATABASE "{name()}"')
    call_command("migrate", verbosity=0, interactive=False)
    call_command("collectstatic", verbosity=0, interactive=False)


def drop():
    from django.db import connections

    connections.close_all()
    connection = connections["default"]
    if connection.settings_dict["NAME"] != name():
        return
    with connection._nodb_cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name()}" WITH (FORCE)')


def url():
    """The database this process uses, as DATABASE_URL for another process (the embedded
    server's socket directory as the host)."""
    from django.db import connection

    db = connection.settings_dict
    host = connection.get_connection_params().get("host", "")
    password = f":{quote(db['PASSWORD'], safe='')}" if db.get("PASSWORD") else ""
    return (
        f"postgres://{quote(db['USER'] or '', safe='')}{password}@{quote(host, safe='')}"
        f":{db['PORT'] or 5432}/{db['NAME']}"
    )


def environment(**more):
    """The environment of a process the bench starts: this one's, on the bench database."""
    return {**os.environ, "DATABASE_URL": url(), **more}
