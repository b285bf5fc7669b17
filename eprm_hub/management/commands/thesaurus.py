from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from eprm_hub import skos


class Command(BaseCommand):
    help = (
        "Export the thesaurus as SKOS (Turtle), or import a SKOS file (Turtle or RDF/XML) that "
        "becomes the whole thesaurus (docs/vocabulary.md)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        actions = parser.add_subparsers(dest="action", required=True)
        export = actions.add_parser("export", help="Write the thesaurus as SKOS in Turtle.")
        export.add_argument("file", nargs="?", help="Where to write it (standard output if none).")
        load = actions.add_parser(
            "import",
            help="Make the thesaurus what the file says; nothing is saved if any of it is wrong.",
        )
        load.add_argument("file")

    def handle(self, *args, action: str, file: str | None, **options) -> None:
        if action == "export":
            self._export(file)
        else:
            self._import(Path(file or ""))

    def _export(self, file: str | None) -> None:
        text = skos.export()
        if file:
            Path(file).write_text(text, encoding="utf-8")
        else:
            self.stdout.write(text, ending="")

    def _import(self, path: Path) -> None:
        try:
            content = path.read_bytes()
        except OSError as error:
            raise CommandError(f"{path}: {error.strerror}") from None
        try:
            changes = skos.import_file(content)
        except skos.ThesaurusFileError as error:
            raise CommandError(f"{path} was not imported:\n{error}") from None
        self.stdout.write(str(changes))
