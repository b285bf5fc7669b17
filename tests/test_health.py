import pytest
from django.core import mail
from django.db import connection

from config.middleware import outage_marker
from tests.test_production import free_port


@pytest.mark.django_db
def test_healthz_answers_200_when_the_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_healthz_answers_503_when_the_database_is_unreachable(client, django_db_blocker, settings):
    settings.ADMINS = [("Hub administrators", "ops@example.org")]
    saved = connection.settings_dict.copy()
    with django_db_blocker.unblock():
        connection.close()
        connection.settings_dict.update(HOST="127.0.0.1", PORT=free_port(), ENGINE=saved["ENGINE"])
        try:
            response = client.get("/healthz")
        finally:
            connection.close()
            connection.settings_dict.clear()
            connection.settings_dict.update(saved)
            outage_marker().unlink(missing_ok=True)  # the outage this test began ends with it
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "database": "unreachable"}
    assert mail.outbox == []  # the outage is logged once, not mailed at every probe
