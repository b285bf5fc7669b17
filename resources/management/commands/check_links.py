from django.core.management.base import BaseCommand, CommandError

from resources.linkcheck import DEFAULT_CONCURRENCY, DEFAULT_TIMEOUT, check_resources
from resources.models import Resource

MAX_CONCURRENCY = 32


class Command(BaseCommand):
    help = (
        "Check the link of every published resource and record the outcome on it (link status, "
        "last HTTP status, when it was checked). Broken links are listed; they are not an error "
        "of the command, which exits 0."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--timeout",
            type=float,
            default=DEFAULT_TIMEOUT,
            metavar="SECONDS",
            help=f"give up on a request after SECONDS (default {DEFAULT_TIMEOUT:g})",
        )
        parser.add_argument(
            "--concurrency",
            type=int,
            default=DEFAULT_CONCURRENCY,
            metavar="N",
            help=f"check N links at a time, 1 to {MAX_CONCURRENCY} (default {DEFAULT_CONCURRENCY})",
        )

    def handle(self, *args, timeout, concurrency, verbosity, **options):
        if not 1 <= concurrency <= MAX_CONCURRENCY:
            raise CommandError(
                f"--concurrency must be between 1 and {MAX_CONCURRENCY}, not {concurrency}."
            )
        if not timeout > 0:  # also rejects nan
            raise CommandError(f"--timeout must be a number of seconds above 0, not {timeout:g}.")

        checked = check_resources(
            Resource.objects.published().order_by("title", "pk"),
            timeout=timeout,
            concurrency=concurrency,
        )
        broken = [(resource, result) for resource, result in checked if not result.ok]
        total = len(checked)
        noun = "link" if total == 1 else "links"
        self.stdout.write(
            f"Checked {total} {noun}: {total - len(broken)} ok, {len(broken)} broken."
        )
        for resource, result in checked:
            if result.ok and verbosity < 2:
                continue
            label = "ok" if result.ok else "broken"
            outcome = result.status if result.status is not None else result.error
            self.stdout.write(f"  {label}  {outcome}  {resource.title}  {resource.url}")
