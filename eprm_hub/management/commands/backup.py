from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from eprm_hub import backups


class Command(BaseCommand):
    help = (
        "Back up the database (pg_dump's custom format), MEDIA_ROOT and a manifest of what they "
        'hold into DIRECTORY, a new or empty directory (docs/operations.md, "Backups").'
    )

    def add_arguments(self, parser):
        parser.add_argument("directory", type=Path)

    def handle(self, *args, directory: Path, **options) -> None:
        try:
            manifest = backups.backup(directory)
        except backups.BackupError as error:
            raise CommandError(str(error)) from None
        tables = manifest["tables"]
        rows = sum(table["rows"] for table in tables.values())
        files = manifest["media"]["files"]
        self.stdout.write(
            f"Backed up {manifest['database']['name']} ({len(tables)} tables, {rows} rows) and "
            f"{files} media file{'' if files == 1 else 's'} into {directory} "
            f"in {manifest['seconds']} s."
        )
