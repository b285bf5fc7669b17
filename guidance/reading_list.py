"""Saving a path as an organisation's reading list, and marking what was read: the one place
that writes guidance.ReadingList (docs/path.md); and the list's card on "My organisation"."""

from dataclasses import dataclass

from django.db import transaction
from django.urls import reverse

from members.overview import path_url
from resources.models import Resource

from .models import ReadingList, ReadingListItem

WHY_MAX = ReadingListItem._meta.get_field("why").max_length


@transaction.atomic
def save(organisation, path, user):
    """Replace the organisation's reading list with the path's picks, in the page's order.
    Marks of resources that stay on the list are kept."""
    reading_list, _created = ReadingList.objects.select_for_update().get_or_create(
        organisation=organisation, defaults={"query": path.profile.query, "saved_by": user}
    )
    read = set(reading_list.items.filter(done=True).values_list("resource_id", flat=True))
    reading_list.query = path.profile.query
    reading_list.saved_by = user
    reading_list.save()
    reading_list.items.all().delete()
    ReadingListItem.objects.bulk_create(
        ReadingListItem(
            reading_list=reading_list,
            resource=pick.resource,
            step=step,
            position=position,
            why=pick.why[:WHY_MAX],
            done=pick.resource.pk in read,
        )
        for position, (step, pick) in enumerate(path.picks)
    )
    return reading_list


def mark_read(organisation, item_ids):
    """Mark these items of the organisation's list as read, and the others as not read."""
    items = ReadingListItem.objects.filter(reading_list__organisation=organisation)
    items.filter(pk__in=item_ids).update(done=True)
    items.exclude(pk__in=item_ids).update(done=False)


@dataclass
class ReadingCard:
    """The reading list's card: the saved list by step (None for "Start here"), or the
    address of the path for the profile when none is saved."""

    saved: ReadingList | None
    groups: list  # [(step or None, [items])]
    path_url: str

    @property
    def total(self):
        return sum(len(items) for _step, items in self.groups)

    @property
    def done(self):
        return sum(item.done for _step, items in self.groups for item in items)


def reading_card(organisation) -> ReadingCard:
    """Two queries with a saved list, three (the profile's terms) without."""
    saved = ReadingList.objects.filter(organisation=organisation).first()
    if saved is None:
        return ReadingCard(None, [], path_url(organisation))
    groups = []
    items = saved.items.select_related("resource__resource_type", "step").filter(
        resource__status=Resource.Status.PUBLISHED
    )
    for item in items:
        if not groups or groups[-1][0] != item.step:
            groups.append((item.step, []))
        groups[-1][1].append(item)
    url = reverse("guidance:path")
    return ReadingCard(saved, groups, f"{url}?{saved.query}" if saved.query else url)
