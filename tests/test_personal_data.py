"""People's own data: "Download my data" (the JSON of everything the Hub holds about a person),
"Delete my account" (the organisation's records kept, authored by "a former user"), the same two
as actions of the admin's list of accounts, and the privacy section that says what is kept.

django-axes' backend needs the request: these tests log in through the login form or with
client.force_login(), never client.login()."""

import json

import pytest
from axes.models import AccessAttempt, AccessLog
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.test import Client
from django.utils import timezone
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

from alerts.models import Alert, Delivery, Subscriber
from checks.models import Answer, Check, Question
from config import personal_data
from guidance.models import ReadingList
from members import profiles
from members.models import Membership, Organisation

pytestmark = pytest.mark.django_db

LOGIN = "/en/accounts/login/"
DATA = "/en/accounts/data/"
DELETE = "/en/accounts/delete/"
USERS = "/admin/auth/user/"
PASSWORD = "Quartz-Lantern-Ferry-42"


# The people and what the Hub holds about them ---------------------------------------------------


def person(username, organisation, role=Membership.Role.EDITOR):
    user = get_user_model().objects.create_user(
        username, f"{username}@example.org", PASSWORD, first_name=username.title()
    )
    Membership.objects.create(user=user, organisation=organisation, role=role)
    return user


def give_data(user, organisation, word):
    """One of each kind of thing the Hub keeps about a person, each marked with `word`."""
    organisation.description = f"Described by {word}."
    organisation.contact_email = user.email
    profiles.save_profile(organisation, loaded_version=organisation.version, user=user)
    check = Check.objects.create(organisation=organisation, created_by=user)
    Answer.objects.create(
        due_diligence_check=check, question=Question.objects.first(), value="partly", note=word
    )
    ReadingList.objects.create(organisation=organisation, query=f"tier={word}", saved_by=user)
    subscriber = Subscriber.objects.create(email=user.email)
    search = Alert.objects.create(subscriber=subscriber, query=f"q={word}", language="en")
    Delivery.objects.create(alert=search, resources=[1], sent_at=timezone.now())
    Alert.objects.create(subscriber=subscriber, user=user, language="fr")
    # A sign-in through the form, which django-axes records under the username.
    assert (
        Client().post(LOGIN, {"username": user.username, "password": PASSWORD}).status_code == 302
    )


@pytest.fixture
def alpha():
    return Organisation.objects.create(name="Alpha Metals", pillar="supply-chain-actor")


@pytest.fixture
def beta():
    return Organisation.objects.create(name="Beta Refining", pillar="supply-chain-actor")


@pytest.fixture
def mia(alpha):
    user = person("mia", alpha)
    give_data(user, alpha, "mia-word")
    return user


@pytest.fixture
def bob(beta):
    user = person("bob", beta)
    give_data(user, beta, "bob-word")
    return user


@pytest.fixture
def colleague(alpha):
    """Mia's colleague, who reads Alpha's history after she is gone."""
    return person("vic", alpha, Membership.Role.VIEWER)


@pytest.fixture
def mia_client(mia):
    client = Client()
    client.force_login(mia)
    return client


def with_second_factor(client, user):
    """Signed in as having given an authenticator app's code, which staff must
    (tests/test_two_factor.py tests the code itself)."""
    device = TOTPDevice.objects.create(user=user, name="app", confirmed=True)
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return client


@pytest.fixture
def secretariat(django_user_model):
    user = django_user_model.objects.create_superuser("sec", "sec@example.org", PASSWORD)
    return with_second_factor(Client(), user)


def downloaded(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="eprm-hub-data-')
    return json.loads(response.content)


def assert_mia_is_gone_and_alpha_kept(alpha, colleague):
    """What a deletion must leave, by either path."""
    User = get_user_model()
    assert not User.objects.filter(username="mia").exists()
    assert not Membership.objects.filter(user__username="mia").exists()
    former = User.objects.get(username=personal_data.FORMER_USER)
    assert (former.is_active, former.has_usable_password(), former.email) == (False, False, "")
    # The organisation and its records stay, authored by the former user.
    alpha.refresh_from_db()
    assert alpha.description == "Described by mia-word."
    assert alpha.history.filter(history_user=former).count() == 1
    check = Check.objects.get(organisation=alpha)
    assert check.created_by == former and check.answers.get().note == "mia-word"
    assert ReadingList.objects.get(organisation=alpha).saved_by == former
    # What was hers alone is gone: her address's alerts, the digest, her sign-ins.
    assert not Subscriber.objects.filter(email="mia@example.org").exists()
    assert not Alert.objects.filter(query="q=mia-word").exists()
    assert not AccessLog.objects.filter(username="mia").exists()
    # Her colleague sees her change as a former user's, on the organisation's history page.
    client = Client()
    client.force_login(colleague)
    page = client.get(f"/en/my/organisations/{alpha.slug}/history/").content.decode()
    assert "· a former user</h2>" in page and "· Mia</h2>" not in page


def assert_bob_untouched(beta):
    bob = get_user_model().objects.get(username="bob")
    assert bob.membership.organisation == beta
    assert beta.history.filter(history_user=bob).count() == 1
    assert Check.objects.get(organisation=beta).created_by == bob
    assert Alert.objects.filter(subscriber__email="bob@example.org").count() == 2
    assert AccessLog.objects.filter(username="bob").exists()


# Download my data ------------------------------------------------------------------------------


def test_the_download_holds_each_kind_of_the_users_data(mia_client, mia, alpha, bob):
    data = downloaded(mia_client.get(DATA))
    assert data["format"] == "eprm-hub-personal-data/1"
    account = data["account"]
    assert (account["username"], account["first_name"], account["email"]) == (
        "mia",
        "Mia",
        "mia@example.org",
    )
    assert account["date_joined"] and account["last_login"]
    assert [(m["organisation"], m["role"]) for m in data["memberships"]] == [
        ("Alpha Metals", "editor")
    ]
    assert [c["organisation"] for c in data["named_as_organisation_contact"]] == ["Alpha Metals"]
    (change,) = data["changes"]
    assert (change["model"], change["object"], change["type"]) == (
        "members.Organisation",
        "Alpha Metals",
        "changed",
    )
    assert {"description", "contact_email"} <= set(change["fields_changed"])
    (check,) = data["checks_started"]
    assert check["organisation"] == "Alpha Metals"
    assert [(a["answer"], a["note"]) for a in check["answers"]] == [("partly", "mia-word")]
    assert [r["path"] for r in data["reading_lists_saved"]] == ["tier=mia-word"]
    (address,) = data["alerts"]
    assert address["email"] == "mia@example.org"
    kinds = sorted((a["kind"], a["search"], len(a["emails_sent"])) for a in address["alerts"])
    assert kinds == [("organisation digest", "", 0), ("search", "q=mia-word", 1)]
    # The form's sign-in, and the test client's own (with no address).
    assert "127.0.0.1" in [s["ip_address"] for s in data["sign_ins"]["successful"]]
    assert data["editor"]["admin_log"] == [] and data["editor"]["imports"] == []


def test_the_download_holds_nothing_of_another_user(mia_client, mia, bob):
    text = mia_client.get(DATA).content.decode()
    for theirs in ("bob", "Bob", "Beta Refining"):
        assert theirs not in text
    assert "mia-word" in text


def test_the_download_holds_no_link_codes_or_password(mia_client, mia):
    text = mia_client.get(DATA).content.decode()
    for secret in [
        mia.password,
        *Alert.objects.values_list("token", flat=True),
        *Subscriber.objects.values_list("token", flat=True),
    ]:
        assert secret not in text


def test_the_download_is_not_kept_by_caches_and_is_get_only(mia_client, mia):
    response = mia_client.get(DATA)
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert mia_client.post(DATA).status_code == 405


def test_an_editor_without_an_organisation_gets_their_changes(django_user_model, alpha):
    editor = django_user_model.objects.create_user("ed", "ed@example.org", PASSWORD, is_staff=True)
    alpha.website = "https://alpha.example.org/"
    profiles.save_profile(alpha, loaded_version=alpha.version, user=editor)
    data = downloaded(with_second_factor(Client(), editor).get(DATA))
    assert data["memberships"] == [] and data["alerts"] == []
    assert data["account"]["is_staff"] and data["account"]["two_factor"]
    assert [c["fields_changed"] for c in data["changes"]] == [["website"]]


def test_two_factor_sign_in_is_said_and_goes_with_the_account(mia_client, mia):
    assert downloaded(mia_client.get(DATA))["account"]["two_factor"] is False
    TOTPDevice.objects.create(user=mia, name="app", confirmed=True)
    mia_client = with_second_factor(Client(), mia)
    assert downloaded(mia_client.get(DATA))["account"]["two_factor"] is True
    mia_client.post(DELETE, {"password": PASSWORD})
    assert not TOTPDevice.objects.filter(user_id=mia.pk).exists()


@pytest.mark.parametrize("url", [DATA, DELETE])
def test_anonymous_visitors_are_sent_to_the_login(client, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"] == f"{LOGIN}?next={url}"


def test_the_account_page_links_both_pages(mia_client, client):
    html = mia_client.get("/en/about/").content.decode()
    assert '<a href="/en/accounts/two-factor/">My account</a>' in html  # in every page's menu
    assert "My account" not in client.get("/en/about/").content.decode()
    html = mia_client.get("/en/accounts/two-factor/").content.decode()
    assert f'<a href="{DATA}">Download my data</a>' in html
    assert f'<a href="{DELETE}">Delete my account</a>' in html


# Delete my account -----------------------------------------------------------------------------


def test_the_delete_page_says_what_goes_and_asks_for_the_password(mia_client, mia):
    response = mia_client.get(DELETE)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Delete my account</h1>" in html
    assert "Your place in Alpha Metals" in html and "“a former user”" in html
    assert 'type="password" name="password"' in html and 'autocomplete="current-password"' in html
    assert f'href="{DATA}"' in html
    assert get_user_model().objects.filter(pk=mia.pk).exists()


def test_a_get_never_deletes_even_with_the_password(mia_client, mia):
    assert mia_client.get(DELETE, {"password": PASSWORD}).status_code == 200
    assert get_user_model().objects.filter(pk=mia.pk).exists()


@pytest.mark.parametrize("password", ["", "not-my-password", PASSWORD.lower()])
def test_a_wrong_password_deletes_nothing(mia_client, mia, password):
    response = mia_client.post(DELETE, {"password": password})
    assert response.status_code == 400
    html = response.content.decode()
    assert "That is not your password." in html or "This field is required." in html
    assert get_user_model().objects.filter(pk=mia.pk, is_active=True).exists()
    assert Membership.objects.filter(user=mia).exists()
    assert mia_client.session.get("_auth_user_id") == str(mia.pk)  # still signed in


def test_wrong_passwords_count_towards_the_login_pause(mia_client, mia):
    for _attempt in range(2):
        mia_client.post(DELETE, {"password": "guess"})
    assert AccessAttempt.objects.get(username="mia").failures_since_start == 2


def test_deleting_the_account_keeps_the_organisations_records(
    mia_client, mia, alpha, bob, beta, colleague
):
    response = mia_client.post(DELETE, {"password": PASSWORD})
    assert response.status_code == 302 and response["Location"] == "/en/"
    assert "_auth_user_id" not in mia_client.session
    assert "Your account is deleted." in mia_client.get("/en/").content.decode()
    assert_mia_is_gone_and_alpha_kept(alpha, colleague)
    assert_bob_untouched(beta)


def test_every_deleted_account_shares_the_one_former_user(mia_client, mia, bob):
    mia_client.post(DELETE, {"password": PASSWORD})
    bob_client = Client()
    bob_client.force_login(bob)
    bob_client.post(DELETE, {"password": PASSWORD})
    assert list(get_user_model().objects.values_list("username", flat=True)) == ["former-user"]


def test_nobody_can_sign_in_as_the_former_user(mia_client, mia):
    mia_client.post(DELETE, {"password": PASSWORD})
    response = Client().post(LOGIN, {"username": "former-user", "password": ""})
    assert response.status_code == 200 and "_auth_user_id" not in response.wsgi_request.session


def test_every_relation_to_an_account_has_a_decision():
    """A new foreign key to the user model must be added to personal_data.RELATIONS (and to
    what gather() exports)."""
    found = {label for _model, _field, label in personal_data.relations()}
    assert found - set(personal_data.RELATIONS) == set()


# The editors' actions --------------------------------------------------------------------------


def act(client, action, user, follow=False, **extra):
    data = {"action": action, "_selected_action": [user.pk], **extra}
    return client.post(USERS, data, follow=follow)


def test_an_editor_downloads_someones_data_from_the_list(secretariat, mia, bob):
    data = downloaded(act(secretariat, "download_action", mia))
    assert data["account"]["username"] == "mia" and "bob-word" not in json.dumps(data)


def test_the_download_action_takes_one_account(secretariat, mia, bob):
    response = secretariat.post(
        USERS, {"action": "download_action", "_selected_action": [mia.pk, bob.pk]}, follow=True
    )
    assert "Choose one account to download its data." in response.content.decode()
    assert response["Content-Type"].startswith("text/html")


def test_an_editor_deletes_an_account_after_confirming(
    secretariat, mia, alpha, beta, bob, colleague
):
    page = act(secretariat, "delete_action", mia)
    assert page.status_code == 200
    html = page.content.decode()
    assert "Delete the account “mia” (mia@example.org)" in html
    assert "Their membership of Alpha Metals." in html
    assert 'name="confirm" value="yes"' in html
    assert get_user_model().objects.filter(pk=mia.pk).exists()  # not before confirming
    response = act(secretariat, "delete_action", mia, confirm="yes")
    assert response.status_code == 302
    assert "is deleted" in secretariat.get(response["Location"]).content.decode()
    assert_mia_is_gone_and_alpha_kept(alpha, colleague)
    assert_bob_untouched(beta)


def test_the_admin_keeps_the_former_user_and_the_editors_own_account(secretariat, mia):
    mia_client = Client()
    mia_client.force_login(mia)
    mia_client.post(DELETE, {"password": PASSWORD})
    former = get_user_model().objects.get(username="former-user")
    response = act(secretariat, "delete_action", former, confirm="yes", follow=True)
    assert "This account stands for deleted accounts" in response.content.decode()
    me = get_user_model().objects.get(username="sec")
    response = act(secretariat, "delete_action", me, confirm="yes", follow=True)
    assert "Delete your own account from" in response.content.decode()
    assert get_user_model().objects.filter(pk__in=[former.pk, me.pk]).count() == 2


def test_the_admins_own_delete_button_keeps_the_records_too(secretariat, mia, alpha, colleague):
    assert 'value="delete_selected"' not in secretariat.get(USERS).content.decode()
    response = secretariat.post(f"{USERS}{mia.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    assert_mia_is_gone_and_alpha_kept(alpha, colleague)
    former = get_user_model().objects.get(username="former-user")
    assert secretariat.get(f"{USERS}{former.pk}/delete/").status_code == 403


def test_an_editor_who_may_not_delete_accounts_cannot(django_user_model, mia):
    viewer = django_user_model.objects.create_user("eve", password=PASSWORD, is_staff=True)
    viewer.user_permissions.set(Permission.objects.filter(codename="view_user"))
    client = Client()
    client.force_login(viewer)
    assert 'value="delete_action"' not in client.get(USERS).content.decode()
    act(client, "delete_action", mia, confirm="yes")
    assert get_user_model().objects.filter(pk=mia.pk).exists()


# The privacy section ---------------------------------------------------------------------------


def test_the_privacy_section_says_what_is_kept_and_for_how_long(client):
    html = client.get("/en/about/").content.decode()
    for said in [
        "<strong>Accounts</strong> are kept until they are deleted",
        "its changes stay, shown as made by “a former user”",
        "<strong>Search counts</strong> are deleted after 13 months.",
        "<strong>E-mail alerts</strong> are kept until they are deleted",
        "<strong>Server logs</strong> (the connection's address, the page asked for, the "
        "browser) are deleted after 14 days.",
        "kept for 14 days, the weekly ones for 8 weeks and the monthly ones for 12 months",
        "(“Download my data”, a JSON file)",
    ]:
        assert said in html, said
