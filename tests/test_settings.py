import os
import subprocess
import sys

import pytest
from django.conf import settings

SETUP = "import django; django.setup(); print('started')"


def run_django(env_changes, code=SETUP, *args):
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings"}
    for name, value in env_changes.items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    return subprocess.run(
        [sys.executable, *(args or ["-c", code])],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_production_refuses_to_start_without_secret_key():
    result = run_django({"SECRET_KEY": None, "DEBUG": "0"})
    assert result.returncode == 1
    assert "started" not in result.stdout
    message = result.stderr.strip()
    assert len(message.splitlines()) == 1, message
    assert message.startswith("SECRET_KEY is not set: set SECRET_KEY")


def test_development_starts_without_secret_key():
    result = run_django({"SECRET_KEY": None, "DEBUG": "1"})
    assert result.returncode == 0, result.stderr
    assert "started" in result.stdout


def test_debug_must_be_a_boolean():
    result = run_django({"DEBUG": "perhaps"})
    assert result.returncode == 1
    assert result.stderr.strip() == "DEBUG='perhaps' is not a boolean: use 1 or 0."


def test_only_postgres_urls_are_accepted():
    result = run_django({"DATABASE_URL": "sqlite:///hub.db"})
    assert result.returncode == 1
    assert "must name a PostgreSQL database" in result.stderr


def test_environment_configures_hosts_and_email():
    code = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.ALLOWED_HOSTS, s.CSRF_TRUSTED_ORIGINS, s.EMAIL_BACKEND, s.EMAIL_HOST)"
    )
    result = run_django(
        {
            "ALLOWED_HOSTS": "hub.example.org, www.hub.example.org",
            "CSRF_TRUSTED_ORIGINS": "https://hub.example.org",
            "EMAIL_HOST": "smtp.example.org",
        },
        code,
    )
    assert result.returncode == 0, result.stderr
    assert "['hub.example.org', 'www.hub.example.org']" in result.stdout
    assert "['https://hub.example.org']" in result.stdout
    assert "django.core.mail.backends.smtp.EmailBackend smtp.example.org" in result.stdout


def test_production_settings_pass_the_deployment_checklist():
    result = run_django(
        {
            "DEBUG": "0",
            "SECRET_KEY": "a-long-random-production-key-" + "x7Qp2Lm9Vr4Ts8Yw3Zk6" * 2,
            "ALLOWED_HOSTS": "hub.example.org",
            "SECURE_SSL_REDIRECT": None,
            "SECURITY_CONTACT": "mailto:security@europeanpartnership-responsibleminerals.eu",
        },
        None,
        "manage.py",
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
    )
    assert result.returncode == 0, result.stderr + result.stdout
    assert "System check identified no issues" in result.stdout


ENGINE = (
    "import django; django.setup(); from django.conf import settings as s; "
    "print(s.DATABASES['default']['ENGINE'])"
)


def test_production_refuses_to_start_the_embedded_postgres_unasked():
    result = run_django({"DEBUG": "0", "DATABASE_URL": None, "EMBEDDED_POSTGRES": None})
    assert result.returncode == 1
    assert "started" not in result.stdout
    message = result.stderr.strip()
    assert len(message.splitlines()) == 1, message
    assert message.startswith("DATABASE_URL is not set: set DATABASE_URL=postgres://")
    assert "EMBEDDED_POSTGRES=1" in message


def test_production_runs_the_embedded_postgres_when_asked():
    result = run_django({"DEBUG": "0", "DATABASE_URL": None, "EMBEDDED_POSTGRES": "1"}, ENGINE)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "config.embedded_db"


def test_development_runs_the_embedded_postgres_without_asking():
    result = run_django({"DEBUG": "1", "DATABASE_URL": None, "EMBEDDED_POSTGRES": None}, ENGINE)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "config.embedded_db"


def test_a_database_url_needs_no_embedded_opt_in():
    result = run_django(
        {
            "DEBUG": "0",
            "DATABASE_URL": "postgres://hub@db.example.org:5432/hub",
            "EMBEDDED_POSTGRES": None,
        },
        ENGINE,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "django.db.backends.postgresql"


@pytest.mark.parametrize(
    "value, message",
    [
        ("-1", "TRUSTED_PROXIES=-1 is not a number of proxies: use 0 (none) or more."),
        ("one", "TRUSTED_PROXIES='one' is not a whole number."),
    ],
)
def test_trusted_proxies_must_be_a_count_of_proxies(value, message):
    result = run_django({"TRUSTED_PROXIES": value})
    assert result.returncode == 1
    assert result.stderr.strip() == message
