"""The admin in the words editors use: what an autocomplete shows finds it, and no app
goes by a library's name."""

import pytest

from eprm_hub.models import OECDStep

pytestmark = pytest.mark.django_db

AUTOCOMPLETE = "/admin/autocomplete/"


def found(client, term):
    response = client.get(
        AUTOCOMPLETE,
        {
            "term": term,
            "app_label": "resources",
            "model_name": "resource",
            "field_name": "oecd_steps",
        },
    )
    assert response.status_code == 200
    return {int(result["id"]) for result in response.json()["results"]}


@pytest.mark.parametrize(
    "term",
    [
        "Step 4",
        "step 4:",
        "4",
        "audit",
        "Étape 4",
        "Step 4: Carry out an independent third-party audit",
    ],
)
def test_a_step_is_found_by_what_the_autocomplete_shows(admin_client, term):
    step = OECDStep.objects.get(number=4)
    assert found(admin_client, term) == {step.pk}


def test_no_step_is_found_by_words_it_does_not_have(admin_client):
    assert found(admin_client, "Step 4 smelter") == set()


def test_the_tags_app_is_named_in_plain_words(admin_client):
    english = admin_client.get("/admin/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Free keywords" in english and "Taggit" not in english
    french = admin_client.get("/admin/", HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert "Mots-clés libres" in french


def test_no_app_or_model_on_the_index_goes_by_a_technical_name(admin_client):
    """Every app a superuser sees, in plain words (issue 16: "TAGGIT › Tags", "Axes",
    "Tasks Database Backend" were there)."""
    import lxml.html

    page = lxml.html.fromstring(admin_client.get("/admin/", HTTP_ACCEPT_LANGUAGE="en").content)
    apps = {caption.text_content().strip() for caption in page.xpath("//caption")}
    assert apps == {
        "Authentication and Authorization",
        "Background tasks",
        "Due Diligence Check",
        "E-mail alerts",
        "Free keywords",
        "Members",
        "Projects",
        "Resource library",
        "Rules for companies",
        "Sign-in attempts",
        "Vocabulary",
    }
    models = [a.text_content().strip() for a in page.xpath("//th[@scope='row']/a")]
    assert "Task results" in models and "Task Results" not in models
    assert all("_" not in name for name in models)
