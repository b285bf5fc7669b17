from django.core.management.base import BaseCommand

from alerts import sending


class Command(BaseCommand):
    help = (
        "Send the alert e-mails that are due, in batches, and retry those that failed. Safe to "
        "run often, twice at once, or again after a crash: no resource is sent twice to an "
        "alert, none is skipped. Run it from cron every 15 minutes (docs/alerts.md)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--batch",
            type=int,
            default=sending.BATCH,
            help="How many alerts or e-mails to take at a time (default %(default)s).",
        )

    def handle(self, *args, batch, verbosity, **options):
        report = sending.run(batch=max(1, batch))
        if verbosity:
            self.stdout.write(
                f"{report.sent} sent, {report.prepared} prepared, {report.nothing_new} with "
                f"nothing new, {report.failed} to retry, {report.bounced} bounced, "
                f"{report.withdrawn} with nothing left to show, "
                f"{report.expired} unconfirmed requests deleted (prepared in "
                f"{report.prepare_seconds:.1f} s, sent in {report.deliver_seconds:.1f} s)"
            )
