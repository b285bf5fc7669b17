"""Backups that restore (issue 27): `manage.py backup` of a database with the demo content,
edit history, an alert, a finished Check and an uploaded logo; `manage.py restore`, in a
process of its own, into a fresh database on the same server; then every table compared row
for row with the original, and the logo byte for byte. A damaged dump and a database that is
not empty are refused, and a restore that finds other rows than the manifest's says so."""

import hashlib
import io
import json
import os
import subprocess
import sys
from collections import Counter
from contextlib import closing
from urllib.parse import quote

import psycopg2
import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.db import connection
from django.utils import timezone

import config.demo_accounts
from alerts.models import Alert, Subscriber
from checks.models import Answer, Check, Question
from members import logos
from members.models import Membership, Organisation
from members.profiles import save_profile
from resources.models import Resource
from resources.saving import save_resource

from .test_media_access import png

# Committed for pg_dump and the restoring process to see; serialized_rollback puts the
# migrations' rows back for the tests after.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def server(django_db_blocker):
    """Connections to the test database's server, and databases of the test's own on it,
    dropped afterwards: server.create(label) returns the new one's DATABASE_URL."""
    with django_db_blocker.unblock():
        params = connection.get_connection_params()
    keys = ("host", "port", "user", "password")
    reach = {key: params[key] for key in keys if params.get(key)}
    created = []

    class Server:
        test_database = connection.settings_dict["NAME"]

        @staticmethod
        def connect(name):
            return psycopg2.connect(dbname=name, **reach)

        def create(self, label):
            name = f"{self.test_database}_{label}"
            with closing(self.connect("postgres")) as db:
                db.autocommit = True
                with db.cursor() as cursor:
                    cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
                    cursor.execute(f'CREATE DATABASE "{name}"')
            created.append(name)
            password = f":{quote(str(reach['password']), safe='')}" if "password" in reach else ""
            address = quote(str(reach.get("host", "")), safe="")
            return name, (
                f"postgres://{quote(reach['user'], safe='')}{password}@{address}"
                f":{reach.get('port', 5432)}/{name}"
            )

    yield Server()
    with closing(Server.connect("postgres")) as db:
        db.autocommit = True
        with db.cursor() as cursor:
            for name in created:
                cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def restore(directory, url, media_root, *options):
    """`manage.py restore` as an operator runs it, pointed at another database."""
    return subprocess.run(
        [sys.executable, "manage.py", "restore", str(directory), *options],
        cwd=settings.BASE_DIR,
        env={**os.environ, "DEBUG": "1", "DATABASE_URL": url, "MEDIA_ROOT": str(media_root)},
        capture_output=True,
        text=True,
        timeout=300,
    )


class RowDigest:
    """COPY's rows of one table as a multiset: the count, and the sum of the rows' hashes
    (so the order rows come in does not matter). COPY hands over one row per write, as bytes
    to a file that is not a text file."""

    def __init__(self):
        self.rows, self.total = 0, 0

    def write(self, row):
        self.rows += 1
        self.total += int.from_bytes(hashlib.sha256(row).digest(), "big")


def tables(db):
    with db.cursor() as cursor:
        cursor.execute(
            "SELECT table_schema, table_name FROM information_schema.tables"
            " WHERE table_type = 'BASE TABLE' AND table_schema NOT IN"
            " ('pg_catalog', 'information_schema') ORDER BY 1, 2"
        )
        return [f'"{schema}"."{name}"' for schema, name in cursor.fetchall()]


def copy_out(db, table, into):
    with db.cursor() as cursor:
        # Times and dates written the same way on both sides.
        cursor.execute("SET TIME ZONE 'UTC'; SET DateStyle = 'ISO, YMD'")
        cursor.copy_expert(f"COPY {table} TO STDOUT", into)


def digests(db, only=None):
    found = {}
    for table in only or tables(db):
        copy_out(db, table, digest := RowDigest())
        found[table] = (digest.rows, digest.total)
    return found


def rows_of(db, table):
    lines = io.StringIO()
    copy_out(db, table, lines)
    return Counter(lines.getvalue().splitlines())


def differences(server, one, other, only=None):
    """Every table of two databases (or those named), row for row: {table: (rows only in one,
    only in the other)}."""
    with closing(server.connect(one)) as first, closing(server.connect(other)) as second:
        assert tables(first) == tables(second)
        left, right = digests(first, only), digests(second, only)
        found = {}
        for table in left:
            if left[table] != right[table]:
                a, b = rows_of(first, table), rows_of(second, table)
                found[table] = (list((a - b).elements())[:5], list((b - a).elements())[:5])
        return found


@pytest.fixture
def hub(monkeypatch, tmp_path, settings):
    """The demo content, and what people add to it: history, an alert, a Check, a logo."""
    monkeypatch.setattr(config.demo_accounts, "ACCOUNTS_FILE", tmp_path / "demo-accounts.json")
    settings.MEDIA_ROOT = tmp_path / "media"
    call_command("seed_demo", stdout=io.StringIO())
    editor = User.objects.create_user("erin", "erin@example.org", "pw", is_staff=True)

    resource = Resource.objects.order_by("pk").first()
    resource.title = f"{resource.title} (revised)"
    save_resource(resource, user=editor, reason="Title revised")  # as the admin saves

    membership = Membership.objects.select_related("organisation", "user").first()
    organisation = membership.organisation
    upload = SimpleUploadedFile("our-logo.png", png(), "image/png")
    organisation.logo = logos.normalise(upload, organisation.name)
    save_profile(organisation, loaded_version=organisation.version, user=membership.user)

    subscriber = Subscriber.objects.create(email="reader@example.org")
    alert = Alert(subscriber=subscriber, query="q=audit&mineral=tin", language="fr")
    alert.confirm()
    alert.save()

    other = Organisation.objects.exclude(pk=organisation.pk).order_by("pk").first()
    check = Check.objects.create(
        organisation=other,
        created_by=editor,
        status=Check.Status.SUBMITTED,
        submitted_at=timezone.now(),
    )
    values = ["yes", "partly", "no", "na"]
    for number, question in enumerate(Question.objects.filter(active=True).order_by("pk")):
        Answer.objects.create(
            due_diligence_check=check, question=question, value=values[number % 4]
        )

    assert resource.history.filter(history_user=editor).exists()
    assert organisation.history.filter(
        history_user=membership.user, logo=organisation.logo.name
    ).exists()
    return organisation


def test_a_backup_restores_into_a_fresh_database_row_for_row(hub, server, tmp_path):
    backup = tmp_path / "backup"
    call_command("backup", str(backup), stdout=io.StringIO())
    manifest = json.loads((backup / "manifest.json").read_text())
    assert manifest["hub"]["version"] and "checks" in manifest["migrations"]
    assert manifest["tables"]["public.checks_check"]["rows"] == Check.objects.count()
    assert manifest["tables"]["public.alerts_alert"]["rows"] == 1
    assert manifest["media"]["files"] == 1

    name, url = server.create("restored")
    media = tmp_path / "restored-media"
    restored = restore(backup, url, media)
    assert restored.returncode == 0, restored.stderr
    assert "each as in the manifest" in restored.stdout

    assert differences(server, server.test_database, name) == {}
    with closing(server.connect(name)) as db, db.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM eprm_hub_spellingword")
        assert cursor.fetchone()[0] > 100_000  # the dictionary came too: not a vacuous match
    logo = hub.logo.name
    assert (media / logo).read_bytes() == (settings.MEDIA_ROOT / logo).read_bytes()

    # Not empty now: refused as it is, replaced whole with --force.
    again = restore(backup, url, media)
    assert again.returncode == 1
    assert f"The database {name} is not empty" in again.stderr
    assert "pass --force" in again.stderr
    with closing(server.connect(name)) as db, db.cursor() as cursor:
        cursor.execute("DELETE FROM alerts_alert; UPDATE resources_resource SET title = 'x'")
        db.commit()
    changed = ['"public"."alerts_alert"', '"public"."resources_resource"']
    assert list(differences(server, server.test_database, name, only=changed)) == changed
    forced = restore(backup, url, media, "--force")
    assert forced.returncode == 0, forced.stderr
    assert differences(server, server.test_database, name) == {}


def test_a_damaged_backup_is_refused_and_a_restore_names_what_differs(server, tmp_path):
    backup = tmp_path / "backup"
    call_command("backup", str(backup), stdout=io.StringIO())
    with pytest.raises(CommandError, match="is not an empty directory"):
        call_command("backup", str(backup), stdout=io.StringIO())

    name, url = server.create("target")
    with closing(server.connect(name)) as db, db.cursor() as cursor:
        cursor.execute("CREATE TABLE kept (note text); INSERT INTO kept VALUES ('untouched')")
        db.commit()
    dump = backup / "database.dump"
    original = dump.read_bytes()
    content = bytearray(original)
    content[len(content) // 2] ^= 0xFF
    dump.write_bytes(content)

    refused = restore(backup, url, tmp_path / "media", "--force")
    assert refused.returncode == 1
    assert "database.dump does not match the SHA-256 recorded in manifest.json" in refused.stderr
    assert "Nothing was restored" in refused.stderr
    with closing(server.connect(name)) as db, db.cursor() as cursor:
        assert tables(db) == ['"public"."kept"']
        cursor.execute("SELECT note FROM kept")
        assert cursor.fetchall() == [("untouched",)]
    assert not (tmp_path / "media").exists()

    # Whole again, and a manifest that says other rows than the dump holds.
    dump.write_bytes(original)
    manifest = json.loads((backup / "manifest.json").read_text())
    manifest["tables"]["public.checks_question"]["md5"] = "0" * 32
    manifest["tables"]["public.auth_permission"]["rows"] += 1
    (backup / "manifest.json").write_text(json.dumps(manifest))
    checked = restore(backup, url, tmp_path / "media", "--force")
    assert checked.returncode == 1
    assert "differs from the backup's manifest" in checked.stderr
    assert "public.checks_question: the same" in checked.stderr
    assert "public.auth_permission: " in checked.stderr
    assert "rows in the backup" in checked.stderr
    assert "public.kept: in the database, not in the backup" in checked.stderr
