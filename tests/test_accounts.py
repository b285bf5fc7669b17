"""Member accounts: the login page, throttled logins, single-use password links, sessions, and
invitations sent from the admin.

django-axes' backend needs the request, so these tests log in through the login form or with
client.force_login(), never client.login().
"""

import re

import pytest
from django.conf import settings
from django.contrib.auth.models import Permission
from django.contrib.sessions.models import Session
from django.core import mail
from django.template.loader import render_to_string
from django.test import Client
from django.utils import timezone, translation

from members.models import Membership, Organisation

pytestmark = pytest.mark.django_db

LOGIN = "/en/accounts/login/"
PASSWORD = "Quartz-Lantern-Ferry-42"
NEW_PASSWORD = "Copper-Violin-Harbour-77"


@pytest.fixture
def alpha():
    return Organisation.objects.create(name="Alpha Metals", pillar="supply-chain-actor")


@pytest.fixture
def member(django_user_model, alpha):
    user = django_user_model.objects.create_user("mia", "mia@example.org", PASSWORD)
    Membership.objects.create(user=user, organisation=alpha, role=Membership.Role.EDITOR)
    return user


def logged_in_user_id(client):
    return client.session.get("_auth_user_id")


# The login page ------------------------------------------------------------------------------


def test_the_login_page_is_in_the_sites_layout(client):
    response = client.get(LOGIN)
    assert response.status_code == 200
    assert [t.name for t in response.templates][:2] == ["registration/login.html", "base.html"]
    html = response.content.decode()
    assert '<a class="skip-link" href="#main">' in html
    assert '<header class="site-header">' in html and '<footer class="site-footer">' in html
    assert "<h1>Log in</h1>" in html
    assert 'name="username"' in html and 'name="password"' in html
    assert 'href="/en/accounts/password_reset/"' in html
    assert 'aria-current="page">Member login</a>' in html


def test_logging_in_through_the_form_leads_to_my_organisation(client, member):
    response = client.post(LOGIN, {"username": "mia", "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == "/en/my/organisation/"
    assert logged_in_user_id(client) == str(member.pk)
    page = client.get("/en/my/organisation/", follow=True)
    assert page.redirect_chain[-1][0] == "/en/my/organisations/alpha-metals/"
    assert "<h1>Alpha Metals</h1>" in page.content.decode()


def test_a_wrong_password_shows_the_form_again(client, member):
    response = client.post(LOGIN, {"username": "mia", "password": "not-it"})
    assert response.status_code == 200
    assert 'class="message message--error" role="alert"' in response.content.decode()
    assert logged_in_user_id(client) is None


def test_logins_are_throttled_after_five_failures(client, member):
    for _attempt in range(4):
        response = client.post(LOGIN, {"username": "mia", "password": "wrong"})
        assert response.status_code == 200
    client.post(LOGIN, {"username": "mia", "password": "wrong"})  # the fifth failure
    # The sixth attempt is refused even with the right password.
    response = client.post(LOGIN, {"username": "mia", "password": PASSWORD})
    assert response.status_code == settings.AXES_HTTP_RESPONSE_CODE == 429
    html = response.content.decode()
    assert "Too many failed attempts" in html
    assert '<header class="site-header">' in html  # the site's layout
    assert logged_in_user_id(client) is None
    # The lock is for this username from this address: another address can still log in.
    elsewhere = Client(REMOTE_ADDR="192.0.2.44")
    response = elsewhere.post(LOGIN, {"username": "mia", "password": PASSWORD})
    assert response.status_code == 302
    assert logged_in_user_id(elsewhere) == str(member.pk)


def test_failures_for_another_username_do_not_lock_a_member_out(client, member):
    for _attempt in range(6):
        client.post(LOGIN, {"username": "someone-else", "password": "wrong"})
    response = client.post(LOGIN, {"username": "mia", "password": PASSWORD})
    assert response.status_code == 302


# Password links and sessions -----------------------------------------------------------------


def link_in(message):
    found = re.search(
        r"https?://testserver(/(?:en|fr|es|pt|de|nl)/accounts/reset/[\w-]+/[\w-]+/)", message.body
    )
    assert found, message.body
    return found.group(1)


def set_password_with(client, link, password=NEW_PASSWORD):
    response = client.get(link)
    assert response.status_code == 302  # to the same page without the token in the address
    form_url = response["Location"]
    assert form_url.endswith("/set-password/")
    page = client.get(form_url)
    assert "Choose your password" in page.content.decode()
    response = client.post(form_url, {"new_password1": password, "new_password2": password})
    assert response.status_code == 302, response.content.decode()
    return response


def test_a_password_reset_link_works_once(client, member):
    response = client.post("/en/accounts/password_reset/", {"email": "mia@example.org"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    link = link_in(mail.outbox[0])
    assert link.startswith("/en/accounts/reset/")

    set_password_with(client, link)
    member.refresh_from_db()
    assert member.check_password(NEW_PASSWORD)

    again = Client().get(link, follow=True)
    assert again.status_code == 200
    html = again.content.decode()
    assert "This link no longer works" in html
    assert 'name="new_password1"' not in html


def test_sessions_end_with_the_browser_and_last_eight_hours(client, member):
    assert settings.SESSION_EXPIRE_AT_BROWSER_CLOSE is True
    assert settings.SESSION_COOKIE_AGE == 8 * 60 * 60
    response = client.post(LOGIN, {"username": "mia", "password": PASSWORD})
    cookie = response.cookies[settings.SESSION_COOKIE_NAME]
    assert cookie["expires"] == "" and cookie["max-age"] == ""  # a browser-session cookie
    assert cookie["httponly"] and cookie["secure"]
    session = Session.objects.get(session_key=cookie.value)
    lasts = session.expire_date - timezone.now()
    assert 8 * 3600 - 60 < lasts.total_seconds() <= 8 * 3600


# Invitations ---------------------------------------------------------------------------------

INVITE = "/admin/members/membership/invite/"


@pytest.fixture
def staff_editor(django_user_model):
    staff = django_user_model.objects.create_user("sam", "sam@example.org", "pw", is_staff=True)
    staff.user_permissions.set(Permission.objects.filter(content_type__app_label="members"))
    return staff


def invite(client, organisation, email="nina@example.org", language="en", role="editor"):
    return client.post(
        INVITE,
        {
            "email": email,
            "first_name": "Nina",
            "last_name": "Novak",
            "organisation": organisation.pk,
            "role": role,
            "language": language,
        },
    )


def test_an_editor_invites_a_person_who_sets_a_password_and_logs_in(
    client, django_user_model, staff_editor, alpha
):
    client.force_login(staff_editor)
    page = client.get(INVITE)
    assert page.status_code == 200
    for name in ("email", "first_name", "last_name", "organisation", "role", "language"):
        assert f'name="{name}"' in page.content.decode()
    response = invite(client, alpha, email="Nina@Example.org")
    assert response.status_code == 302
    assert response["Location"] == "/admin/members/membership/"

    nina = django_user_model.objects.get(email="nina@example.org")
    assert (nina.username, nina.first_name, nina.last_name) == ("nina@example.org", "Nina", "Novak")
    assert not nina.has_usable_password()
    membership = nina.membership
    assert (membership.organisation, membership.role) == (alpha, Membership.Role.EDITOR)
    assert membership.invited_at is not None
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["nina@example.org"]
    assert "Alpha Metals" in message.subject and "Hello Nina" in message.body
    link = link_in(message)
    assert link.startswith("/en/accounts/reset/")

    person = Client()
    set_password_with(person, link)
    response = person.post(LOGIN, {"username": "nina@example.org", "password": NEW_PASSWORD})
    assert response.status_code == 302 and response["Location"] == "/en/my/organisation/"
    page = person.get("/en/my/organisation/", follow=True)
    assert page.status_code == 200
    assert page.redirect_chain[-1][0] == "/en/my/organisations/alpha-metals/"
    assert "Edit the profile" in page.content.decode()

    again = Client().get(link, follow=True).content.decode()
    assert "This link no longer works" in again


def test_a_french_invitation_links_to_the_french_pages(client, staff_editor, alpha):
    client.force_login(staff_editor)
    assert invite(client, alpha, language="fr", role="viewer").status_code == 302
    link = link_in(mail.outbox[0])
    assert link.startswith("/fr/accounts/reset/")
    response = Client().get(link)
    assert response.status_code == 302
    assert response["Location"].startswith("/fr/accounts/reset/")


@pytest.mark.parametrize(
    ("language", "subject"),
    [
        ("es", "Su cuenta para Alpha Metals"),
        ("de", "Alpha Metals"),
        ("nl", "Alpha Metals"),
    ],
)
def test_an_invitation_is_written_in_the_language_the_editor_picks(
    client, staff_editor, alpha, language, subject
):
    client.force_login(staff_editor)
    assert invite(client, alpha, language=language, role="viewer").status_code == 302
    message = mail.outbox[0]
    assert link_in(message).startswith(f"/{language}/accounts/reset/")
    with translation.override(language):
        expected = render_to_string(
            "members/email/invitation_subject.txt", {"organisation": alpha}
        ).strip()
    assert message.subject == expected and subject in expected
    assert "Your account" not in message.subject and "Hello" not in message.body


def test_a_second_invitation_for_an_existing_email_is_refused(
    client, django_user_model, staff_editor, alpha, member
):
    client.force_login(staff_editor)
    response = invite(client, alpha, email="MIA@example.org")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Someone with this address has an account already." in html
    assert django_user_model.objects.filter(email__iexact="mia@example.org").count() == 1
    assert Membership.objects.count() == 1
    assert mail.outbox == []


def test_only_editors_with_the_members_permissions_invite(client, django_user_model, alpha):
    staff = django_user_model.objects.create_user("pat", "pat@example.org", "pw", is_staff=True)
    client.force_login(staff)
    assert client.get(INVITE).status_code == 403
    assert invite(client, alpha).status_code == 403
    assert not django_user_model.objects.filter(email="nina@example.org").exists()
    assert mail.outbox == []
