import importlib

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction

from config import demo_accounts


class Command(BaseCommand):
    help = (
        "Load the demo content (real public facts from the reference data) and make sure the "
        "demo accounts exist. Running it again changes nothing."
    )

    def handle(self, *args, **options):
        # The accounts first: the apps' demo content refers to them. Then each app that has
        # demo content keeps it in its own demo.py, with a seed(command) function; they run in
        # INSTALLED_APPS order, which is the order they depend on.
        with transaction.atomic():
            demo_accounts.seed(self)
            for app_config in apps.get_app_configs():
                try:
                    module = importlib.import_module(f"{app_config.name}.demo")
                except ModuleNotFoundError as error:
                    if error.name != f"{app_config.name}.demo":
                        raise
                    continue
                module.seed(self)
        self.stdout.write(demo_accounts.logins())
