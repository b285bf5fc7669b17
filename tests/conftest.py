import os

import psycopg2
import pytest
from django.conf import settings
from django.contrib.auth.models import Permission
from django.utils import translation

from . import restore  # noqa: F401  (serialized_rollback a table at a time)

# live_server serves static files from the source folders, under their plain names, so
# the suite uses plain static storage; test_production.py covers the hashed, compressed
# files that gunicorn serves in production.
settings.STORAGES = {
    **settings.STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
settings.STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # WhiteNoise warns when it is missing
settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# The suite runs with DEBUG off, where staff must give a second factor: its editors log in with
# force_login() to test everything else. tests/test_two_factor.py turns it back on, and the
# servers the suite starts (gunicorn, DEBUG off) require it as production does.
settings.OTP_REQUIRED_FOR_STAFF = False


def pytest_sessionstart(session):
    """A DATABASE_URL that cannot be reached stops the run at once, saying so."""
    if not os.environ.get("DATABASE_URL"):
        return
    db = settings.DATABASES["default"]
    try:
        psycopg2.connect(
            host=db["HOST"],
            port=db["PORT"] or 5432,
            user=db["USER"],
            password=db["PASSWORD"],
            dbname="postgres",
            connect_timeout=5,
        ).close()
    except psycopg2.OperationalError as error:
        reason = str(error).strip().splitlines()[0]
        pytest.exit(
            f"DATABASE_URL cannot be reached (server {db['HOST']}:{db['PORT'] or 5432}): {reason}. "
            "Start that PostgreSQL server, or unset DATABASE_URL to test against the embedded one.",
            returncode=3,
        )


@pytest.fixture(autouse=True)
def english():
    """Requests to /fr/ leave French active in the thread; every test starts in English."""
    translation.activate("en")
    yield
    translation.deactivate()


@pytest.fixture
def media(settings, tmp_path):
    """Uploaded files go to a folder of the test's own."""
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


@pytest.fixture
def editor(django_user_model, media):
    """A secretariat editor of resources (modules about other editors have their own)."""
    user = django_user_model.objects.create_user(username="ed", password="x", is_staff=True)
    user.user_permissions.set(Permission.objects.filter(content_type__app_label="resources"))
    return user


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


from tests.smtp import smtp  # noqa: E402,F401  (a fixture for every test module)


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix):
    """`make test` runs the slow suites in a second pytest beside the first: TEST_DATABASE_SUFFIX
    gives it test databases of its own."""
    suffix = os.environ.get("TEST_DATABASE_SUFFIX")
    if not suffix:
        return
    for db in settings.DATABASES.values():
        test = db.setdefault("TEST", {})
        test["NAME"] = f"{test.get('NAME') or 'test_' + db['NAME']}_{suffix}"
