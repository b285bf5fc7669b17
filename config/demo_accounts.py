"""The demo accounts: one secretariat editor, one member user.

Their passwords are generated on first use and kept in var/demo-accounts.json (never
committed), so every `make run` prints the same logins.
"""

import json
import os
import secrets

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.urls import NoReverseMatch, reverse

ACCOUNTS_FILE = settings.BASE_DIR / "var" / "demo-accounts.json"
EDITORS_GROUP = "Secretariat editors"
# Editors curate the content of these apps, and the free keywords; they are not superusers.
EDITED_APPS = [*settings.CONTENT_APPS, "taggit"]


def seed(command):
    passwords = _passwords()
    editors = _editors_group()
    editor = _user(
        "editor",
        passwords["editor"],
        email="editor@example.org",
        first_name="Demo",
        last_name="Editor",
        is_staff=True,
    )
    editor.groups.add(editors)
    _user(
        "member",
        passwords["member"],
        email="member@example.org",
        first_name="Demo",
        last_name="Member",
        is_staff=False,
    )


def _passwords():
    stored = json.loads(ACCOUNTS_FILE.read_text()) if ACCOUNTS_FILE.exists() else {}
    changed = False
    for username in ("editor", "member"):
        if username not in stored:
            stored[username] = secrets.token_urlsafe(12)
            changed = True
    if changed:
        ACCOUNTS_FILE.parent.mkdir(parents=True, exist_ok=True)
        ACCOUNTS_FILE.write_text(json.dumps(stored, indent=2))
        ACCOUNTS_FILE.chmod(0o600)
    return stored


def _editors_group():
    group, _ = Group.objects.get_or_create(name=EDITORS_GROUP)
    wanted = set(Permission.objects.filter(content_type__app_label__in=EDITED_APPS))
    if set(group.permissions.all()) != wanted:
        group.permissions.set(wanted)
    return group


def _user(username, password, **fields):
    from django.contrib.auth import get_user_model

    user, created = get_user_model().objects.get_or_create(username=username, defaults=fields)
    if created or not user.check_password(password):
        user.set_password(password)
        user.save()
    return user


def logins():
    """The demo logins, to print at the end of seed_demo."""
    from django.contrib.auth import get_user_model

    users = get_user_model().objects.in_bulk(["editor", "member"], field_name="username")
    return _logins(users["editor"], users["member"], _passwords())


def server_url():
    """Where `make run` serves: http://HOST:PORT from the environment the Makefile passes on
    (default 127.0.0.1:8000). A server on every address is reached on the loopback one."""
    host = os.environ.get("HOST") or "127.0.0.1"
    port = os.environ.get("PORT") or "8000"
    host = {"0.0.0.0": "127.0.0.1", "::": "[::1]"}.get(host, host)
    if ":" in host and not host.startswith("["):
        host = f"[{host}]"  # an IPv6 address
    return f"http://{host}:{port}"


def _logins(editor, member, passwords):
    base = server_url()

    def url(name):
        try:
            return base + reverse(name)
        except NoReverseMatch:
            return None

    lines = [
        "",
        "Demo accounts (passwords kept in var/demo-accounts.json, not in git):",
        f"  secretariat editor  user {editor.username!r}  password {passwords['editor']!r}"
        f"  log in at {url('admin:login')}",
    ]
    member_login = url("login")
    lines.append(
        f"  member user         user {member.username!r}  password {passwords['member']!r}"
        + (f"  log in at {member_login}" if member_login else "")
    )
    return "\n".join(lines) + "\n"
