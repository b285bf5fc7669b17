from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from eprm_hub import insights

COLUMNS = ("searches", "languages", "results", "opened", "listing", "words", "filters")


class Command(BaseCommand):
    help = (
        "Print the search insights of the editors' desk: the top searches, those with no or "
        "few results and those whose results nobody opens (docs/editors.md). For a weekly "
        "report from cron."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--days", type=int, default=insights.DESK_DAYS, help="days back")
        parser.add_argument("--language", default="", help="one language's searches only")
        parser.add_argument(
            "--limit", type=int, default=100, help="rows of each table at most (0: all)"
        )

    def handle(self, *args, days: int, language: str, limit: int, **options) -> None:
        if not 1 <= days <= insights.MAX_DAYS:
            raise CommandError(f"--days: a number of days from 1 to {insights.MAX_DAYS}.")
        codes = [code for code, _name in settings.LANGUAGES]
        if language and language not in codes:
            raise CommandError(f"--language: one of {', '.join(codes)}.")
        if limit < 0:
            raise CommandError("--limit: 0 for all rows, or how many.")
        tables = insights.tables(days, language or None, limit=limit or None)
        which = f"in {language}" if language else "in all languages"
        self.stdout.write(
            f"Search insights, {tables.since} to {tables.until} ({days} days), {which}."
        )
        for _key, title, about, rows, total in tables.sections():
            self.stdout.write(f"\n{title} ({len(rows)} of {total})\n{about}\n")
            if rows:
                self.stdout.write(table(rows))


def table(rows: list[insights.Row]) -> str:
    """The rows as text columns, numbers to the right."""
    cells = [
        (
            str(row.searches),
            ",".join(row.languages),
            str(row.results),
            str(row.opened),
            row.catalogue,
            row.words,
            row.filters,
        )
        for row in rows
    ]
    widths = [max(len(c[i]) for c in [COLUMNS, *cells]) for i in range(len(COLUMNS))]
    lines = []
    for line in [COLUMNS, *cells]:
        padded = [
            value.rjust(width) if i in (0, 2, 3) else value.ljust(width)
            for i, (value, width) in enumerate(zip(line, widths, strict=True))
        ]
        lines.append("  ".join(padded).rstrip())
    return "\n".join(lines)
