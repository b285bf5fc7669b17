"""The machine facts `make bench` prints first: its times mean little without them."""

import os
import platform


def machine_facts(database):
    import django
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        (pg_version,) = cursor.fetchone()
    params = connection.get_connection_params()
    server = (
        f"{params.get('host') or 'localhost'}:{params.get('port') or 5432}"
        if os.environ.get("DATABASE_URL")
        else "embedded (var/pgdata, Unix socket)"
    )
    model = ""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            names = [ln.split(":", 1)[1].strip() for ln in f if ln.startswith("model name")]
        model = names[0] if names else ""
    except OSError:
        pass
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return [
        ("CPUs", f"{os.cpu_count()} ({usable} usable){f', {model}' if model else ''}"),
        ("Python", f"{platform.python_version()} ({platform.python_implementation()})"),
        ("Django", django.get_version()),
        ("PostgreSQL", f"{pg_version}, {server}, database {database}"),
        ("Platform", platform.platform()),
        ("Load", load_average()),
    ]


def load_average():
    """The machine's load: other processes competing for the CPUs make the times noisy."""
    if not hasattr(os, "getloadavg"):
        return "unknown"
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f} (1, 5, 15 min)"
