"""Demo content: the real public resources of the reference data, loaded through the importer."""

from pathlib import Path

from django.core.management.base import CommandError
from django.db.models import F

from .importing import import_csv
from .models import Resource

REFERENCE_CSV = Path(__file__).parent / "demo_data" / "resources.csv"
FEATURED = [
    "https://www.oecd.org/en/topics/sub-issues/due-diligence-guidance-for-responsible-business-conduct/responsible-mineral-supply-chains.html",
]


def seed(command):
    result, problems = import_csv(REFERENCE_CSV.read_bytes())
    if problems:
        raise CommandError("The demo resources did not import:\n" + "\n".join(problems))
    totals = result.totals
    featured = Resource.objects.filter(url__in=FEATURED, featured=False)
    featured.update(featured=True, version=F("version") + 1)  # an open admin page goes stale
    command.stdout.write(
        f"Resources: {totals['new']} new, {totals['update']} updated, "
        f"{totals['skip']} unchanged ({Resource.objects.published().count()} published)."
    )
