"""Who may open which members page: every URL and method, for every kind of visitor."""

import datetime
import re

import pytest
from django.contrib.auth.models import Permission

from checks.models import Check
from members.models import Membership, Organisation

pytestmark = pytest.mark.django_db

TODAY = datetime.date.today().isoformat()


@pytest.fixture
def people(django_user_model):
    a = Organisation.objects.create(name="Alpha Metals", pillar="supply-chain-actor")
    b = Organisation.objects.create(name="Beta Mining", pillar="supply-chain-actor")
    hidden = Organisation.objects.create(name="Hidden Ltd", pillar="civil-society", is_public=False)
    # A former member, or a project partner that never was one: its users are no EPRM members.
    former = Organisation.objects.create(
        name="Former Traders", pillar="supply-chain-actor", is_member=False
    )

    def user(name, organisation=None, role=None, **fields):
        person = django_user_model.objects.create_user(name, f"{name}@example.org", "pw", **fields)
        if organisation:
            Membership.objects.create(user=person, organisation=organisation, role=role)
        return person

    staff = user("staff", is_staff=True)
    staff.user_permissions.set(
        Permission.objects.filter(content_type__app_label__in=["members", "checks"])
    )
    Check.objects.create(organisation=a, date=datetime.date(2025, 1, 10), status="submitted")
    Check.objects.create(organisation=a, date=datetime.date.today(), status="draft")
    return {
        "orgs": (a, b, hidden),
        "anonymous": None,
        "viewer of A": user("viewer", a, Membership.Role.VIEWER),
        "editor of A": user("editor", a, Membership.Role.EDITOR),
        "editor of B": user("other", b, Membership.Role.EDITOR),
        "user of a non-member": user("partner", former, Membership.Role.EDITOR),
        "staff editor": staff,
        "superuser": user("root", is_staff=True, is_superuser=True),
    }


VISITORS = [
    "anonymous",
    "viewer of A",
    "editor of A",
    "editor of B",
    "user of a non-member",
    "staff editor",
    "superuser",
]
LOGIN = "login"  # a redirect to the login page
A = "/en/my/organisations/alpha-metals"
# (method, path, expected status for each visitor, in VISITORS' order)
MATRIX = [
    ("get", "/en/members/", [200, 200, 200, 200, 200, 200, 200]),
    ("get", "/en/members/alpha-metals/", [200, 200, 200, 200, 200, 200, 200]),
    ("get", "/en/members/hidden-ltd/", [404, 404, 404, 404, 404, 200, 200]),
    ("get", "/en/my/organisation/", [LOGIN, 302, 302, 302, 302, 302, 302]),  # staff: to the admin
    ("get", f"{A}/", [LOGIN, 200, 200, 404, 404, 404, 404]),
    ("get", f"{A}/edit/", [LOGIN, 403, 200, 404, 404, 404, 404]),
    ("post", f"{A}/edit/", [LOGIN, 403, 400, 404, 404, 404, 404]),
    ("get", f"{A}/history/", [LOGIN, 200, 200, 404, 404, 404, 404]),
    ("get", f"{A}/checks/", [LOGIN, 200, 200, 404, 404, 404, 404]),
    ("get", f"{A}/checks/new/", [LOGIN, 405, 405, 405, 405, 405, 405]),
    ("post", f"{A}/checks/new/", [LOGIN, 403, 302, 404, 404, 404, 404]),
    ("get", f"{A}/checks/{TODAY}/", [LOGIN, 403, 200, 404, 404, 404, 404]),
    ("post", f"{A}/checks/{TODAY}/", [LOGIN, 403, 302, 404, 404, 404, 404]),
    # A finished check is read, not rewritten: its form sends its editors to its results.
    ("get", f"{A}/checks/2025-01-10/", [LOGIN, 403, 302, 404, 404, 404, 404]),
    ("post", f"{A}/checks/2025-01-10/", [LOGIN, 403, 302, 404, 404, 404, 404]),
    ("get", f"{A}/checks/2025-01-10/result/", [LOGIN, 200, 200, 404, 404, 404, 404]),
    ("get", f"{A}/checks/2025-01-10/result.pdf", [LOGIN, 200, 200, 404, 404, 404, 404]),
    ("get", f"{A}/checks/1999-01-01/result.pdf", [LOGIN, 404, 404, 404, 404, 404, 404]),
    ("get", f"{A}/checks/1999-01-01/result/", [LOGIN, 404, 404, 404, 404, 404, 404]),
    ("get", f"{A}/checks/not-a-date/result/", [LOGIN, 404, 404, 404, 404, 404, 404]),
    ("get", "/en/my/organisations/beta-mining/edit/", [LOGIN, 404, 404, 200, 404, 404, 404]),
    ("get", "/en/my/organisations/no-such-org/", [LOGIN, 404, 404, 404, 404, 404, 404]),
    ("get", "/admin/members/organisation/", [302, 302, 302, 302, 302, 200, 200]),
    ("get", "/admin/checks/question/results/", [302, 302, 302, 302, 302, 200, 200]),
]


@pytest.mark.parametrize(("method", "path", "expected"), MATRIX)
def test_permission_matrix(client, people, method, path, expected):
    for visitor, status in zip(VISITORS, expected, strict=True):
        client.logout()
        if people[visitor] is not None:
            client.force_login(people[visitor])
        response = getattr(client, method)(path)
        if status == LOGIN:
            assert response.status_code == 302, (visitor, path)
            assert response["Location"].startswith("/en/accounts/login/?next="), (visitor, path)
        else:
            assert response.status_code == status, (visitor, method, path, response.status_code)


# Who sees the "members only" parts of a member's public page, for every kind of visitor.
SEES_MEMBERS_PARTS = {
    "anonymous": False,
    "viewer of A": True,
    "editor of A": True,
    "editor of B": True,  # a user of another current member
    "user of a non-member": False,  # a former member or a project partner (issue 29, defect 6)
    "staff editor": True,
    "superuser": True,
}


def test_members_only_parts_show_only_to_users_of_current_members_and_staff(client, people):
    a, _b, _hidden = people["orgs"]
    Organisation.objects.filter(pk=a.pk).update(
        supply_chain_visibility="members",
        disclosures_visibility="members",
        steps_visibility="members",
        policy_url="https://alpha.example.org/members-policy",
    )
    assert set(SEES_MEMBERS_PARTS) == set(VISITORS)
    for visitor, sees in SEES_MEMBERS_PARTS.items():
        client.logout()
        if people[visitor] is not None:
            client.force_login(people[visitor])
        html = client.get("/en/members/alpha-metals/").content.decode()
        assert ("Shared with EPRM members only." in html) is sees, visitor
        assert ("alpha.example.org/members-policy" in html) is sees, visitor


def test_a_non_member_organisation_s_users_see_their_own_members_only_parts(client, people):
    """Its own data: the page's preview shows them what members would see of it."""
    former = Organisation.objects.get(slug="former-traders")
    Organisation.objects.filter(pk=former.pk).update(
        disclosures_visibility="members", policy_url="https://former.example.org/policy"
    )
    client.force_login(people["user of a non-member"])
    html = client.get("/en/members/former-traders/").content.decode()
    assert "former.example.org/policy" in html


def test_an_outsider_gets_no_hint_that_an_organisation_exists(client, people):
    client.force_login(people["editor of B"])
    existing = client.get(f"{A}/edit/")
    missing = client.get("/en/my/organisations/no-such-org/edit/")
    assert existing.status_code == missing.status_code == 404

    def without_tokens(html):
        return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)

    page = without_tokens(existing.content.decode())
    assert "Alpha Metals" not in page
    assert page.replace("alpha-metals", "no-such-org") == without_tokens(missing.content.decode())


def test_mine_leads_to_ones_own_organisation(client, people):
    client.force_login(people["editor of B"])
    assert client.get("/en/my/organisation/")["Location"] == "/en/my/organisations/beta-mining/"


def test_staff_who_log_in_as_members_are_sent_to_the_admin(client, people):
    """The member login leads to "My organisation", which the secretariat has none of."""
    staff = people["staff editor"]
    staff.set_password("a long enough password")
    staff.save()
    response = client.post(
        "/en/accounts/login/",
        {"username": staff.username, "password": "a long enough password"},
        follow=True,
    )
    assert response.redirect_chain[-1] == ("/admin/", 302)
    assert response.status_code == 200


def test_every_post_needs_the_csrf_token(people):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    strict.force_login(people["editor of A"])
    assert strict.post(f"{A}/edit/").status_code == 403
    assert strict.post(f"{A}/checks/new/").status_code == 403
