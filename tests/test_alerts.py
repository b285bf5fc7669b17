"""E-mail alerts against a real SMTP server on loopback (tests/smtp.py): asking, confirming,
sending what is new and nothing else, unsubscribing by the header and by the link, managing
without an account, the rate limits, bounces and retries, and a member's digest."""

import re
from datetime import timedelta
from urllib.parse import urlsplit

import psycopg2
import pytest
from django.test import Client
from django.utils import timezone

from alerts import sending, throttle
from alerts.models import Alert, Delivery, Subscriber
from checks.models import Check
from eprm_hub.models import Mineral, SupplyChainTier
from members.models import Membership, Organisation

from .factories import resource
from .test_members_check import answer_all
from .test_production import url_of_the_test_database

pytestmark = pytest.mark.django_db

NEW = "/en/alerts/new/"
ADDRESS = "sme@example.org"


def ask(client, query="q=audit&mineral=tin", email=ADDRESS, frequency="daily", language="en"):
    return client.post(
        f"{NEW}?{query}", {"email": email, "frequency": frequency, "language": language}
    )


def text(message):
    return message.get_body(("plain",)).get_content().replace("\r\n", "\n")


def header(message, name):
    """A header's value, unfolded."""
    return re.sub(r"[ \t]*\r?\n[ \t]+", " ", str(message[name])).strip(" \t")


def links(message):
    """The Hub's links in a message's text part, as paths."""
    return [
        urlsplit(url).path for url in re.findall(r"https://hub\.example\.org\S+", text(message))
    ]


def confirmed(query="q=audit&mineral=tin", email=ADDRESS, frequency="daily", days_ago=3):
    """An alert confirmed some days ago, due now."""
    subscriber, _ = Subscriber.objects.get_or_create(email=email)
    alert = Alert.objects.create(
        subscriber=subscriber, query=query, language="en", frequency=frequency
    )
    alert.confirm(timezone.now() - timedelta(days=days_ago))
    alert.next_due = timezone.now() - timedelta(minutes=1)
    alert.save()
    return alert


def published(title, days_ago=1, **fields):
    return resource(title, published_at=timezone.now() - timedelta(days=days_ago), **fields)


def titles(message):
    return re.findall(r"^\* (.+)$", text(message), re.M)


# Asking and confirming ------------------------------------------------------------------------


def test_the_search_page_links_to_an_alert_of_the_same_search(client):
    resource("Audit programme for tin smelters", minerals=["tin"])
    page = client.get("/en/resources/?q=audit&mineral=tin&page=1&sort=title").content.decode()
    assert 'href="/en/alerts/new/?q=audit&amp;mineral=tin"' in page
    form = client.get(f"{NEW}?q=audit&mineral=tin").content.decode()
    assert "“audit”, Mineral: Tin" in form
    assert "1 resource matches it today." in form


@pytest.mark.parametrize(
    ("language", "quoted"),
    [
        ("en", "“audit”"),
        ("fr", "«\u00a0audit\u00a0»"),
        ("es", "«audit»"),
        ("pt", "«audit»"),
        ("de", "„audit“"),
        ("nl", "‘audit’"),
    ],
)
def test_the_alert_form_quotes_the_words_as_its_language_does(client, language, quoted):
    resource("Audit programme for tin smelters", minerals=["tin"])
    form = client.get(f"/{language}/alerts/new/?q=audit&mineral=tin").content.decode()
    assert f'<p class="alert-search__what">{quoted}, ' in form


def test_asking_sends_one_confirmation_and_nothing_until_it_is_followed(client, smtp):
    response = ask(client)
    assert response.status_code == 200
    assert "Check your inbox" in response.content.decode()
    alert = Alert.objects.get()
    assert alert.confirmed_at is None and alert.frequency == "daily"
    assert alert.query == "q=audit&mineral=tin"
    [message] = smtp.to(ADDRESS)
    assert header(message, "Subject") == "Confirm your alert: “audit”, Mineral: Tin"
    assert message.get_body(("html",)) is not None
    [confirm_path] = [path for path in links(message) if "/confirm/" in path]

    published("Audit of a tin smelter", minerals=["tin"])  # published before confirming
    assert sending.run().sent == 0

    page = client.get(confirm_path)
    assert page.status_code == 200 and "Confirm my alert" in page.content.decode()
    alert.refresh_from_db()
    assert alert.confirmed_at is None  # a link scanner's GET confirms nothing
    response = client.post(confirm_path)
    assert response.status_code == 302
    alert.refresh_from_db()
    assert alert.confirmed_at is not None and alert.confirm_token is None
    assert response["Location"] == f"/en/alerts/manage/{alert.subscriber.token}/"
    assert client.post(confirm_path).status_code == 404  # one time only


def test_the_same_search_in_another_order_is_one_alert(client, smtp):
    ask(client, "mineral=tin&q=audit")
    ask(client, "q=audit&mineral=tin&page=3&sort=newest&mineral=nonsense")
    assert Alert.objects.count() == 1
    # The second e-mail's link replaces the first's.
    first, second = (
        [p for p in links(message) if "/confirm/" in p][0] for message in smtp.to(ADDRESS)
    )
    assert client.post(first).status_code == 404
    assert client.post(second).status_code == 302


def test_an_alert_keeps_the_words_typed_not_the_pages_spelling_correction(client, smtp):
    resource("Smelter audit handbook")
    page = client.get(f"{NEW}?q=smeltr").content.decode()
    assert "“smelter”" in page  # the page shows the corrected search
    ask(client, "q=smeltr")
    assert Alert.objects.get().query == "q=smeltr"
    # Its e-mails and pages name the words as typed, too (issue 29).
    [message] = smtp.to(ADDRESS)
    assert header(message, "Subject") == "Confirm your alert: “smeltr”"
    assert "“smeltr”" in text(message) and "smelter" not in text(message)
    [confirm_path] = [path for path in links(message) if "/confirm/" in path]
    assert "“smeltr”" in client.get(confirm_path).content.decode()


def test_asking_again_for_a_confirmed_alert_sends_a_reminder_not_a_second_alert(client, smtp):
    confirmed()
    response = ask(client, "q=audit&mineral=tin")
    assert "Check your inbox" in response.content.decode()  # says the same as for a new one
    [message] = smtp.to(ADDRESS)
    assert header(message, "Subject").startswith("You already follow this search")
    assert any("/manage/" in path for path in links(message))
    assert Alert.objects.count() == 1


@pytest.mark.parametrize(
    "data, field",
    [
        ({"email": "not an address", "frequency": "daily", "language": "en"}, "email"),
        ({"email": ADDRESS, "frequency": "hourly", "language": "en"}, "frequency"),
        ({"email": ADDRESS, "frequency": "daily", "language": "xx"}, "language"),
    ],
)
def test_a_bad_request_says_what_to_correct_and_keeps_nothing(client, smtp, data, field):
    response = client.post(f"{NEW}?q=audit", data)
    assert response.status_code == 400
    assert f'href="#id_{field}' in response.content.decode()
    assert not Alert.objects.exists() and not Subscriber.objects.exists() and not smtp.messages


def test_when_the_mail_server_is_down_nothing_is_kept(client, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_USE_TLS = "127.0.0.1", 9, False
    response = ask(client)
    assert response.status_code == 503
    assert "We could not send the e-mail" in response.content.decode()
    assert not Alert.objects.exists() and not Subscriber.objects.exists()


def test_sent_emails_are_forgotten_after_a_month(smtp):
    confirmed()
    published("Audit of a tin smelter", minerals=["tin"])
    sending.run()
    assert Delivery.objects.filter(sent_at__isnull=False).count() == 1
    sending.run(now=timezone.now() + timedelta(days=29))
    assert Delivery.objects.count() == 1
    sending.run(now=timezone.now() + timedelta(days=31))
    assert not Delivery.objects.exists()


def test_requests_not_confirmed_within_a_week_are_deleted(client, smtp):
    ask(client)
    ask(client, email="other@example.org")
    Alert.objects.filter(subscriber__email=ADDRESS).update(
        created=timezone.now() - timedelta(days=8)
    )
    assert sending.run().expired == 1
    assert list(Subscriber.objects.values_list("email", flat=True)) == ["other@example.org"]


# Rate limits --------------------------------------------------------------------------------


def test_an_address_is_sent_few_confirmations_a_day(client, smtp):
    for number in range(throttle.PER_ADDRESS.requests):
        assert ask(client, f"q=word{number}").status_code == 200
    response = ask(client, "q=another")
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 24 * 3600
    assert "several e-mails to this address" in response.content.decode()
    assert len(smtp.to(ADDRESS)) == throttle.PER_ADDRESS.requests
    assert ask(client, "q=another", email="else@example.org").status_code == 200


def test_sub_addresses_count_as_one_address(client, smtp):
    """victim+1@… and Victim+2@… reach one inbox: the per-address limit counts them together."""
    for number in range(throttle.PER_ADDRESS.requests):
        other = Client(REMOTE_ADDR=f"192.0.2.{number + 10}")  # clients' limits never decide
        email = f"Victim+{number}@Example.org" if number else "victim@example.org"
        assert ask(other, f"q=word{number}", email=email).status_code == 200
    response = ask(Client(REMOTE_ADDR="192.0.2.99"), "q=another", email="victim+99@example.org")
    assert response.status_code == 429
    assert ask(client, "q=another", email="victim2@example.org").status_code == 200


def test_a_client_may_ask_for_a_few_alerts_an_hour(client, smtp):
    for number in range(throttle.PER_CLIENT.requests):
        assert ask(client, email=f"person{number}@example.org").status_code == 200
    response = ask(client, email="one.more@example.org")
    assert response.status_code == 429
    assert int(response["Retry-After"]) <= 3600
    assert not Subscriber.objects.filter(email="one.more@example.org").exists()
    other = Client(REMOTE_ADDR="192.0.2.7")
    assert ask(other, email="one.more@example.org").status_code == 200


def test_a_disabled_address_gets_nothing_and_the_page_does_not_say_so(client, smtp):
    Subscriber.objects.create(email=ADDRESS, blocked=True)
    response = ask(client)
    assert response.status_code == 200 and "Check your inbox" in response.content.decode()
    assert smtp.messages == [] and not Alert.objects.exists()


# Sending ------------------------------------------------------------------------------------


def test_an_alert_sends_what_is_new_and_matches_once(smtp):
    alert = confirmed()
    published("Audit of a tin smelter", minerals=["tin"], summary="Findings of the audit.")
    published("Audit of a gold refiner", minerals=["gold"])  # another mineral
    published("Tin supply chain map", minerals=["tin"])  # without the word
    published("Old tin audit", days_ago=10, minerals=["tin"])  # before the alert
    resource("Draft tin audit", status="draft", minerals=["tin"])
    report = sending.run()
    assert (report.prepared, report.sent) == (1, 1)
    [message] = smtp.to(ADDRESS)
    assert titles(message) == ["Audit of a tin smelter"]
    assert "\n\n\n" not in text(message)
    assert header(message, "Subject") == "New on the Due Diligence Hub: “audit”, Mineral: Tin"
    html = message.get_body(("html",)).get_content()
    assert "Findings of the audit." in html and "Guidance · OECD · 2020" in html
    assert header(message, "List-Unsubscribe") == (
        f"<https://hub.example.org/en/alerts/unsubscribe/{alert.token}/>"
    )
    assert header(message, "List-Unsubscribe-Post") == "List-Unsubscribe=One-Click"
    assert f"/en/alerts/manage/{alert.subscriber.token}/" in links(message)

    # Run again, and again the next day: nothing is sent twice.
    assert sending.run().sent == 0
    assert sending.run(now=timezone.now() + timedelta(days=1)).sent == 0
    assert len(smtp.messages) == 1
    alert.refresh_from_db()
    assert alert.next_due > timezone.now() + timedelta(hours=23)


def test_nothing_new_sends_nothing_and_moves_on(smtp):
    alert = confirmed(frequency="weekly")
    published("Audit of a gold refiner", minerals=["gold"])
    report = sending.run()
    assert (report.nothing_new, report.sent) == (1, 0)
    assert smtp.messages == [] and not Delivery.objects.exists()
    before = alert.sent_up_to
    alert.refresh_from_db()
    assert alert.sent_up_to > before
    assert alert.next_due > timezone.now() + timedelta(days=6)


def test_an_alert_is_not_sent_before_it_is_due(smtp):
    alert = confirmed(frequency="weekly")
    alert.next_due = timezone.now() + timedelta(days=2)
    alert.save()
    published("Audit of a tin smelter", minerals=["tin"])
    assert sending.run().sent == 0
    assert sending.run(now=timezone.now() + timedelta(days=3)).sent == 1


def test_a_resource_published_after_the_horizon_waits_for_the_next_run(smtp, monkeypatch):
    alert = confirmed()
    item = published("Audit of a tin smelter", days_ago=0, minerals=["tin"])  # this moment
    assert sending.run().sent == 0
    alert.refresh_from_db()
    assert alert.sent_up_to < item.published_at  # left for the next run
    Alert.objects.update(next_due=timezone.now())
    monkeypatch.setattr(sending, "MARGIN", timedelta(0))
    assert sending.run().sent == 1


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_an_open_transaction_holds_the_horizon_back(smtp, monkeypatch, django_db_blocker):
    """A transaction still open (a long import) may yet commit resources it published since
    it began: the horizon stays before its start."""
    monkeypatch.setattr(sending, "MARGIN", timedelta(0))
    other = psycopg2.connect(url_of_the_test_database(django_db_blocker))
    try:
        with other.cursor() as cursor:
            cursor.execute("SELECT now()")  # opens a transaction, as an import's does
            (began,) = cursor.fetchone()
        assert sending.horizon() <= began
        other.commit()
        assert sending.horizon() > began
    finally:
        other.close()


def test_the_email_is_in_the_alerts_language(smtp):
    alert = confirmed()
    alert.language = "fr"
    alert.save()
    published("Audit of a tin smelter", minerals=["tin"])
    sending.run()
    [message] = smtp.messages
    subject = "Nouveau sur le Due Diligence Hub\u00a0: «\u00a0audit\u00a0», Minerai\u00a0: Étain"
    assert header(message, "Subject") == subject
    assert "Gérer vos alertes\u00a0:" in text(message)
    assert "/fr/resources/" in " ".join(links(message))
    assert header(message, "List-Unsubscribe").startswith("<https://hub.example.org/fr/alerts/")


def test_the_email_gives_each_resource_in_the_alerts_language_where_it_has_one(smtp):
    alert = confirmed(query="mineral=tin")
    alert.language = "es"
    alert.save()
    translated = published("Audit of a tin smelter", minerals=["tin"], summary="How to audit.")
    translated.set_translation("title", "es", "Auditoría de una fundición de estaño")
    translated.set_translation("summary", "es", "Cómo auditar.")
    translated.save()
    published("Tin mine checklist", minerals=["tin"])
    sending.run()
    [message] = smtp.messages
    assert sorted(titles(message)) == ["Auditoría de una fundición de estaño", "Tin mine checklist"]
    assert "Cómo auditar." in text(message)


def test_a_long_list_is_cut_with_a_link_to_the_rest(smtp, monkeypatch):
    confirmed()
    for number in range(5):
        published(f"Audit number {number}", minerals=["tin"])
    monkeypatch.setattr("alerts.emails.LISTED", 3)
    sending.run()
    [message] = smtp.messages
    assert len(titles(message)) == 3
    assert "And 2 more:" in text(message)


def test_a_temporary_failure_is_retried_later_and_sent_once(smtp):
    confirmed()
    published("Audit of a tin smelter", minerals=["tin"])
    smtp.defer.add(ADDRESS)
    report = sending.run()
    assert (report.failed, report.sent) == (1, 0)
    delivery = Delivery.objects.get()
    assert delivery.attempts == 1 and delivery.retry_at > timezone.now()
    assert sending.run().sent == 0  # not yet due again
    smtp.defer.clear()
    assert sending.run(now=timezone.now() + timedelta(hours=1)).sent == 1
    assert len(smtp.to(ADDRESS)) == 1
    assert sending.run(now=timezone.now() + timedelta(hours=2)).sent == 0


def test_a_permanent_failure_pauses_the_address_until_it_resumes(client, smtp):
    alert = confirmed()
    published("Audit of a tin smelter", minerals=["tin"])
    smtp.refuse.add(ADDRESS)
    assert sending.run().bounced == 1
    subscriber = Subscriber.objects.get()
    assert subscriber.bounced_at is not None
    smtp.refuse.clear()
    later = timezone.now() + timedelta(days=2)
    assert sending.run(now=later).sent == 0  # paused
    page = client.get(f"/en/alerts/manage/{subscriber.token}/").content.decode()
    assert "were refused" in page
    client.post(f"/en/alerts/manage/{subscriber.token}/", {"action": "resume_address"})
    assert sending.run().sent == 1
    assert titles(smtp.to(ADDRESS)[0]) == ["Audit of a tin smelter"]
    alert.refresh_from_db()
    assert alert.deliveries.get().sent_at is not None


def test_an_unreachable_server_leaves_everything_to_the_next_run(settings, smtp):
    confirmed()
    published("Audit of a tin smelter", minerals=["tin"])
    port = settings.EMAIL_PORT
    settings.EMAIL_PORT = 9
    report = sending.run()
    assert (report.prepared, report.sent) == (1, 0)
    settings.EMAIL_PORT = port
    assert sending.run().sent == 1


def test_a_resource_unpublished_after_preparing_is_not_sent(settings, smtp):
    """Issue 29, defect 5: prepared while the server was away, then set back to draft (or
    archived) by an editor: the e-mail, sent later, no longer shows it."""
    confirmed()
    kept = published("Audit of a tin smelter", minerals=["tin"])
    draft = published("Tin audit withdrawn", minerals=["tin"], summary="Not for the public.")
    archived = published("Tin audit archived", minerals=["tin"])
    port = settings.EMAIL_PORT
    settings.EMAIL_PORT = 9  # the mail server is down
    assert sending.run().prepared == 1
    assert sorted(Delivery.objects.get().resources) == sorted([kept.pk, draft.pk, archived.pk])
    draft.status = "draft"
    draft.save()
    archived.status = "archived"
    archived.save()
    settings.EMAIL_PORT = port
    assert sending.run().sent == 1
    [message] = smtp.to(ADDRESS)
    assert titles(message) == ["Audit of a tin smelter"]
    html = message.get_body(("html",)).get_content()
    for shown in (text(message), html):
        assert "withdrawn" not in shown and "Not for the public" not in shown
        assert "archived" not in shown and f"/{draft.slug}/" not in shown
    assert "One new resource" in text(message)
    assert Delivery.objects.get().resources == [kept.pk]  # what it listed


def test_an_email_left_with_nothing_to_show_is_not_sent(settings, smtp):
    confirmed()
    only = published("Audit of a tin smelter", minerals=["tin"])
    smtp.defer.add(ADDRESS)  # a temporary failure: retried later
    assert sending.run().failed == 1
    only.status = "draft"
    only.save()
    smtp.defer.clear()
    report = sending.run(now=timezone.now() + timedelta(hours=1))
    assert (report.sent, report.withdrawn) == (0, 1)
    assert smtp.messages == [] and not Delivery.objects.exists()
    assert sending.run(now=timezone.now() + timedelta(hours=2)).sent == 0


def test_a_disabled_address_is_sent_nothing(smtp):
    alert = confirmed()
    published("Audit of a tin smelter", minerals=["tin"])
    Subscriber.objects.filter(pk=alert.subscriber_id).update(blocked=True)
    assert sending.run().sent == 0 and smtp.messages == []


# Unsubscribing and managing -----------------------------------------------------------------


def test_one_click_unsubscribe_from_the_header_deletes_the_alert(smtp):
    alert = confirmed()
    published("Audit of a tin smelter", minerals=["tin"])
    sending.run()
    [message] = smtp.messages
    path = urlsplit(header(message, "List-Unsubscribe").strip("<>")).path
    # A mail program's POST (RFC 8058): no cookie, no CSRF token.
    response = Client(enforce_csrf_checks=True).post(
        path, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 200
    assert not Alert.objects.filter(pk=alert.pk).exists()
    assert not Subscriber.objects.exists() and not Delivery.objects.exists()
    again = Client(enforce_csrf_checks=True).post(
        path, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )
    assert again.status_code == 200 and "already stopped" in again.content.decode()


def test_the_unsubscribe_link_asks_first_then_deletes(client, smtp):
    alert = confirmed()
    other = confirmed("q=smelter")
    path = f"/en/alerts/unsubscribe/{alert.token}/"
    page = client.get(path).content.decode()
    assert "Stop this alert?" in page and "“audit”, Mineral: Tin" in page
    assert Alert.objects.filter(pk=alert.pk).exists()
    done = client.post(path).content.decode()
    assert "The alert is stopped and deleted" in done
    assert f"/en/alerts/manage/{other.subscriber.token}/" in done
    assert list(Alert.objects.all()) == [other]


def test_the_manage_page_changes_pauses_and_deletes_without_an_account(client, smtp):
    alert = confirmed()
    second = confirmed("q=cobalt", frequency="weekly")
    url = f"/en/alerts/manage/{alert.subscriber.token}/"
    page = client.get(url).content.decode()
    assert "“audit”, Mineral: Tin" in page and "“cobalt”" in page
    client.post(url, {"action": "frequency", "alert": alert.pk, f"a{alert.pk}-frequency": "weekly"})
    alert.refresh_from_db()
    assert alert.frequency == "weekly"
    client.post(url, {"action": "pause", "alert": alert.pk})
    published("Audit of a tin smelter", minerals=["tin"])
    assert sending.run(now=timezone.now() + timedelta(days=8)).sent == 0
    client.post(url, {"action": "resume", "alert": alert.pk})
    assert sending.run(now=timezone.now() + timedelta(days=8)).sent == 1  # nothing skipped
    client.post(url, {"action": "delete", "alert": second.pk})
    assert list(Alert.objects.all()) == [alert]
    # Another address's alert cannot be touched from this page.
    stranger = confirmed(email="stranger@example.org")
    response = client.post(url, {"action": "delete", "alert": stranger.pk})
    assert response.status_code == 400 and Alert.objects.filter(pk=stranger.pk).exists()
    assert client.post(url, {"action": "explode", "alert": alert.pk}).status_code == 400
    response = client.post(url, {"action": "delete_all"})
    assert response.status_code == 302
    assert not Subscriber.objects.filter(email=ADDRESS).exists()
    assert client.get(url).status_code == 404


# Sending twice, or after a crash ------------------------------------------------------------


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_runs_at_once_send_each_email_once(smtp):
    """The rows are taken under SKIP LOCKED: a second run meanwhile finds them taken."""
    from django.db import connection, transaction

    for number in range(3):
        confirmed(email=f"reader{number}@example.org")
    published("Audit of a tin smelter", minerals=["tin"])
    with transaction.atomic():
        first = Alert.objects.select_for_update().order_by("pk").first()
        # Another connection runs meanwhile and skips the locked alert.
        import threading

        result = {}

        def other_run():
            result["report"] = sending.run()
            connection.close()

        thread = threading.Thread(target=other_run)
        thread.start()
        thread.join()
        assert result["report"].sent == 2
        assert not smtp.to(first.subscriber.email)
    assert sending.run().sent == 1
    assert sorted(len(smtp.to(f"reader{n}@example.org")) for n in range(3)) == [1, 1, 1]


# A member's digest --------------------------------------------------------------------------


@pytest.fixture
def member(django_user_model):
    organisation = Organisation.objects.create(
        name="Alpha Metals", pillar="supply-chain-actor", role="component-maker"
    )
    organisation.supply_chain_tiers.set(SupplyChainTier.objects.filter(slug="downstream"))
    organisation.minerals.set(Mineral.objects.filter(slug="tin"))
    user = django_user_model.objects.create_user(
        username="alex", password="x", email="Alex@Alpha.example.org", first_name="Alex"
    )
    Membership.objects.create(user=user, organisation=organisation, role=Membership.Role.EDITOR)
    return user


def test_a_member_turns_the_digest_on_and_off_from_my_organisation(client, member, smtp):
    client.force_login(member)
    page = client.get("/en/my/organisation/", follow=True).content.decode()
    assert "Send me the weekly digest" in page
    response = client.post("/en/alerts/my-organisation/", {"on": "1"}, follow=True)
    assert "Every week you will receive" in response.content.decode()
    alert = Alert.objects.get(user=member)
    assert alert.subscriber.email == "alex@alpha.example.org"
    assert alert.confirmed_at and alert.frequency == "weekly"
    assert smtp.messages == []  # nothing to confirm: the member logged in
    client.post("/en/alerts/my-organisation/", {"on": "1"})
    assert Alert.objects.filter(user=member).count() == 1
    page = client.get("/en/my/organisation/", follow=True).content.decode()
    assert "Turn off" in page
    client.post("/en/alerts/my-organisation/", {"on": "0"})
    assert not Alert.objects.exists() and not Subscriber.objects.exists()


def test_the_digest_is_not_for_visitors_or_people_without_an_organisation(
    client, django_user_model
):
    response = client.post("/en/alerts/my-organisation/", {"on": "1"})
    assert response.status_code == 302 and "/login/" in response["Location"]
    client.force_login(django_user_model.objects.create_user(username="nobody", password="x"))
    assert client.post("/en/alerts/my-organisation/", {"on": "1"}).status_code == 400
    assert not Alert.objects.exists()


def test_the_digest_fits_the_profile_and_puts_the_weakest_steps_first(client, member, smtp):
    organisation = member.membership.organisation
    # Step 4 scores 0, step 2 33, step 3 60, step 1 100; step 5 has no score.
    answer_all(Check.objects.create(organisation=organisation, date=timezone.localdate()))
    client.force_login(member)
    client.post("/en/alerts/my-organisation/", {"on": "1"})
    Alert.objects.update(sent_up_to=timezone.now() - timedelta(days=7), next_due=timezone.now())
    published("Policy model for tin buyers", minerals=["tin"], tiers=["downstream"], steps=[1])
    published("Audit checklist", tiers=["downstream"], steps=[4, 1])
    published("Risk assessment for tin", minerals=["tin"], steps=[2])
    published("Reporting template", steps=[5])
    published("General introduction")
    published("Mine site map of the gold fields", minerals=["gold"], tiers=["upstream"], steps=[2])
    published("Smelter audit for tin", minerals=["tin"], tiers=["upstream"], steps=[4])
    assert sending.run().sent == 1
    [message] = smtp.to("alex@alpha.example.org")
    assert header(message, "Subject") == "New for Alpha Metals on the Due Diligence Hub"
    body = text(message)
    headings = re.findall(r"^== (.+) ==$", body, re.M)
    assert [h.split(":")[0] for h in headings] == [
        "Step 4",
        "Step 2",
        "Step 1",
        "Step 5",
        "Other new resources",
    ]
    assert "(your score: 0%)" in headings[0]
    assert titles(message) == [
        "Audit checklist",  # step 4, its weakest step, though it also helps with step 1
        "Risk assessment for tin",
        "Policy model for tin buyers",
        "Reporting template",
        "General introduction",
    ]
    assert "gold fields" not in body and "Smelter audit" not in body  # another tier, mineral
    assert "\n\n\n" not in body  # one blank line between the parts, never two


# The admin ----------------------------------------------------------------------------------


def test_editors_see_how_many_follow_each_search_and_can_disable_an_address(
    client, django_user_model, smtp
):
    confirmed()
    confirmed(email="b@example.org")
    confirmed("q=smelter", email="c@example.org")
    staff = django_user_model.objects.create_superuser("boss", "boss@example.org", "x")
    client.force_login(staff)
    page = client.get("/admin/alerts/alert/searches/").content.decode()
    rows = re.findall(r"<tr><td><a [^>]+>([^<]+)</a></td><td>(\d+)</td>", page)
    assert rows == [("“audit”, Mineral: Tin", "2"), ("“smelter”", "1")]
    listing = client.get("/admin/alerts/alert/", {"query": "q=audit&mineral=tin"})
    assert listing.status_code == 200 and "b@example.org" in listing.content.decode()
    assert "c@example.org" not in listing.content.decode()
    abuser = Subscriber.objects.get(email="b@example.org")
    response = client.post(
        "/admin/alerts/subscriber/",
        {"action": "disable", "_selected_action": [abuser.pk]},
        follow=True,
    )
    assert "1 address disabled." in response.content.decode()
    abuser.refresh_from_db()
    assert abuser.blocked
    published("Audit of a tin smelter", minerals=["tin"])
    assert sending.run().sent == 2
    assert not smtp.to("b@example.org") and smtp.to("c@example.org")
