"""Projects, partners and calls for the projects tests: plain functions, no library."""

from itertools import count

from eprm_hub.models import SDG, Mineral
from members.models import Organisation
from projects.models import Call, Partnership, Project

_numbers = count(1)


def organisation(name, *, member=True, public=True, **fields):
    """An organisation: by default a public EPRM member, listed in the directory."""
    return Organisation.objects.create(name=name, is_member=member, is_public=public, **fields)


def call(name, year, **fields):
    return Call.objects.create(name=name, year=year, **fields)


def project(
    title=None,
    summary="A project for testing.",
    *,
    countries=(),
    minerals=(),
    sdgs=(),
    partners=(),
    is_published=True,
    **fields,
):
    """A saved project; minerals by slug, SDGs by number, partners as (organisation, role).

    Like tests.factories.resource it skips the change history (the admin tests check it):
    the many-to-many rows are written directly, without the signals history listens to.
    """
    item = Project(
        title=title or f"Project number {next(_numbers)}",
        summary=summary,
        countries=list(countries),
        is_published=is_published,
        **fields,
    )
    item.save_without_historical_record()
    Project.minerals.through.objects.bulk_create(
        Project.minerals.through(project_id=item.pk, mineral_id=pk)
        for pk in Mineral.objects.filter(slug__in=minerals).values_list("pk", flat=True)
    )
    Project.sdgs.through.objects.bulk_create(
        Project.sdgs.through(project_id=item.pk, sdg_id=pk)
        for pk in SDG.objects.filter(number__in=sdgs).values_list("pk", flat=True)
    )
    for order, (partner, role) in enumerate(partners):
        Partnership.objects.create(project=item, organisation=partner, role=role, order=order)
    item.refresh_from_db()
    return item
