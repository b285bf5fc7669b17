""" "Forgotten your password?" is rate-limited per address and per client, as alert requests are
(issue 29, defect 9), and its answers never tell whether an account has the address."""

import re

import pytest
from django.core import mail
from django.test import Client

from alerts import throttle
from alerts.models import Throttle

pytestmark = pytest.mark.django_db

RESET = "/en/accounts/password_reset/"


@pytest.fixture
def member(django_user_model):
    return django_user_model.objects.create_user("mia", "mia@example.org", "Quartz-Lantern-42")


def ask(email, client_ip="192.0.2.1"):
    return Client(REMOTE_ADDR=client_ip).post(RESET, {"email": email})


def without_tokens(response):
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", response.content.decode())


def test_twelve_requests_for_one_address_send_a_few_emails(member):
    allowed = throttle.RESET_PER_ADDRESS.requests
    answers = [ask("mia@example.org") for _ in range(12)]
    assert [a.status_code for a in answers] == [302] * allowed + [429] * (12 - allowed)
    assert len(mail.outbox) == allowed
    limited = answers[-1]
    assert 0 < int(limited["Retry-After"]) <= 3600
    assert "asked for too often" in limited.content.decode()


def test_sub_addresses_and_capitals_count_as_one_address(member):
    for number in range(throttle.RESET_PER_ADDRESS.requests):
        assert ask(f"Mia+{number}@Example.org", f"192.0.2.{number + 10}").status_code == 302
    assert ask("mia@example.org", "192.0.2.99").status_code == 429
    assert ask("mia+x@example.org", "192.0.2.98").status_code == 429


def test_one_client_may_ask_for_a_few_links_an_hour(member):
    for number in range(throttle.RESET_PER_CLIENT.requests):
        assert ask(f"person{number}@example.org").status_code == 302
    assert ask("mia@example.org").status_code == 429
    assert mail.outbox == []  # nobody else had an account; Mia's link was not sent
    assert ask("mia@example.org", "192.0.2.7").status_code == 302
    assert len(mail.outbox) == 1


def test_the_answers_never_tell_whether_an_address_has_an_account(member):
    def answers(email):
        return [
            ask(email, "192.0.2.50" if email.startswith("mia") else "192.0.2.51") for _ in range(4)
        ]

    known, unknown = answers("mia@example.org"), answers("nobody@example.org")
    assert [a.status_code for a in known] == [a.status_code for a in unknown]
    assert [a.get("Location") for a in known] == [a.get("Location") for a in unknown]
    assert without_tokens(known[-1]) == without_tokens(unknown[-1])
    assert len(mail.outbox) == throttle.RESET_PER_ADDRESS.requests  # to Mia only


def test_counters_hold_keyed_hashes_not_addresses(member):
    ask("mia@example.org")
    keys = list(Throttle.objects.values_list("key", flat=True))
    assert len(keys) == 2 and all(key.startswith("reset-") for key in keys)
    assert not any("mia" in key or "192.0.2" in key for key in keys)
