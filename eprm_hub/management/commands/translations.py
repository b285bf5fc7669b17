from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from eprm_hub import xliff

TRANSLATED_INTO = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


class Command(BaseCommand):
    help = (
        "Export the translations a language lacks or has outdated as XLIFF 2.0 for a "
        "translation agency, or import such a file back (docs/languages.md)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        actions = parser.add_subparsers(dest="action", required=True)
        export = actions.add_parser(
            "export", help="Write the missing and outdated translations of one language."
        )
        export.add_argument("--language", required=True, choices=TRANSLATED_INTO)
        export.add_argument(
            "--unreviewed",
            action="store_true",
            help="Also the translations not yet reviewed, for an agency to review.",
        )
        export.add_argument(
            "--model",
            action="append",
            choices=[label.split(".")[1] for label in xliff.MODELS],
            help="Only these records (resource, project, organisation); all by default.",
        )
        export.add_argument("file", nargs="?", help="Where to write it (standard output if none).")
        load = actions.add_parser(
            "import", help="Apply a file's translations; nothing is saved if any of it is wrong."
        )
        load.add_argument("file")
        load.add_argument(
            "--reviewed",
            action="store_true",
            help="Mark the imported translations reviewed by a person (not by default).",
        )
        load.add_argument("--language", choices=TRANSLATED_INTO, help="The language it must be.")

    def handle(self, *args, action: str, file: str | None, **options) -> None:
        if action == "export":
            self._export(file, options["language"], options["unreviewed"], options["model"])
        else:
            self._import(Path(file or ""), options["reviewed"], options["language"])

    def _export(self, file, language, unreviewed, models) -> None:
        querysets = [
            model.objects.all()
            for model in xliff.content_models()
            if not models or model._meta.model_name in models
        ]
        wanted = (*xliff.DEFAULT_WANTED, xliff.UNREVIEWED) if unreviewed else xliff.DEFAULT_WANTED
        data, count = xliff.export(querysets, language, wanted)
        if file:
            Path(file).write_bytes(data)
            self.stderr.write(f"{count} units written to {file}.")
        else:
            self.stdout.write(data.decode(), ending="")

    def _import(self, path: Path, reviewed: bool, language: str | None) -> None:
        try:
            content = path.read_bytes()
        except OSError as error:
            raise CommandError(f"{path}: {error.strerror}") from None
        try:
            result = xliff.import_file(
                content, reviewed=reviewed, language=language, reason=f"Imported from {path.name}"
            )
        except xliff.XliffError as error:
            raise CommandError(f"{path} was not imported, nothing was changed:\n{error}") from None
        for line in result.stale:
            self.stderr.write(line)
        self.stdout.write(
            f"{len(result.applied)} translations into {result.language} applied"
            f"{' and marked reviewed' if reviewed and result.applied else ''}, "
            f"{result.unchanged} unchanged, {result.skipped} without a translation yet, "
            f"{len(result.stale)} not applied because their original changed."
        )
