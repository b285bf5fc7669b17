from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from eprm_hub import backups


class Command(BaseCommand):
    help = (
        "Restore a backup written by `manage.py backup` into the configured database, which must "
        "be empty unless --force, and MEDIA_ROOT; then check every table against the backup's "
        'manifest (docs/operations.md, "Backups").'
    )

    def add_arguments(self, parser):
        parser.add_argument("directory", type=Path)
        parser.add_argument(
            "--force",
            action="store_true",
            help="Restore into a database that is not empty: the backup's tables replace its own.",
        )

    def handle(self, *args, directory: Path, force: bool, **options) -> None:
        try:
            restored = backups.restore(directory, force=force)
        except backups.BackupError as error:
            raise CommandError(str(error)) from None
        manifest = restored.manifest
        if restored.replaced:
            self.stdout.write(f"Replaced a database of {len(restored.replaced)} relations.")
        if restored.differences:
            raise CommandError(
                "Restored, but the database differs from the backup's manifest:\n  "
                + "\n  ".join(restored.differences)
            )
        rows = sum(table["rows"] for table in manifest["tables"].values())
        files = manifest["media"]["files"]
        self.stdout.write(
            f"Restored the backup of {manifest['created_at']} (Hub {manifest['hub']['version']}, "
            f"commit {manifest['hub']['commit'] or 'unknown'}): {len(manifest['tables'])} tables "
            f"and {rows} rows, each as in the manifest, and {files} media "
            f"file{'' if files == 1 else 's'}, in {restored.seconds} s."
        )
        self.note_migrations()

    def note_migrations(self) -> None:
        """A backup of an older Hub restores as it was: its migrations are run afterwards."""
        connection.close()  # the restore replaced the tables under any connection held
        executor = MigrationExecutor(connection)
        pending = executor.migration_plan(executor.loader.graph.leaf_nodes())
        if pending:
            self.stdout.write(
                f"This Hub has {len(pending)} migrations the backup has not: run "
                "`manage.py migrate` before serving it."
            )
