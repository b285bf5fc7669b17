from django.core.management.base import BaseCommand

from resources import digest
from resources.tasks import send_editor_digest


class Command(BaseCommand):
    help = (
        "E-mail the editors' desk to the editors who chose the weekly digest. Safe to run daily "
        "or twice: an editor receives it at most once a week (Monday to Sunday)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--background",
            action="store_true",
            help="queue it as a task for the worker (manage.py db_worker) instead of sending now",
        )

    def handle(self, *args, background=False, **options):
        if background:
            send_editor_digest.enqueue()
            self.stdout.write("The editors' digest is queued for the worker.")
            return
        sent = digest.send()
        self.stdout.write(f"Editors' digest sent to {sent} editor{'' if sent == 1 else 's'}.")
