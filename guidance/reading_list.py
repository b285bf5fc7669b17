"""Saving a path as an organisation's reading list, and marking what was read: the one place
that writes members.ReadingList (docs/path.md)."""

from django.db import transaction

from members.models import ReadingList, ReadingListItem

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
