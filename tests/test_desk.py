"""The editors' desk: each count equals a brute-force count over the library, and its link
opens the list of exactly those resources; the weekly digest of it by e-mail, through a real
SMTP server, never twice in one week."""

import datetime
import io
import re

import lxml.html
import pytest
from django.contrib.auth.models import Permission
from django.core.management import call_command
from django.utils import timezone

from resources import digest
from resources.models import DigestSubscription, DuplicatePair, LinkReport, Resource
from resources.tasks import send_editor_digest
from tests import factories

pytestmark = pytest.mark.django_db

DESK = "/admin/resources/resource/desk/"
DAY = datetime.timedelta(days=1)


@pytest.fixture
def library():
    """Resources in every state the desk looks at, and some just outside each."""
    today = timezone.localdate()
    now = timezone.now()
    make = factories.resource
    broken = make("Broken and published", link_status="broken", last_reviewed_on=today)
    make("Broken draft", status="draft", link_status="broken")
    reported = make("Reported twice", last_reviewed_on=today)
    dealt_with = make("Report dealt with", last_reviewed_on=today)
    for resource, resolved in [(reported, False), (reported, False), (dealt_with, True)]:
        LinkReport.objects.create(resource=resource, visitor="x", resolved=resolved)
    make("Reviewed long ago", last_reviewed_on=today - 400 * DAY)
    make("Reviewed a year ago today", last_reviewed_on=today - 365 * DAY)
    make("Reviewed this year", last_reviewed_on=today - 100 * DAY)
    make("Never reviewed, created minutes ago")
    published_long_ago = make("Never reviewed, published long ago")
    published_this_year = make("Never reviewed, published this year")
    published_a_year_ago = make("Never reviewed, published a year ago today")
    for resource, days in [
        (published_long_ago, 400),
        (published_this_year, 100),
        (published_a_year_ago, 365),
    ]:
        Resource.objects.filter(pk=resource.pk).update(published_at=now - days * DAY)
    make("Archived, never reviewed", status="archived")
    old = make("Old draft", status="draft")
    young = make("Young draft", status="draft")
    old_archived = make("Old and archived", status="archived", last_reviewed_on=today)
    Resource.objects.filter(pk__in=[old.pk, old_archived.pk]).update(created=now - 40 * DAY)
    Resource.objects.filter(pk=young.pk).update(created=now - 10 * DAY)
    a, b, c, d = (make(f"Pair {n}", last_reviewed_on=today) for n in "abcd")
    DuplicatePair.objects.create(first=a, second=b, reason="title", similarity=0.8)
    DuplicatePair.objects.create(first=c, second=d, reason="url", not_duplicate=True)
    for title, changed in [("Translated, then changed", True), ("Translated, unchanged", False)]:
        translated = make(title, last_reviewed_on=today)
        translated.set_translation("summary", "es", "Un recurso para pruebas.")
        if changed:
            translated.summary = "A resource for testing, revised."
        translated.save()
    assert broken.pk


def reviewed_or_published(resource):
    """The day a resource was last reviewed, or else first published (else created)."""
    if resource.last_reviewed_on:
        return resource.last_reviewed_on
    return timezone.localdate(resource.published_at or resource.created)


CODES = ("fr", "es", "pt", "de", "nl")


def brute_force():
    """The desk's six sets of resources, computed in Python over every resource."""
    today = timezone.localdate()
    month_ago = timezone.now() - datetime.timedelta(days=30)
    resources = list(Resource.objects.prefetch_related("link_reports"))
    open_pairs = [p for p in DuplicatePair.objects.all() if not p.not_duplicate]
    in_pairs = {pk for p in open_pairs for pk in (p.first_id, p.second_id)}
    return {
        "broken": {r.pk for r in resources if r.link_status == "broken"},
        "reported": {
            r.pk for r in resources if any(not rep.resolved for rep in r.link_reports.all())
        },
        "not_reviewed": {
            r.pk
            for r in resources
            if r.status == "published" and (today - reviewed_or_published(r)).days > 365
        },
        "old_drafts": {r.pk for r in resources if r.status == "draft" and r.created < month_ago},
        "duplicates": {r.pk for r in resources if r.pk in in_pairs},
        "outdated_translations": {
            r.pk for r in resources if any(r.language_state(code) == "outdated" for code in CODES)
        },
    }


def desk_rows(client):
    page = lxml.html.fromstring(client.get(DESK).content.decode())
    rows = {}
    for row in page.xpath("//tr[starts-with(@id, 'desk-')]"):
        link = row.xpath(".//td//a")[0]
        rows[row.get("id").removeprefix("desk-")] = (int(link.text_content()), link.get("href"))
    return rows


def listed_ids(client, path):
    page = client.get(path)
    assert page.status_code == 200
    tree = lxml.html.fromstring(page.content.decode())
    return {int(v) for v in tree.xpath("//input[@name='_selected_action']/@value")}


def test_the_desks_counts_equal_a_brute_force_count_and_link_to_exactly_those(
    editor_client, library
):
    expected = brute_force()
    assert {key: len(ids) for key, ids in expected.items()} == {
        "broken": 2, "reported": 1, "not_reviewed": 2, "old_drafts": 1, "duplicates": 2,
        "outdated_translations": 1,
    }  # fmt: skip
    rows = desk_rows(editor_client)
    assert {key: count for key, (count, _href) in rows.items()} == {
        key: len(ids) for key, ids in expected.items()
    }
    for key, (_count, href) in rows.items():
        assert listed_ids(editor_client, href) == expected[key], key


def test_a_resource_never_reviewed_counts_from_its_publication(editor_client, library):
    """Not "never reviewed, so stale": a resource just created, or published this year, has
    not waited 12 months for a review; one published 400 days ago and never reviewed has."""
    stale = set(
        Resource.objects.filter(pk__in=brute_force()["not_reviewed"]).values_list(
            "title", flat=True
        )
    )
    assert stale == {"Reviewed long ago", "Never reviewed, published long ago"}
    assert desk_rows(editor_client)["not_reviewed"][0] == 2


def test_the_desk_is_linked_from_the_admin_index(editor_client):
    page = editor_client.get("/admin/").content.decode()
    assert f'href="{DESK}"' in page


def test_the_desk_is_for_editors_only(client, django_user_model):
    assert client.get(DESK).status_code == 302  # to the login
    staff = django_user_model.objects.create_user("nobody", is_staff=True)
    client.force_login(staff)
    assert client.get(DESK).status_code == 403


# The digest -------------------------------------------------------------------------------------


@pytest.fixture
def editors(django_user_model, editor, editor_client):
    """The editor of conftest, who opts in on the desk, and others who do not get it."""
    editor.email = "ed@example.org"
    editor.save()
    response = editor_client.post(DESK, {"weekly": "on"}, follow=True)
    assert "You will receive the weekly digest at ed@example.org." in response.content.decode()
    view = Permission.objects.get(codename="view_resource")
    quiet = django_user_model.objects.create_user("quiet", "quiet@example.org", is_staff=True)
    quiet.user_permissions.add(view)
    left = django_user_model.objects.create_user(
        "left", "left@example.org", is_staff=True, is_active=False
    )
    left.user_permissions.add(view)
    DigestSubscription.objects.create(user=left, weekly=True)
    return editor


def test_an_editor_chooses_the_digest_for_themselves(editor_client, editors):
    assert DigestSubscription.objects.get(user=editors).weekly
    editor_client.post(DESK, {})
    assert not DigestSubscription.objects.get(user=editors).weekly
    assert editor_client.post(DESK, {"weekly": "perhaps"}).status_code == 302  # a checkbox


def test_the_digest_goes_once_a_week_to_editors_who_chose_it(smtp, library, editors):
    out = io.StringIO()
    call_command("send_editor_digest", stdout=out)
    assert out.getvalue() == "Editors' digest sent to 1 editor.\n"
    assert [m.envelope_to for m in smtp.messages] == [["ed@example.org"]]
    message = smtp.messages[0]
    text = message.get_body(("plain",)).get_content().replace("\r\n", "\n")
    html = message.get_body(("html",)).get_content()
    expected = brute_force()
    for key, path in [
        ("broken", "/admin/resources/resource/?link_status__exact=broken"),
        ("reported", "/admin/resources/resource/?reports=open"),
        ("not_reviewed", "/admin/resources/resource/?status__exact=published&review=stale"),
        ("old_drafts", "/admin/resources/resource/?waiting=old-drafts"),
        ("duplicates", "/admin/resources/resource/?duplicates=open"),
    ]:
        url = "https://hub.example.org" + path
        assert f"\n    {url}\n" in text
        count = re.search(rf'<a href="{re.escape(url.replace("&", "&amp;"))}"[^>]*>(\d+)</a>', html)
        assert count and int(count[1]) == len(expected[key]), key
    assert "https://hub.example.org/admin/resources/resource/desk/" in text

    # Run again the same week, by the command or the task: nothing more.
    call_command("send_editor_digest", stdout=io.StringIO())
    assert send_editor_digest.call() == 0
    assert len(smtp.messages) == 1
    # The next week it goes again.
    assert digest.send(today=timezone.localdate() + datetime.timedelta(days=7)) == 1
    assert len(smtp.to("ed@example.org")) == 2


def test_no_digest_when_nothing_needs_attention(smtp, editors):
    assert digest.send() == 0
    assert smtp.messages == []


def test_a_digest_the_server_refused_is_sent_on_the_next_run(smtp, library, editors):
    smtp.defer.add("ed@example.org")
    assert digest.send() == 0
    smtp.defer.clear()
    assert digest.send() == 1
    assert len(smtp.to("ed@example.org")) == 1


def test_opting_in_without_an_address_says_to_add_one(editor_client, editor):
    page = editor_client.post(DESK, {"weekly": "on"}, follow=True).content.decode()
    assert "Add an e-mail address to your account to receive the digest." in page
    assert DigestSubscription.objects.get(user=editor).weekly


def test_visiting_the_desk_stores_nothing(editor_client):
    assert editor_client.get(DESK).status_code == 200
    assert not DigestSubscription.objects.exists()
