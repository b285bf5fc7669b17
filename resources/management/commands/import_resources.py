from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from resources.duplicates import duplicate_lines
from resources.importing import TerminalProgress, import_file


class Command(BaseCommand):
    help = (
        "Import resources from a CSV file in the import format (see resources/importing.py). "
        "All or nothing: one bad row rejects the whole file, and every problem is listed."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="the CSV file (UTF-8, with a header row)")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="check the file and report what would change, without saving anything",
        )

    def handle(self, *args, file, dry_run, **options):
        path = Path(file)
        try:
            binary = path.open("rb")
        except FileNotFoundError:
            raise CommandError(f"{file}: no such file.") from None
        except IsADirectoryError:
            raise CommandError(f"{file} is a folder, not a CSV file.") from None
        except OSError as error:
            raise CommandError(f"{file} cannot be read: {error.strerror}.") from None

        # Only for a person at a terminal: a log or a pipe gets the summary line alone.
        progress = None
        if self.stdout.isatty():
            progress = TerminalProgress(self.stdout, path.stat().st_size)
        with binary:
            try:
                result = import_file(
                    binary, dry_run=dry_run, progress=progress, reason=f"Imported from {path.name}"
                )
            except ValidationError as error:  # not UTF-8
                raise CommandError(f"{file}: {' '.join(error.messages)}") from None
            finally:
                if progress:
                    progress.clear()

        if result.problems:
            count = len(result.problems)
            noun = "problem" if count == 1 else "problems"
            raise CommandError(
                "\n".join(
                    [f"Nothing was imported: {count} {noun} in {file}", *map(str, result.problems)]
                )
            )

        counts = f"{result.new} new, {result.updated} updated, {result.unchanged} unchanged"
        if dry_run:
            self.stdout.write(f"Checked {file} (dry run, nothing was saved): {counts}.")
        else:
            self.stdout.write(f"Imported {file}: {counts}.")
        for line in duplicate_lines(result.duplicates):
            self.stdout.write(line)
