"""The editors' desk: what in the library needs attention, each as a count and the admin
list that shows exactly those resources. The admin's list filters and the weekly digest
(resources/digest.py) use the same querysets, so a count and its list always agree.

Below them, the search insights of the last 30 days, the first rows of the tables that their
full page shows (eprm_hub/insights/)."""

from dataclasses import dataclass
from datetime import timedelta
from urllib.parse import urlencode

from django.db.models import Exists, OuterRef, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from eprm_hub import i18n, insights

from . import duplicates
from .models import LinkReport, Resource

# "Not reviewed for 12 months", "drafts older than a month".
REVIEW_EVERY = timedelta(days=365)
DRAFT_AGE = timedelta(days=30)
INSIGHT_ROWS = 5  # of each table of search insights; their page shows the rest


def reported(queryset):
    """Resources whose link a visitor reported and no editor has dealt with yet."""
    open_reports = LinkReport.objects.filter(resource=OuterRef("pk"), resolved=False)
    return queryset.filter(Exists(open_reports))


def not_reviewed(queryset):
    """Resources not reviewed for 12 months, counted from the last review, or else from
    publication (or, for one never published, from its creation). A resource never reviewed
    but published within the last 12 months is not stale: it was checked when published."""
    cutoff = timezone.localdate() - REVIEW_EVERY
    never = Q(last_reviewed_on=None)
    return queryset.filter(
        Q(last_reviewed_on__lt=cutoff)
        | (never & Q(published_at__date__lt=cutoff))
        | (never & Q(published_at=None, created__date__lt=cutoff))
    )


def old_drafts(queryset):
    """Drafts created more than a month ago: finished and forgotten, or to be dropped."""
    return queryset.filter(status=Resource.Status.DRAFT, created__lt=timezone.now() - DRAFT_AGE)


@dataclass
class Item:
    key: str
    label: str
    help: str
    count: int
    query: dict

    @property
    def path(self):
        """The resource list filtered to exactly these resources (a path on the admin)."""
        return f"{reverse('admin:resources_resource_changelist')}?{urlencode(self.query)}"


def items():
    """What needs attention, in the order an editor would deal with it."""
    resources = Resource.objects.all()
    published = resources.filter(status=Resource.Status.PUBLISHED)
    return [
        Item(
            "broken",
            _("Broken links"),
            _("The link checker found that the link does not work."),
            resources.filter(link_status=Resource.LinkStatus.BROKEN).count(),
            {"link_status__exact": Resource.LinkStatus.BROKEN},
        ),
        Item(
            "reported",
            _("Links reported by visitors"),
            _("A visitor reported the link as broken; no editor has dealt with it yet."),
            reported(resources).count(),
            {"reports": "open"},
        ),
        Item(
            "not_reviewed",
            _("Published, not reviewed for 12 months"),
            _("Still current? Mark them as reviewed, update or archive them."),
            not_reviewed(published).count(),
            {"status__exact": Resource.Status.PUBLISHED, "review": "stale"},
        ),
        Item(
            "old_drafts",
            _("Drafts older than a month"),
            _("Publish them, or archive those that will not be."),
            old_drafts(resources).count(),
            {"waiting": "old-drafts"},
        ),
        Item(
            "duplicates",
            _("Possible duplicates"),
            _("The same publisher and nearly the same title, or the same link written "
              "differently. Open one to compare, or confirm it is not a duplicate."),
            duplicates.flagged(resources).count(),
            {"duplicates": "open"},
        ),
        Item(
            "outdated_translations",
            _("Outdated translations"),
            _("The original text changed after it was translated. Revise the translations, "
              "or export them for an agency (XLIFF), then mark them reviewed."),
            resources.filter(i18n.translations_in_state(Resource, i18n.OUTDATED)).count(),
            {"translation": i18n.OUTDATED},
        ),
    ]  # fmt: skip


def search_insights(user) -> insights.Tables | None:
    """The first rows of the search insights of the last 30 days, for an editor who may see
    them (the permission to view search insights), else None."""
    if not user.has_perm("eprm_hub.view_searchrecord"):
        return None
    return insights.tables(insights.DESK_DAYS, limit=INSIGHT_ROWS)
