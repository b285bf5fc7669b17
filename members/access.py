"""Which organisation a member user may open or change: their own, and no other. The one rule
for every page of an organisation's own (My organisation, the Check, the reading list)."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404

from .models import Membership, Organisation


def own_organisation(user, slug: str, *, edit: bool = False) -> tuple[Organisation, Membership]:
    """The user's organisation with this slug and their membership: 404 for any other
    organisation (whether it exists or not), 403 to change it as a viewer."""
    # Ownership is part of the lookup, so another organisation's slug is a 404.
    organisation = get_object_or_404(Organisation, slug=slug, memberships__user=user)
    membership = user.membership
    if edit and not membership.can_edit:
        raise PermissionDenied
    return organisation, membership
