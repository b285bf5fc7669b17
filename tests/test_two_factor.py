"""Two-factor sign-in (config/two_factor/): staff must set up an authenticator app before the
admin opens, members may; codes are real TOTP codes computed here from the device's key.

The tests run with the requirement on (OTP_REQUIRED_FOR_STAFF, which is always on with DEBUG
off): the rest of the suite runs with DEBUG on, where staff log in with a password alone."""

import os
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path
from urllib.parse import quote

import lxml.html
import pytest
from django.contrib.admin.models import LogEntry
from django.contrib.auth.models import Permission
from django.test import Client
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from config.two_factor import devices
from members.models import Membership, Organisation

pytestmark = pytest.mark.django_db

PASSWORD = "Quartz-Lantern-Ferry-42"
ADMIN_LOGIN = "/admin/login/"
LOGIN = "/en/accounts/login/"
ACCOUNT = "/en/accounts/two-factor/"
ENROL = "/en/accounts/two-factor/set-up/"
VERIFY = "/en/accounts/two-factor/code/"


@pytest.fixture(autouse=True)
def required(settings):
    settings.OTP_REQUIRED_FOR_STAFF = True


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("ed", "ed@example.org", PASSWORD, is_staff=True)
    user.user_permissions.set(Permission.objects.filter(content_type__app_label="resources"))
    return user


@pytest.fixture
def member(django_user_model):
    organisation = Organisation.objects.create(name="Alpha Metals", pillar="supply-chain-actor")
    user = django_user_model.objects.create_user("mia", "mia@example.org", PASSWORD)
    Membership.objects.create(user=user, organisation=organisation, role=Membership.Role.EDITOR)
    return user


def app_of(user):
    """A confirmed authenticator app, as enrolment leaves it."""
    return TOTPDevice.objects.create(user=user, name=devices.APP, confirmed=True)


def code(device, steps=0):
    """The code the person's app shows now (steps=-5: the one it showed 2.5 minutes ago)."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time() + steps * device.step
    return f"{totp.token():0{device.digits}d}"


def wrong_code(device):
    """Six digits that are no code of the window the device accepts."""
    accepted = {code(device, steps) for steps in (-2, -1, 0, 1, 2)}
    return next(c for c in (f"{n:06d}" for n in range(1000, 2000)) if c not in accepted)


def wait_out_the_pause(device):
    """As if the throttling delay had passed: the last failure moved back by it."""
    device.refresh_from_db()
    delay = device.get_throttle_factor() * 2 ** (device.throttling_failure_count - 1)
    device.throttling_failure_timestamp -= timedelta(seconds=delay)
    device.save(update_fields=["throttling_failure_timestamp"])


def password_login(client, user, at=ADMIN_LOGIN, next_page="/admin/"):
    response = client.post(at, {"username": user.username, "password": PASSWORD, "next": next_page})
    assert response.status_code == 302, response.content.decode()
    assert client.session["_auth_user_id"] == str(user.pk)
    return response


def give(client, value, next_page="/admin/"):
    return client.post(f"{VERIFY}?next={quote(next_page)}", {"code": value, "next": next_page})


def verified(client, user):
    """A session that gave its code (what django_otp.login records), for pages beyond the step."""
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first() or app_of(user)
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return client


def opens_admin(client):
    return client.get("/admin/").status_code == 200


def error_of(response):
    return lxml.html.fromstring(response.content).xpath("string(//*[@role='alert'])").strip()


# Staff without an app: enrolment before anything else ---------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "/admin/",
        "/admin/resources/resource/",
        "/admin/resources/resource/add/",
        "/admin/auth/user/",
        "/admin/password_change/",
        "/admin/resources/resource/desk/",
        "/en/resources/",  # the site too: staff see drafts there
        "/en/accounts/two-factor/",
    ],
)
def test_staff_without_an_app_are_taken_to_enrolment_from_every_page(client, editor, path):
    password_login(client, editor)
    response = client.get(path)
    assert response.status_code == 302, path
    assert response["Location"] == f"{ENROL}?next={quote(path, safe='')}"


def test_staff_without_an_app_cannot_post_to_the_admin(client, editor):
    password_login(client, editor)
    response = client.post("/admin/resources/resource/add/", {"title": "Sneaked in"})
    assert response.status_code == 302 and response["Location"].startswith(ENROL)
    assert not LogEntry.objects.exists()


def test_they_can_still_log_out(client, editor):
    password_login(client, editor)
    response = client.post("/admin/logout/")
    assert response.status_code == 302 and response["Location"] == "/en/"
    assert "_auth_user_id" not in client.session


def test_enrolment_shows_the_qr_code_and_the_key_then_a_right_code_opens_the_admin(client, editor):
    password_login(client, editor)
    page = client.get(f"{ENROL}?next=/admin/")
    assert page.status_code == 200
    device = TOTPDevice.objects.get(user=editor)
    assert not device.confirmed
    html = lxml.html.fromstring(page.content)
    figure = html.xpath("//figure[@class='qr-code']")[0]
    assert figure.xpath(".//*[local-name()='svg']"), "the QR code is an inline SVG"
    key = figure.xpath("string(.//code)").replace(" ", "")
    assert key == devices.secret(device).replace(" ", "") and len(key) == 32
    assert client.get(ENROL).status_code == 200
    assert TOTPDevice.objects.get(user=editor).key == device.key  # the same key on a reload

    response = client.post(f"{ENROL}?next=/admin/", {"code": code(device), "next": "/admin/"})
    assert response.status_code == 200
    shown = lxml.html.fromstring(response.content).xpath("//ol[@class='recovery-codes']//code")
    codes = [element.text for element in shown]
    assert len(codes) == 10 == len(set(codes))
    stored = StaticToken.objects.filter(device__user=editor).values_list("token", flat=True)
    assert sorted(stored) == sorted(codes)
    device.refresh_from_db()
    assert device.confirmed
    assert opens_admin(client)
    assert client.get("/admin/resources/resource/").status_code == 200


def test_a_wrong_code_does_not_finish_enrolment(client, editor):
    password_login(client, editor)
    client.get(ENROL)
    device = TOTPDevice.objects.get(user=editor)
    response = client.post(ENROL, {"code": wrong_code(device)})
    assert response.status_code == 400
    assert "This code is not right" in response.content.decode()
    device.refresh_from_db()
    assert not device.confirmed
    assert not StaticDevice.objects.filter(user=editor).exists()
    assert client.get("/admin/")["Location"].startswith(ENROL)


def test_an_empty_or_endless_code_is_a_clear_400(client, editor):
    password_login(client, editor)
    client.get(ENROL)
    for value in ("", "1" * 500):
        response = client.post(ENROL, {"code": value})
        assert response.status_code == 400
        assert 'class="field field--error"' in response.content.decode()


# Staff with an app: the code after the password -----------------------------------------------


def test_the_password_alone_does_not_open_the_admin(client, editor):
    app_of(editor)
    password_login(client, editor)
    response = client.get("/admin/resources/resource/")
    assert response.status_code == 302
    assert response["Location"] == f"{VERIFY}?next=%2Fadmin%2Fresources%2Fresource%2F"
    page = client.get(response["Location"])
    assert page.status_code == 200 and "<h1>Enter your code</h1>" in page.content.decode()


def test_a_right_code_opens_the_admin(client, editor):
    device = app_of(editor)
    password_login(client, editor)
    response = give(client, code(device), next_page="/admin/resources/resource/")
    assert response.status_code == 302
    assert response["Location"] == "/admin/resources/resource/"
    page = client.get("/admin/resources/resource/")
    assert page.status_code == 200
    assert client.session[DEVICE_ID_SESSION_KEY] == device.persistent_id
    # The admin's header leads to the account page, where the app is managed.
    assert f'<a href="{ACCOUNT}">My account</a>' in page.content.decode()


def test_a_code_written_with_spaces_is_understood(client, editor):
    device = app_of(editor)
    password_login(client, editor)
    right = code(device)
    assert give(client, f" {right[:3]} {right[3:]} ").status_code == 302
    assert opens_admin(client)


def test_a_wrong_code_is_refused(client, editor):
    device = app_of(editor)
    password_login(client, editor)
    response = give(client, wrong_code(device))
    assert response.status_code == 400
    assert "This code is not right, or it has been used already." in response.content.decode()
    assert not opens_admin(client)


def test_an_old_code_is_refused(client, editor):
    device = app_of(editor)
    password_login(client, editor)
    old = code(device, steps=-5)  # two and a half minutes ago: outside the one-step tolerance
    assert old not in {code(device, steps) for steps in (-1, 0, 1)}
    assert give(client, old).status_code == 400
    assert not opens_admin(client)


def test_a_code_works_once(client, editor):
    device = app_of(editor)
    right = code(device)
    password_login(client, editor)
    assert give(client, right).status_code == 302
    assert opens_admin(client)

    other = Client(REMOTE_ADDR="192.0.2.7")  # someone who saw the code, in another browser
    password_login(other, editor)
    response = give(other, right)
    assert response.status_code == 400
    assert not opens_admin(other)
    device.refresh_from_db()
    assert device.last_t >= int(time.time()) // device.step - 1


def test_a_recovery_code_works_once(client, editor):
    app_of(editor)
    codes = devices.new_recovery_codes(editor)
    password_login(client, editor)
    response = give(client, codes[3].upper())  # as read aloud or typed from a printout
    assert response.status_code == 302
    page = client.get("/admin/")
    assert page.status_code == 200
    assert "You used a recovery code: 9 are left." in page.content.decode()
    assert devices.recovery_codes_left(editor) == 9

    other = Client(REMOTE_ADDR="192.0.2.7")
    password_login(other, editor)
    assert give(other, codes[3]).status_code == 400
    assert not opens_admin(other)
    wait_out_the_pause(StaticDevice.objects.get(user=editor))
    assert give(other, codes[4]).status_code == 302
    assert devices.recovery_codes_left(editor) == 8


def test_an_app_cannot_be_replaced_with_the_password_alone(client, editor):
    device = app_of(editor)
    password_login(client, editor)
    response = client.get(ENROL)
    assert response.status_code == 302 and response["Location"].startswith(VERIFY)
    assert client.post(ENROL, {"code": "123456"})["Location"].startswith(VERIFY)
    assert list(TOTPDevice.objects.filter(user=editor)) == [device]
    # Nor can new recovery codes be had, nor the app turned off.
    response = client.post("/en/accounts/two-factor/recovery-codes/")
    assert response.status_code == 302 and response["Location"].startswith(VERIFY)
    assert client.post("/en/accounts/two-factor/turn-off/", {"code": "123456"}).status_code == 302
    assert TOTPDevice.objects.filter(user=editor).exists()


def test_the_code_step_leads_only_to_this_site(client, editor):
    device = app_of(editor)
    password_login(client, editor)
    response = give(client, code(device), next_page="https://evil.example/admin/")
    assert response.status_code == 302
    assert response["Location"] == "/en/my/organisation/"  # then on to the admin


# Throttling -----------------------------------------------------------------------------------


def test_codes_are_throttled_after_wrong_ones(client, editor):
    device = app_of(editor)
    assert device.throttling_enabled  # OTP_TOTP_THROTTLE_FACTOR is not 0
    password_login(client, editor)

    assert give(client, wrong_code(device)).status_code == 400
    # Straight after a wrong code, the right one is refused too: one second's pause.
    response = give(client, code(device))
    assert response.status_code == 429
    assert response["Retry-After"] == "1"
    assert "Too many wrong codes. Wait 1 second, then try again." in error_of(response)
    assert not opens_admin(client)

    wait_out_the_pause(device)
    assert give(client, wrong_code(device)).status_code == 400
    response = give(client, code(device))  # the pause doubles: two seconds
    assert response.status_code == 429 and response["Retry-After"] == "2"
    device.refresh_from_db()
    assert device.throttling_failure_count == 2  # refused while throttled: not counted

    wait_out_the_pause(device)
    assert give(client, code(device)).status_code == 302
    assert opens_admin(client)
    device.refresh_from_db()
    assert device.throttling_failure_count == 0


def test_the_pause_holds_in_another_browser_too(client, editor):
    """Unlike the passwords' limit (django-axes: per username and address), a device's pause
    is its own: another address does not get a fresh set of tries."""
    device = app_of(editor)
    password_login(client, editor)
    for _failure in range(2):
        assert give(client, wrong_code(device)).status_code == 400
        wait_out_the_pause(device)
    assert give(client, wrong_code(device)).status_code == 400  # the third: four seconds
    elsewhere = Client(REMOTE_ADDR="192.0.2.99")
    password_login(elsewhere, editor)
    response = give(elsewhere, code(device))
    assert response.status_code == 429 and response["Retry-After"] == "4"


def test_recovery_codes_are_throttled_on_their_own(client, editor):
    device = app_of(editor)
    codes = devices.new_recovery_codes(editor)
    password_login(client, editor)
    assert give(client, "aaaaaaaa").status_code == 400
    response = give(client, codes[0])
    assert response.status_code == 429
    assert devices.recovery_codes_left(editor) == 10  # not spent by a refused attempt
    assert give(client, code(device)).status_code == 302  # the app has a pause of its own


# Members ------------------------------------------------------------------------------------


def test_members_without_it_log_in_with_their_password(client, member):
    response = password_login(client, member, at=LOGIN, next_page="")
    assert response["Location"] == "/en/my/organisation/"
    assert client.get("/en/my/organisation/", follow=True).status_code == 200
    page = client.get(ACCOUNT)
    assert page.status_code == 200
    assert "Two-factor sign-in is off" in page.content.decode()
    assert f'href="{ENROL}"' in page.content.decode()


def test_my_organisation_links_to_it(client, member):
    password_login(client, member, at=LOGIN, next_page="")
    page = client.get("/en/my/organisations/alpha-metals/")
    assert f'href="{ACCOUNT}"' in page.content.decode()


def test_a_member_can_turn_it_on_and_is_then_asked_for_a_code(client, member):
    password_login(client, member, at=LOGIN, next_page="")
    page = client.get(ENROL)
    assert page.status_code == 200 and "Editors sign in" not in page.content.decode()
    device = TOTPDevice.objects.get(user=member)
    response = client.post(ENROL, {"code": code(device)})
    assert response.status_code == 200 and "Two-factor sign-in is on." in response.content.decode()
    assert "Two-factor sign-in is on:" in client.get(ACCOUNT).content.decode()
    client.post("/en/accounts/logout/")

    response = password_login(client, member, at=LOGIN, next_page="")
    assert response["Location"] == "/en/my/organisation/"
    response = client.get("/en/my/organisation/")
    assert response["Location"] == f"{VERIFY}?next=%2Fen%2Fmy%2Forganisation%2F"
    assert client.get("/en/my/organisations/alpha-metals/").status_code == 302
    # The app's next code (within the one-step tolerance): the one given at enrolment is spent.
    response = give(client, code(device, steps=1), next_page="/en/my/organisation/")
    assert response["Location"] == "/en/my/organisation/"
    assert client.get("/en/my/organisations/alpha-metals/").status_code == 200


def test_a_member_turns_it_off_with_a_code(client, member):
    device = app_of(member)
    devices.new_recovery_codes(member)
    verified(client, member)
    page = client.post("/en/accounts/two-factor/turn-off/", {"code": wrong_code(device)})
    assert page.status_code == 400
    assert TOTPDevice.objects.filter(user=member).exists()
    wait_out_the_pause(device)
    response = client.post("/en/accounts/two-factor/turn-off/", {"code": code(device)})
    assert response.status_code == 302 and response["Location"] == ACCOUNT
    assert not TOTPDevice.objects.filter(user=member).exists()
    assert not StaticDevice.objects.filter(user=member).exists()
    client.post("/en/accounts/logout/")
    password_login(client, member, at=LOGIN, next_page="")
    assert client.get("/en/my/organisations/alpha-metals/").status_code == 200


def test_staff_who_turn_it_off_set_up_a_new_app_at_once(client, editor):
    device = app_of(editor)
    verified(client, editor)
    response = client.post("/en/accounts/two-factor/turn-off/", {"code": code(device)})
    assert response["Location"] == ENROL
    assert client.get("/admin/")["Location"].startswith(ENROL)


def test_new_recovery_codes_replace_the_old(client, member):
    app_of(member)
    old = devices.new_recovery_codes(member)
    verified(client, member)
    response = client.post("/en/accounts/two-factor/recovery-codes/")
    assert response.status_code == 200
    shown = lxml.html.fromstring(response.content).xpath("//ol[@class='recovery-codes']//code")
    new = [element.text for element in shown]
    assert len(new) == 10 and not set(new) & set(old)
    stored = set(StaticToken.objects.filter(device__user=member).values_list("token", flat=True))
    assert stored == set(new)


# Editors see who has it ------------------------------------------------------------------------


def test_the_users_list_shows_and_filters_who_has_it(client, editor, member, django_user_model):
    boss = django_user_model.objects.create_superuser("boss", "boss@example.org", PASSWORD)
    verified(client, boss)
    page = client.get("/admin/auth/user/")
    assert page.status_code == 200
    tree = lxml.html.fromstring(page.content)
    column = {
        row.xpath("string(.//th)").strip(): row.xpath(
            ".//td[contains(@class, 'field-two_factor')]//img/@alt"
        )[0]
        for row in tree.xpath("//table[@id='result_list']/tbody/tr")
    }
    assert column == {"boss": "True", "ed": "False", "mia": "False"}
    assert "Two-factor" in tree.xpath("string(//table[@id='result_list']/thead)")

    def listed(query):
        rows = lxml.html.fromstring(client.get(f"/admin/auth/user/?{query}").content)
        return {
            name.strip() for name in rows.xpath("//table[@id='result_list']/tbody/tr/th//text()")
        }

    assert listed("two_factor=on") == {"boss"}
    assert listed("two_factor=off") == {"ed", "mia"}
    assert listed("two_factor=%00") == {"boss", "ed", "mia"}


def test_editors_reset_it_for_someone_who_lost_their_phone(client, member, django_user_model):
    boss = django_user_model.objects.create_superuser("boss", "boss@example.org", PASSWORD)
    app_of(member)
    devices.new_recovery_codes(member)
    verified(client, boss)
    response = client.post(
        "/admin/auth/user/",
        {"action": "reset_two_factor", "_selected_action": [member.pk], "index": 0},
        follow=True,
    )
    assert "Two-factor sign-in reset for 1 user." in response.content.decode()
    assert not TOTPDevice.objects.filter(user=member).exists()
    assert not StaticDevice.objects.filter(user=member).exists()
    entry = LogEntry.objects.get(object_id=str(member.pk))
    assert entry.user == boss and entry.get_change_message() == "Reset two-factor sign-in."


def test_the_devices_have_no_admin_pages_of_their_own(client, django_user_model):
    boss = django_user_model.objects.create_superuser("boss", "boss@example.org", PASSWORD)
    verified(client, boss)
    assert client.get("/admin/otp_totp/totpdevice/").status_code == 404
    assert "otp_totp" not in client.get("/admin/").content.decode()


# The setting --------------------------------------------------------------------------------


def test_staff_may_skip_it_when_it_is_not_required(client, editor, settings):
    """DEBUG on, as under make run: the demo editor logs in with a password alone."""
    settings.OTP_REQUIRED_FOR_STAFF = False
    password_login(client, editor)
    assert opens_admin(client)


def test_staff_who_turned_it_on_are_asked_even_when_it_is_not_required(client, editor, settings):
    settings.OTP_REQUIRED_FOR_STAFF = False
    app_of(editor)
    password_login(client, editor)
    assert client.get("/admin/")["Location"].startswith(VERIFY)


def required_with(env):
    script = "from config import settings; print(settings.OTP_REQUIRED_FOR_STAFF)"
    environment = {**os.environ, "SECRET_KEY": "s" * 50, **env}
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=Path(__file__).resolve().parent.parent,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_it_is_required_whenever_debug_is_off():
    assert required_with({"DEBUG": "0"}) == "True"
    assert required_with({"DEBUG": "0", "OTP_REQUIRED_FOR_STAFF": "0"}) == "True"
    assert required_with({"DEBUG": "1"}) == "False"
    assert required_with({"DEBUG": "1", "OTP_REQUIRED_FOR_STAFF": "1"}) == "True"
