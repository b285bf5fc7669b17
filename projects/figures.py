"""The portfolio's headline figures, computed once for every page that quotes them (the home
page and the overview), so that they agree; each sum says how many projects it covers."""

from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .models import Project


@dataclass
class Sum:
    """A sum over the projects whose value is known."""

    total: Decimal | None  # None when no project has the value
    known: int  # projects with the value
    of: int  # projects in all

    @property
    def coverage(self):
        """'known for 1 of 11 projects': a sum is quotable only with what it covers."""
        if not self.of:
            return ""
        return ngettext(
            "known for %(known)d of %(of)d project",
            "known for %(known)d of %(of)d projects",
            self.of,
        ) % {"known": self.known, "of": self.of}


# The home page and the overview count the countries where published projects take place:
# members' countries say where the partners are based, not where EPRM works.
COUNTRIES_LABEL = _("countries with EPRM projects")


def portfolio(projects=None):
    """Figures of the published projects: {count, countries (codes), grant, co_funding}."""
    if projects is None:
        projects = list(Project.objects.published().only("countries", "eprm_grant", "total_budget"))
    grants = [p.eprm_grant for p in projects if p.eprm_grant is not None]
    co_funding = [p.co_funding for p in projects if p.co_funding is not None]
    return {
        "count": len(projects),
        "countries": {str(country.code) for p in projects for country in p.countries},
        "grant": Sum(sum(grants) if grants else None, len(grants), len(projects)),
        "co_funding": Sum(sum(co_funding) if co_funding else None, len(co_funding), len(projects)),
    }
