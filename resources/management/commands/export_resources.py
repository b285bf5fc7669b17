from django.core.management.base import BaseCommand, CommandError

from resources.importing import export_csv
from resources.models import Resource


class Command(BaseCommand):
    help = (
        "Export the published resources as CSV in the import format; with --all, every "
        "resource with a status column, so that the file re-imports to the same statuses."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output", "-o", metavar="FILE", help="write to FILE instead of standard output"
        )
        parser.add_argument(
            "--all",
            action="store_true",
            help="every resource whatever its status, with a status column",
        )

    def handle(self, *args, output, all, **options):
        resources = Resource.objects.all() if all else Resource.objects.published()
        text = export_csv(resources.order_by("title", "pk"), with_status=all)
        if output is None:
            self.stdout.write(text, ending="")
            return
        try:
            with open(output, "w", encoding="utf-8", newline="") as file:
                file.write(text)
        except OSError as error:
            raise CommandError(f"{output} cannot be written: {error.strerror}.") from None
