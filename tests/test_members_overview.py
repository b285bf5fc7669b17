""" "My organisation": each part of the profile with who sees it, the completeness measure, the
last check and the next suggested step; and "Preview the public page", also for an
organisation that is not listed."""

import datetime
import re

import pytest
from django.contrib.auth.models import AnonymousUser

from eprm_hub.models import Mineral, SupplyChainTier
from members import overview
from members.models import Membership, Organisation
from tests.test_members_check import answer_all, uniform

pytestmark = pytest.mark.django_db

PAGE = "/en/my/organisations/alpha-metals/"
EDIT = "/en/my/organisations/alpha-metals/edit/"
# The 14 items that count for a supply-chain actor, with their fields' ids in the edit form.
ANCHORS = {
    "Short description": "id_description",
    "Website": "id_website",
    "Logo": "id_logo",
    "Contact person": "id_contact_name",
    "Contact email": "id_contact_email",
    "Supply-chain tiers": "id_supply_chain_tiers_0",
    "Role": "id_role",
    "Minerals": "id_minerals_0",
    "Responsible-sourcing policy": "id_policy_url",
    "Grievance mechanism": "id_grievance_url",
    "Latest due-diligence report": "id_report_url",
    "Smelter and refiner list": "id_publishes_smelter_list_0",
    "Reporting templates": "id_reporting_templates_0",
    "Audit or assurance programme": "id_assurance_programme",
}


@pytest.fixture
def alpha():
    return Organisation.objects.create(
        name="Alpha Metals",
        pillar="supply-chain-actor",
        is_public=False,
        description="We make capacitors.",
        contact_name="Ada Lovelace",
        contact_phone="+31 20 000 0000",  # does not count
        policy_url="https://example.org/policy",
        disclosures_visibility="members",
    )


@pytest.fixture
def people(django_user_model, alpha):
    def person(name, organisation, role):
        user = django_user_model.objects.create_user(name, f"{name}@example.org", "pw")
        Membership.objects.create(user=user, organisation=organisation, role=role)
        return user

    beta = Organisation.objects.create(name="Beta Mining", pillar="supply-chain-actor")
    return {
        "editor": person("erin", alpha, Membership.Role.EDITOR),
        "viewer": person("vic", alpha, Membership.Role.VIEWER),
        "outsider": person("olga", beta, Membership.Role.EDITOR),
    }


def missing_links(html):
    section = re.search(r'aria-labelledby="completeness-heading">(.*?)</section>', html, re.S)
    return re.findall(r'<li><a href="([^"]+)">([^<]+)</a>', section.group(1))


def test_completeness_counts_the_filled_items_and_links_each_missing_one(client, alpha, people):
    measure = overview.completeness(overview.parts(alpha))
    assert (measure.filled, measure.total, measure.percent) == (3, 14, 21)
    filled = {"Short description", "Contact person", "Responsible-sourcing policy"}
    assert [item.label for _part, item in measure.missing] == [
        label for label in ANCHORS if label not in filled
    ]
    client.force_login(people["editor"])
    html = client.get(PAGE).content.decode()
    assert "3 of 14 items filled in (21 %)" in html
    assert missing_links(html) == [
        (f"{EDIT}#{ANCHORS[label]}", label) for label in ANCHORS if label not in filled
    ]
    # Each anchor is a field of the edit form.
    form = client.get(EDIT).content.decode()
    for anchor in ANCHORS.values():
        assert f'id="{anchor}"' in form, anchor

    # Filling in items moves the measure; a "no" to the smelter list is an answer too.
    alpha.website = "https://example.org"
    alpha.role = Organisation.Role.COMPONENT_MAKER
    alpha.publishes_smelter_list = False
    alpha.save()
    alpha.minerals.set(Mineral.objects.filter(slug="tin"))
    measure = overview.completeness(overview.parts(alpha))
    assert (measure.filled, measure.total) == (7, 14)


def test_a_full_profile_is_complete(client, alpha, people):
    for name, value in {
        "website": "https://example.org",
        "logo": "logos/alpha.png",
        "contact_email": "ada@example.org",
        "role": "component-maker",
        "grievance_url": "https://example.org/g",
        "report_url": "https://example.org/r",
        "publishes_smelter_list": True,
        "reporting_templates": ["cmrt"],
        "assurance_programme": "RMAP",
    }.items():
        setattr(alpha, name, value)
    alpha.save()
    alpha.minerals.set(Mineral.objects.filter(slug="tin"))
    alpha.supply_chain_tiers.set(SupplyChainTier.objects.filter(slug="downstream"))
    client.force_login(people["editor"])
    html = client.get(PAGE).content.decode()
    assert "14 of 14 items filled in (100 %)" in html
    assert "Every part of the profile is filled in." in html
    assert missing_links(html) == []


def test_the_supply_chain_counts_only_for_supply_chain_actors(alpha):
    alpha.pillar = Organisation.Pillar.CIVIL_SOCIETY
    alpha.save()
    measure = overview.completeness(overview.parts(alpha))
    assert measure.total == 11
    assert "Role" not in [item.label for _part, item in measure.missing]


def test_each_part_says_who_sees_it_and_what_is_not_recorded(client, alpha, people):
    client.force_login(people["viewer"])
    html = client.get(PAGE).content.decode()
    parts = dict(
        re.findall(
            r'<h3 id="part-[a-z-]+-heading">([^<]+)</h3>\s*<p class="visibility[^"]*">'
            r"Who sees it: ([^<]+)</p>",
            html,
        )
    )
    assert parts == {
        "About the organisation": "Public",
        "Contacts": "Never public",
        "Place in the supply chain": "Public",
        "Due-diligence disclosures": "EPRM members only",
        "Progress on the five OECD steps": "EPRM members only",
    }
    assert "Ada Lovelace" in html and "https://example.org/policy" in html
    assert html.count(">Not recorded<") == 11  # the items missing (the phone is filled)
    # A viewer sees what is missing, without links to a form they cannot use.
    assert missing_links(html) == []
    assert "Your organisation's profile editors can fill them in." in html
    assert EDIT not in html


def test_the_last_check_and_the_next_step(client, alpha, people):
    client.force_login(people["editor"])
    html = client.get(PAGE).content.decode()
    assert "Take the Due Diligence Check" in html  # no check yet
    check = alpha.checks.create(date=datetime.date(2026, 5, 20))
    html = client.get(PAGE).content.decode()
    assert "Finish the Due Diligence Check you started." in html
    answer_all(check, {**uniform("yes"), 3: ["no"] * 5})
    html = client.get(PAGE).content.decode()
    assert "Last finished on 20 May 2026." in html
    section = re.search(r'aria-labelledby="check-heading">(.*?)</section>', html, re.S).group(1)
    assert re.findall(r"<th scope=\"row\">Step (\d)</th><td>(\d+)</td>", section) == [
        ("1", "100"), ("2", "100"), ("3", "0"), ("4", "100"), ("5", "100")
    ]  # fmt: skip
    # The profile is not complete: its first missing item comes first.
    next_step = re.search(r'aria-labelledby="next-step-heading">(.*?)</section>', html, re.S)
    assert f'href="{EDIT}#id_website"' in next_step.group(1)
    # A viewer cannot edit: the weakest step comes next for them.
    client.force_login(people["viewer"])
    html = client.get(PAGE).content.decode()
    assert "Work on step 3, your lowest score (0): see what to do next." in html
    assert "/checks/2026-05-20/result/#next-heading" in html


def test_own_users_preview_the_public_page_of_an_unlisted_organisation(client, alpha, people):
    public_page = "/en/members/alpha-metals/"
    assert client.get(public_page).status_code == 404  # unlisted: not for visitors
    client.force_login(people["outsider"])
    assert client.get(public_page).status_code == 404
    assert client.get(f"{public_page}?preview").status_code == 404
    for who in ("editor", "viewer"):
        client.force_login(people[who])
        assert f'href="{public_page}?preview"' in client.get(PAGE).content.decode()
        page = client.get(public_page)
        assert page.status_code == 200
        html = page.content.decode()
        assert (
            "only your organisation&#x27;s users" in html
            or "only your organisation's users" in html
        )
        assert "https://example.org/policy" in html  # members see the members-only part
        preview = client.get(f"{public_page}?preview").content.decode()
        assert "A preview of your public page, as visitors see it." in preview
        assert "visitors cannot open this page yet" in preview
        # As visitors see it: the members-only disclosures are hidden.
        assert "https://example.org/policy" not in preview
        assert "This organisation shares its disclosures with EPRM members only." in preview
    alpha.is_public = True
    alpha.save()
    preview = client.get(f"{public_page}?preview").content.decode()
    assert "Parts you share with EPRM members only are hidden" in preview


def test_organisation_can_see_as_a_visitor():
    organisation = Organisation(name="X")
    assert organisation.can_see("public", AnonymousUser())
    assert not organisation.can_see("members", AnonymousUser())
