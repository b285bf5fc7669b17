"""The Check's cards on "My organisation", a page of the members app, which imports nothing
from the apps above it: `{% check_overview organisation membership completeness as checks %}`
gives the last finished check, a check in progress and the suggested next step."""

from django import template

from checks.overview import Overview, overview

register = template.Library()


@register.simple_tag
def check_overview(organisation, membership, completeness) -> Overview:
    return overview(organisation, membership, completeness)
