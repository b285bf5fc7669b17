"""Pages that depend on who asks are never kept by a shared cache (issue 29): a logged-in
user's pages, the admin and the alerts pages a token opens send `Cache-Control: private,
no-store`; public pages seen by a visitor do not."""

import pytest
from django.utils.cache import get_max_age

from alerts.models import Alert, Subscriber
from members.models import Membership, Organisation

pytestmark = pytest.mark.django_db


def directives(response):
    return {part.strip().split("=")[0] for part in response.get("Cache-Control", "").split(",")}


def private(response):
    return {"private", "no-store"} <= directives(response)


@pytest.fixture
def member(django_user_model):
    organisation = Organisation.objects.create(name="Alpha Metals", pillar="supply-chain-actor")
    user = django_user_model.objects.create_user("alex", "alex@alpha.example.org", "pw")
    Membership.objects.create(user=user, organisation=organisation, role="editor")
    return user


@pytest.mark.parametrize(
    "path",
    [
        "/en/my/organisation/",
        "/en/my/organisations/alpha-metals/",
        "/en/my/organisations/alpha-metals/edit/",
        "/en/my/organisations/alpha-metals/checks/",
        "/en/my/organisations/alpha-metals/history/",
        "/en/members/alpha-metals/",  # their own organisation's page, with its preview link
        "/en/resources/",  # any page, once logged in: the header shows who they are
    ],
)
def test_a_logged_in_users_pages_are_private(client, member, path):
    client.force_login(member)
    response = client.get(path)
    assert response.status_code in (200, 302), path
    assert private(response), (path, response.get("Cache-Control"))
    assert "Cookie" in response.get("Vary", "")


def test_the_admin_is_private(client, django_user_model):
    staff = django_user_model.objects.create_superuser("root", "root@example.org", "pw")
    assert private(client.get("/admin/login/"))
    client.force_login(staff)
    for path in ("/admin/", "/admin/members/organisation/", "/admin/alerts/subscriber/"):
        response = client.get(path)
        assert response.status_code == 200 and private(response), path


def test_the_alerts_pages_a_token_opens_are_private(client):
    subscriber = Subscriber.objects.create(email="sme@example.org")
    alert = Alert.objects.create(subscriber=subscriber, query="q=audit", language="en")
    for path in (
        f"/en/alerts/manage/{subscriber.token}/",
        f"/en/alerts/confirm/{alert.confirm_token}/",
        f"/en/alerts/unsubscribe/{alert.token}/",
    ):
        response = client.get(path)
        assert response.status_code == 200 and private(response), path


@pytest.mark.parametrize("path", ["/en/", "/en/resources/", "/en/members/", "/en/about/"])
def test_public_pages_to_a_visitor_stay_cacheable(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert "no-store" not in directives(response) and get_max_age(response) != 0
