"""The projects' demo content, loaded by seed_demo: what it holds, and that a second run
changes nothing."""

import io
from decimal import Decimal

import pytest
from django.core.management import call_command

from members.models import Organisation
from projects.models import Call, Indicator, Location, Partnership, Project


def counts():
    return {
        model.__name__: model.objects.count()
        for model in (Project, Partnership, Location, Call, Indicator, Organisation)
    }


@pytest.mark.django_db
def test_seed_demo_loads_the_fourteen_projects_once(client):
    call_command("seed_demo", stdout=io.StringIO())
    first = counts()

    assert Project.objects.published().count() == 14
    assert Project.objects.count() == 14
    per_call = {c.name: c.projects.count() for c in Call.objects.all()}
    assert per_call == {
        "First call for proposals (2017)": 3,
        "Second call for proposals (2018)": 4,
        "Third call for proposals (2020)": 1,
        "Call for proposals 2023": 0,
    }
    # The initial portfolio, and the three projects whose call no source names.
    assert Project.objects.filter(call=None).count() == 6
    years = dict(Call.objects.values_list("name", "year"))
    assert years["Call for proposals 2023"] == 2023
    assert set(Call.objects.get(year=2023).minerals.values_list("slug", flat=True)).isdisjoint(
        {"gold"}
    )

    stag = Project.objects.get(title="Scalable Trade in Artisanal Gold (STAG)")
    assert stag.eprm_grant == Decimal("800000")
    assert stag.iati_identifier == "NL-KVK-27378529-EPRM20S19"
    assert stag.call.name == "Third call for proposals (2020)"
    assert [c.code for c in stag.countries] == ["BF"]
    assert stag.lead.name == "Artisanal Gold Council (AGC)"
    # A partner that is an EPRM member is the member's own record, not a copy.
    rmi = stag.partnerships.get(organisation__name__startswith="Responsible Minerals Initiative")
    assert rmi.organisation.is_member
    assert Location.objects.filter(project__title="Responsible Kenyan Gold").count() == 2

    # The pages show them: the listing, the STAG page (with its grant), the overview.
    listing = client.get("/en/projects/").content.decode()
    assert "<strong>14</strong> projects found" in listing
    page = client.get(stag.get_absolute_url()).content.decode()
    assert "€800,000" in page
    assert "NL-KVK-27378529-EPRM20S19" in page
    overview = client.get("/en/projects/overview/").content.decode()
    assert '<dd><a href="/en/projects/">14</a></dd>' in overview
    assert "<dd>€800,000</dd>" in overview
    assert "known for 1 of 14 projects" in overview

    # The three projects added since, with their source and unknown figures left empty.
    tin = Project.objects.get(title__startswith="CRAFTing Responsible Tin")
    assert (tin.start_date.isoformat(), tin.end_date.isoformat()) == ("2024-05-01", "2027-04-01")
    assert [c.code for c in tin.countries] == ["BR"] and tin.eprm_grant is None
    assert tin.lead.name == "Alliance for Responsible Mining (ARM)"
    mauritania = Project.objects.get(title="Business Pilot for Responsible Mauritanian ASM Gold")
    assert mauritania.start_year is None and mauritania.lead.name == "Pact"
    assert "aurumglobalpartners.com" in mauritania.website
    peru = Project.objects.get(title="Responsible Peruvian Gold")
    assert [c.code for c in peru.countries] == ["PE"] and "fairtrade.org.uk" in peru.website

    call_command("seed_demo", stdout=io.StringIO())
    assert counts() == first
    assert Project.objects.get(pk=stag.pk).eprm_grant == Decimal("800000")
