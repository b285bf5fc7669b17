"""The demo logins that `make run` prints end to end: full addresses on the host and port it
serves on (HOST and PORT, as the Makefile passes them), not bare paths."""

import io
import re

import pytest
from django.core.management import call_command

import config.demo_accounts

pytestmark = pytest.mark.django_db


def printed_logins(monkeypatch, tmp_path, command=False, **env):
    monkeypatch.setattr(config.demo_accounts, "ACCOUNTS_FILE", tmp_path / "demo-accounts.json")
    for name in ("HOST", "PORT"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    if command:  # the whole demo, as `make run` loads it
        out = io.StringIO()
        call_command("seed_demo", stdout=out)
        text = out.getvalue()
    else:
        config.demo_accounts.seed(None)
        text = config.demo_accounts.logins()
    return re.findall(r"log in at (\S+)", text)


def test_the_logins_are_full_addresses_on_the_default_host_and_port(monkeypatch, tmp_path):
    assert printed_logins(monkeypatch, tmp_path, command=True) == [
        "http://127.0.0.1:8000/admin/login/",
        "http://127.0.0.1:8000/en/accounts/login/",
    ]


def test_the_logins_follow_host_and_port(monkeypatch, tmp_path):
    assert printed_logins(monkeypatch, tmp_path, HOST="localhost", PORT="8055") == [
        "http://localhost:8055/admin/login/",
        "http://localhost:8055/en/accounts/login/",
    ]
    assert printed_logins(monkeypatch, tmp_path, HOST="0.0.0.0", PORT="9000")[0] == (
        "http://127.0.0.1:9000/admin/login/"
    )
    assert printed_logins(monkeypatch, tmp_path, HOST="::1", PORT="9000")[0] == (
        "http://[::1]:9000/admin/login/"
    )
