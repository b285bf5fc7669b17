"""The client's address behind reverse proxies (TRUSTED_PROXIES, eprm_hub/client.py), as the login
throttle (django-axes) and the broken-link report limit see it.

Every request here arrives from the proxy's own address, as it does behind the recommended
reverse proxy; the proxy appends the address it saw to X-Forwarded-For.
"""

import pytest
from django.test import Client, RequestFactory

from eprm_hub.client import client_address
from members.models import Membership, Organisation
from resources.models import LinkReport

from . import factories

pytestmark = pytest.mark.django_db

LOGIN = "/en/accounts/login/"
PASSWORD = "Quartz-Lantern-Ferry-42"
PROXY = "10.0.0.1"
ALICE, BOB = "198.51.100.7", "203.0.113.66"


def behind_the_proxy(forwarded_for=None):
    """A visitor whose requests the proxy forwards; forwarded_for is the header as it arrives."""
    headers = {"REMOTE_ADDR": PROXY}
    if forwarded_for is not None:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded_for
    return Client(**headers)


@pytest.fixture
def member(django_user_model):
    alpha = Organisation.objects.create(name="Alpha Metals", pillar="supply-chain-actor")
    user = django_user_model.objects.create_user("mia", "mia@example.org", PASSWORD)
    Membership.objects.create(user=user, organisation=alpha, role=Membership.Role.EDITOR)
    return user


@pytest.fixture
def one_proxy(settings):
    settings.TRUSTED_PROXIES = 1


def fail_five_logins(client):
    statuses = [
        client.post(LOGIN, {"username": "mia", "password": "wrong"}).status_code for _ in range(5)
    ]
    assert statuses == [200] * 4 + [429]  # the fifth failure locks


def log_in(client):
    return client.post(LOGIN, {"username": "mia", "password": PASSWORD}).status_code


@pytest.fixture
def library():
    return [factories.resource(f"Smelter audit guide {n}") for n in range(7)]


def report(client, resource):
    return client.post(f"/en/resources/{resource.slug}/report-link/").status_code


# The rule ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "proxies, forwarded_for, expected",
    [
        (0, None, PROXY),
        (0, ALICE, PROXY),  # without a proxy anyone can send the header: it is ignored
        (1, ALICE, ALICE),
        (1, f"{BOB}, {ALICE}", ALICE),  # the client wrote BOB; the proxy appended ALICE
        (1, f"{BOB},{ALICE}", ALICE),
        (1, f"{BOB},, {ALICE}", ALICE),
        (2, f"{BOB}, {ALICE}, 10.0.0.2", ALICE),  # a CDN saw ALICE, then our proxy saw the CDN
        (1, "2001:DB8::7", "2001:db8::7"),  # one spelling per address
        (1, None, PROXY),  # the proxy did not set the header: its own address, never a guess
        (2, ALICE, PROXY),  # fewer entries than proxies
        (1, "unknown", PROXY),
        (1, f"{ALICE}:443", PROXY),
        (1, f"{ALICE}, ", PROXY),  # the last entry, the proxy's, is empty
        (1, "", PROXY),
    ],
)
def test_the_client_is_the_address_the_outermost_trusted_proxy_saw(
    settings, proxies, forwarded_for, expected
):
    settings.TRUSTED_PROXIES = proxies
    headers = {"REMOTE_ADDR": PROXY}
    if forwarded_for is not None:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded_for
    assert client_address(RequestFactory().get("/", **headers)) == expected


# Login throttle ------------------------------------------------------------------------------


def test_without_a_proxy_a_forwarded_header_does_not_escape_the_login_throttle(member):
    visitor = Client(REMOTE_ADDR=ALICE)
    statuses = [
        visitor.post(
            LOGIN, {"username": "mia", "password": "wrong"}, HTTP_X_FORWARDED_FOR=f"192.0.2.{n}"
        ).status_code
        for n in range(5)
    ]
    assert statuses == [200] * 4 + [429]
    response = visitor.post(
        LOGIN, {"username": "mia", "password": PASSWORD}, HTTP_X_FORWARDED_FOR="192.0.2.99"
    )
    assert response.status_code == 429


def test_behind_a_proxy_visitors_are_throttled_separately(member, one_proxy):
    alice, bob = behind_the_proxy(ALICE), behind_the_proxy(BOB)
    fail_five_logins(alice)
    assert log_in(alice) == 429
    assert log_in(bob) == 302  # same proxy address, same username: not locked out


def test_a_forged_forwarded_entry_cannot_lock_out_another_visitor(member, one_proxy):
    # Alice writes Bob's address into the header; the proxy appends hers.
    forger = behind_the_proxy(f"{BOB}, {ALICE}")
    fail_five_logins(forger)
    assert log_in(behind_the_proxy(BOB)) == 302
    assert log_in(behind_the_proxy(ALICE)) == 429  # the failures were counted as hers


# Broken-link report limit --------------------------------------------------------------------


def test_without_a_proxy_a_forwarded_header_does_not_escape_the_report_limit(library):
    visitor = Client(REMOTE_ADDR=ALICE)
    statuses = [
        visitor.post(
            f"/en/resources/{resource.slug}/report-link/", HTTP_X_FORWARDED_FOR=f"192.0.2.{n}"
        ).status_code
        for n, resource in enumerate(library[:6])
    ]
    assert statuses == [302] * 5 + [429]


def test_behind_a_proxy_each_visitor_has_their_own_report_limit(library, one_proxy):
    alice, bob = behind_the_proxy(ALICE), behind_the_proxy(BOB)
    assert [report(alice, resource) for resource in library[:6]] == [302] * 5 + [429]
    assert report(bob, library[6]) == 302
    assert LinkReport.objects.count() == 6


def test_a_forged_forwarded_entry_cannot_use_up_another_visitors_reports(library, one_proxy):
    forger = behind_the_proxy(f"{BOB}, {ALICE}")
    assert [report(forger, resource) for resource in library[:5]] == [302] * 5
    assert report(behind_the_proxy(BOB), library[5]) == 302
    assert report(behind_the_proxy(ALICE), library[6]) == 429
