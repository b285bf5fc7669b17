from django.core.management.base import BaseCommand
from django.utils import timezone

from eprm_hub import insights


class Command(BaseCommand):
    help = (
        "Delete the search insights older than 13 months (docs/editors.md). Run it daily from cron."
    )

    def handle(self, *args, **options) -> None:
        today = timezone.localdate()
        deleted, first = insights.prune(today), insights.cutoff(today)
        rows = "row" if deleted == 1 else "rows"
        self.stdout.write(f"Search insights before {first} deleted: {deleted} {rows}.")
