"""Small factories for test data: plain functions, no library."""

from itertools import count

from eprm_hub.models import BusinessNeed, Mineral, OECDStep, Region, ResourceType, SupplyChainTier
from resources.models import Publisher, Resource

_numbers = count(1)


def resource(
    title=None,
    summary="A resource for testing.",
    *,
    status=Resource.Status.PUBLISHED,
    resource_type="guidance",
    publisher="OECD",
    year=2020,
    languages=("en",),
    minerals=(),
    needs=(),
    tiers=(),
    steps=(),
    regions=(),
    tags=(),
    **fields,
):
    """A saved resource; vocabulary given by slug.

    It skips the change history (which the admin tests check): a history record per
    many-to-many change makes each resource cost ~70 queries.
    """
    number = next(_numbers)
    item = Resource(
        title=title or f"Resource number {number}",
        url=fields.pop("url", f"https://example.org/resources/{number}"),
        summary=summary,
        status=status,
        resource_type=ResourceType.objects.get(slug=resource_type),
        publisher=Publisher.objects.get_or_create(name=publisher)[0] if publisher else None,
        year=year,
        languages=list(languages),
        **fields,
    )
    item.save_without_historical_record()
    for field, model, slugs in [
        ("minerals", Mineral, minerals),
        ("business_needs", BusinessNeed, needs),
        ("supply_chain_tiers", SupplyChainTier, tiers),
        ("oecd_steps", OECDStep, [str(step) for step in steps]),
        ("regions", Region, regions),
    ]:
        through = getattr(Resource, field).through
        target = f"{model._meta.model_name}_id"
        through.objects.bulk_create(
            through(resource_id=item.pk, **{target: pk})
            for pk in model.objects.filter(slug__in=slugs).values_list("pk", flat=True)
        )
    if tags:
        item.tags.set(list(tags))
    Resource.objects.filter(pk=item.pk).refresh_search_text()
    item.refresh_from_db()
    return item
