"""Six languages: pages, the switch, texts in several languages with their fallback, search
in each language, the import's translation columns, formats and the admin
(docs/languages.md). The pages in a browser, with axe-core: tests/browser/test_languages.py."""

import datetime
import re

import pytest
from django.template import Context, Template
from django.utils import formats, translation

from eprm_hub.models import (
    SDG,
    BusinessNeed,
    Mineral,
    OECDStep,
    Region,
    ResourceType,
    SupplyChainTier,
)
from members.models import Organisation
from projects.models import Project
from resources.importing import export_csv, import_csv
from resources.models import Resource

from . import factories

pytestmark = pytest.mark.django_db
CODES = ["en", "fr", "es", "pt", "de", "nl"]


def titles(client, query, language):
    html = client.get(f"/{language}/resources/?{query}").content.decode()
    found = re.findall(r'<h3 class="result__title"[^>]*><a href="[^"]+">(.*?)</a></h3>', html)
    return [re.sub(r"</?mark>", "", title) for title in found]


# Pages and the switch ----------------------------------------------------------------------


@pytest.mark.parametrize("code", CODES)
def test_every_language_has_its_pages(client, code):
    factories.resource("Tin smelter audit guide", minerals=["tin"])
    for path in ["", "resources/?q=audit", "resources/tin-smelter-audit-guide/", "about/"]:
        response = client.get(f"/{code}/{path}")
        assert response.status_code == 200, path
        assert f'<html lang="{code}">' in response.content.decode()


def test_the_switch_keeps_the_page_and_its_query(client):
    html = client.get("/en/resources/?q=audit&mineral=tin").content.decode()
    switch = re.search(r'<nav class="lang-switch".*?</nav>', html, re.S)[0]
    links = dict(re.findall(r'<a href="([^"]+)" hreflang="(\w+)"', switch))
    assert {code: url for url, code in links.items()} == {
        code: f"/{code}/resources/?q=audit&amp;mineral=tin" for code in CODES
    }


# Texts in several languages ----------------------------------------------------------------


def test_the_seeded_vocabulary_and_questions_are_in_every_language():
    for model in [Mineral, SupplyChainTier, OECDStep, BusinessNeed, ResourceType, Region, SDG]:
        for term in model.objects.all():
            assert term.missing_languages() == [], (model.__name__, term.slug)
    with translation.override("es"):
        assert Mineral.objects.get(slug="tin").label == "Estaño"
    with translation.override("de"):
        assert Mineral.objects.get(slug="tin").label == "Zinn"
        assert "Schritt" in str(OECDStep.objects.get(number=4))


def test_a_text_falls_back_to_its_original_and_says_which_language():
    resource = factories.resource("Smelter guide", summary="How smelters work.")
    resource.set_translation("title", "fr", "Guide des fonderies")
    resource.save()
    with translation.override("fr"):
        title = resource.local["title"]
        assert (title, title.language, title.fallback) == ("Guide des fonderies", "fr", False)
        summary = resource.local["summary"]
        assert (summary, summary.language, summary.fallback) == ("How smelters work.", "en", True)
    with translation.override("es"):
        assert resource.in_language("title").fallback
        assert resource.in_language("title").language_name == "inglés"
    assert resource.missing_languages() == ["es", "pt", "de", "nl"]
    resource.set_translation("title", "fr", "")
    assert resource.translations == {}  # an empty text removes the translation


def test_the_fallback_note_appears_exactly_when_a_translation_is_missing(client):
    resource = factories.resource("Smelter guide", summary="How smelters work.")
    resource.translations = {
        "fr": {"title": "Guide des fonderies", "summary": "Comment marchent les fonderies."},
        "es": {"title": "Guía de fundiciones"},  # no summary: half translated
    }
    resource.save()
    note = 'class="fallback-note"'
    page = {
        code: client.get(f"/{code}/resources/{resource.slug}/").content.decode() for code in CODES
    }
    assert note not in page["en"] and note not in page["fr"]
    assert "<h1>Guide des fonderies</h1>" in page["fr"]
    assert '<p class="lead">Comment marchent les fonderies.</p>' in page["fr"]
    assert note in page["es"] and "<h1>Guía de fundiciones</h1>" in page["es"]
    assert '<p class="lead" lang="en">How smelters work.</p>' in page["es"]
    assert "se muestra en inglés" in page["es"]
    assert note in page["de"] and '<h1 lang="en">Smelter guide</h1>' in page["de"]
    assert "auf Englisch angezeigt" in page["de"]
    # The home page's newest resources are in the visitor's language too.
    assert ">Guide des fonderies</a>" in client.get("/fr/").content.decode()
    assert 'lang="en">Smelter guide</a>' in client.get("/de/").content.decode()


def test_projects_and_members_fall_back_too(client):
    project = Project.objects.create(
        title="Tin traceability in Rwanda",
        slug="tin-traceability",
        summary="Tracing tin from the mine.",
        objectives="Trace every bag.",
        countries=["RW"],
        is_published=True,
        translations={"fr": {"title": "Traçabilité de l’étain au Rwanda"}},
    )
    french = client.get(f"/fr/projects/{project.slug}/").content.decode()
    assert "<h1>Traçabilité de l’étain au Rwanda</h1>" in french and "fallback-note" in french
    assert '<div class="prose" lang="en"><p>Trace every bag.</p></div>' in french
    organisation = Organisation.objects.create(
        name="Open Metals",
        slug="open-metals",
        is_member=True,
        is_public=True,
        description="We refine tin.",
        translations={"es": {"description": "Refinamos estaño."}},
    )
    spanish = client.get(f"/es/members/{organisation.slug}/").content.decode()
    assert '<p class="lead">Refinamos estaño.</p>' in spanish and "fallback-note" not in spanish
    dutch = client.get(f"/nl/members/{organisation.slug}/").content.decode()
    assert '<p class="lead" lang="en">We refine tin.</p>' in dutch and "fallback-note" in dutch


# Search in each language -------------------------------------------------------------------


def test_a_spanish_query_finds_english_resources_through_the_thesaurus(client):
    factories.resource("Due diligence for small companies", summary="Five steps.")
    factories.resource("Tin prices", summary="Markets.", minerals=[])
    # Neither word is in the English text: the thesaurus's Spanish term names the concept.
    assert titles(client, "q=debida+diligencia", "es") == ["Due diligence for small companies"]
    assert "Tin prices" in titles(client, "q=esta%C3%B1o", "es")  # estaño: tin


def test_spanish_translations_are_stemmed_as_spanish(client):
    resource = factories.resource("Guide for smelters", summary="Tin smelters.")
    resource.translations = {"es": {"title": "Guía para las fundiciones de estaño"}}
    resource.save()
    factories.resource("Unrelated", summary="Nothing about it.")
    # "fundición" (singular, accented) finds "fundiciones": Spanish stemming, accents off.
    assert titles(client, "q=fundici%C3%B3n", "es") == ["Guía para las fundiciones de estaño"]
    assert titles(client, "q=FUNDICION", "es") == ["Guía para las fundiciones de estaño"]


def test_german_dutch_and_portuguese_translations_are_stemmed_in_their_language(client):
    resource = factories.resource("Supply chain guide", summary="A guide.")
    resource.translations = {
        "de": {"title": "Leitfaden zur Lieferkette"},
        "nl": {"summary": "Over de toeleveringsketens van tin."},
        "pt": {"title": "Guia das cadeias de abastecimento"},
    }
    resource.save()
    assert titles(client, "q=Lieferketten", "de") == ["Leitfaden zur Lieferkette"]
    assert titles(client, "q=toeleveringsketen", "nl") == ["Supply chain guide"]
    assert titles(client, "q=cadeia", "pt") == ["Guia das cadeias de abastecimento"]


def test_a_spanish_question_leaves_its_question_words_out(client):
    factories.resource("Smelter audits", summary="Audits of smelters.")
    factories.resource("Mine guide", summary="About mines.")
    # "¿cómo puedo encontrar…?" frames the question; "fundiciones", plural, names the
    # thesaurus's smelter ("fundición"), which finds the English text.
    query = "q=%C2%BFc%C3%B3mo+puedo+encontrar+fundiciones%3F"
    assert titles(client, query, "es") == ["Smelter audits"]
    assert titles(client, "q=fundi%C3%A7%C3%B5es", "pt") == ["Smelter audits"]  # fundições


# Import and export -------------------------------------------------------------------------


HEADER = (
    "title,url,publisher,year,resource_type,languages,minerals,supply_chain_tiers,oecd_steps,"
    "business_needs,regions,tags,summary"
)


def test_the_import_reads_translation_columns_and_the_export_round_trips():
    rows = (
        f"{HEADER},title_fr,summary_fr,title_es\n"
        "Tin guide,https://example.org/tin,OECD,2020,guidance,en,tin,,,,,,About tin.,"
        "Guide de l'étain,À propos de l'étain.,Guía del estaño\n"
        "Gold guide,https://example.org/gold,OECD,2020,guidance,en,gold,,,,,,About gold.,,,\n"
    )
    result, problems = import_csv(rows.encode())
    assert problems == [] and result.totals["new"] == 2
    tin = Resource.objects.get(url="https://example.org/tin")
    assert tin.translations == {
        "fr": {"title": "Guide de l'étain", "summary": "À propos de l'étain."},
        "es": {"title": "Guía del estaño"},
    }
    assert Resource.objects.get(url="https://example.org/gold").translations == {}
    # The same file again, and the export of the library, change nothing.
    assert import_csv(rows.encode())[0].totals["skip"] == 2
    exported = export_csv()
    assert exported.splitlines()[0].endswith(
        "title_fr,summary_fr,title_es,summary_es,"
        "title_pt,summary_pt,title_de,summary_de,"
        "title_nl,summary_nl"
    )
    result, problems = import_csv(exported.encode())
    assert problems == [] and result.totals["skip"] == 2


def test_an_empty_translation_cell_removes_it_and_a_missing_column_keeps_it():
    factories.resource("Tin guide", url="https://example.org/tin")
    Resource.objects.update(translations={"fr": {"title": "Guide"}, "de": {"title": "Leitfaden"}})
    rows = (
        f"{HEADER},title_fr\n"
        "Tin guide,https://example.org/tin,OECD,2020,guidance,en,,,,,,,A resource for testing.,\n"
    )
    result, problems = import_csv(rows.encode())
    assert problems == [] and result.totals["update"] == 1
    assert Resource.objects.get().translations == {"de": {"title": "Leitfaden"}}


def test_a_bad_translation_cell_is_reported_with_its_column():
    rows = (
        f"{HEADER},title_es,title_xx\n"
        f"Tin guide,https://example.org/tin,OECD,2020,guidance,en,,,,,,,About tin.,{'x' * 301},\n"
    )
    result, problems = import_csv(rows.encode())
    assert "unknown columns: title_xx" in problems[0]
    rows = rows.replace(",title_xx", "").replace(f"{'x' * 301},", "x" * 301)
    result, problems = import_csv(rows.encode())
    assert len(problems) == 1 and "title_es" in problems[0] and "300" in problems[0]
    assert Resource.objects.count() == 0


# Formats -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "date", "money"),
    [
        ("en", "29 November 2026", "€1,234,567"),
        ("fr", "29 novembre 2026", "1\u202f234\u202f567\u00a0€"),
        ("es", "29 de noviembre de 2026", "1.234.567\u00a0€"),
        ("pt", "29 de Novembro de 2026", "1.234.567\u00a0€"),  # Django's month names
        ("de", "29. November 2026", "1.234.567\u00a0€"),
        ("nl", "29 november 2026", "€\u00a01.234.567"),
    ],
)
def test_dates_and_money_are_written_as_each_language_writes_them(code, date, money):
    with translation.override(code):
        assert formats.date_format(datetime.date(2026, 11, 29), "DATE_FORMAT") == date
        rendered = Template("{% load hub %}{{ amount|euros }}").render(Context({"amount": 1234567}))
        assert rendered == money


@pytest.mark.parametrize(
    ("code", "expected"),
    [("en", "Find a supply-chain tier"), ("fr", " maillon"), ("de", "Lieferkettenstufe")],
)
def test_a_label_inside_a_sentence_keeps_the_capital_german_gives_it(code, expected):
    template = Template(
        "{% load hub %}{% load i18n %}"
        "{% blocktranslate with facet=label|inline %}Find a {{ facet }}{% endblocktranslate %}"
    )
    with translation.override(code):
        label = SupplyChainTier._meta.verbose_name
        assert expected in template.render(Context({"label": label}))


def test_the_admin_writes_dates_in_the_editors_language(editor_client):
    factories.resource("Tin guide", last_reviewed_on=datetime.date(2026, 11, 29))
    english = editor_client.get("/admin/resources/resource/").content.decode()
    assert "29 November 2026" in english and "Nov. 29, 2026" not in english
    german = editor_client.get(
        "/admin/resources/resource/", headers={"accept-language": "de"}
    ).content.decode()
    assert "29. November 2026" in german


# The admin ---------------------------------------------------------------------------------


def test_editors_give_a_name_in_each_language(admin_client):
    tin = Mineral.objects.get(slug="tin")
    url = f"/admin/eprm_hub/mineral/{tin.pk}/change/"
    page = admin_client.get(url).content.decode()
    for code in ["fr", "es", "pt", "de", "nl"]:
        assert f'name="name_{code}"' in page
    assert 'value="Estaño"' in page
    data = {"name": "Tin", "is_3tg": "on", "colour": tin.colour, "order": tin.order}
    data |= {"name_fr": "Étain", "name_es": "Estaño", "name_pt": "", "name_de": "Zinn"}
    data |= {"name_nl": "Tin"}
    assert admin_client.post(url, data).status_code == 302
    tin.refresh_from_db()
    assert tin.translations == {
        "fr": {"name": "Étain"},
        "es": {"name": "Estaño"},
        "de": {"name": "Zinn"},
        "nl": {"name": "Tin"},
    }
    # Editors see what is missing, and can list only what misses a language.
    listing = admin_client.get("/admin/eprm_hub/mineral/?untranslated=pt").content.decode()
    assert "Tin</a>" in listing and ">PT<" in listing
    assert "Gold</a>" not in listing


def test_an_editor_translates_a_resource_and_sees_what_is_missing(editor_client):
    resource = factories.resource("Tin guide")
    listing = editor_client.get("/admin/resources/resource/?untranslated=fr").content.decode()
    assert "Tin guide" in listing and "FR, ES, PT, DE, NL" in listing
    page = editor_client.get(f"/admin/resources/resource/{resource.pk}/change/").content
    assert b'name="title_fr"' in page and b'name="summary_nl"' in page
    assert b'name="title_en"' not in page  # English is its own language
    assert b"In Spanish: missing" in page
    resource.text_language = "fr"
    resource.save()
    page = editor_client.get(f"/admin/resources/resource/{resource.pk}/change/").content
    assert b'name="title_en"' in page and b'name="title_fr"' not in page


def test_each_language_is_named_as_it_writes_its_name_in_a_menu(client):
    """CLDR: a language's own name starts with a capital in a menu or a list of choices,
    also in the languages that write it in lower case inside a sentence."""
    from eprm_hub import i18n

    names = {code: i18n.own_name(code) for code in CODES}
    assert names == {
        "en": "English",
        "fr": "Français",
        "es": "Español",
        "pt": "Português",
        "de": "Deutsch",
        "nl": "Nederlands",
    }
    page = client.get("/fr/").content.decode()
    switch = re.search(r'<nav class="lang-switch".*?</nav>', page, re.S)[0]
    shown = re.findall(r'class="lang-switch__name">([^<]+)<', switch)
    assert shown == list(names.values())
    # Inside a sentence, the languages that write names in lower case keep doing so.
    with translation.override("fr"):
        assert i18n.name("en") == "anglais"


def test_the_invitation_offers_each_language_by_its_own_name():
    from members.admin import InvitationForm

    choices = dict(InvitationForm().fields["language"].choices)
    assert choices["fr"] == "Français" and choices["es"] == "Español"


def test_portuguese_headings_start_with_a_capital_as_english_ones_do():
    """A label English writes with a capital ("OECD steps", shown as a heading) is not written
    in lower case in Portuguese ("etapas da OCDE")."""
    import polib
    from django.conf import settings

    catalogue = polib.pofile(str(settings.BASE_DIR / "locale/pt/LC_MESSAGES/django.po"))
    lower = [
        entry.msgid
        for entry in catalogue
        if not entry.obsolete
        and entry.msgstr
        and entry.msgid[:1].isupper()
        and entry.msgstr[:1].islower()
    ]
    assert lower == []
    with translation.override("pt"):
        assert translation.gettext("OECD steps") == "Etapas da OCDE"


def test_every_table_of_a_language_covers_the_declared_languages(settings):
    """The languages are declared once, in settings.LANGUAGES; a table with a row per language
    (a text search configuration, a locale, quotation marks) must have one for each, so a
    language added there fails here, naming what it still needs."""
    from alerts.searches import QUOTES
    from eprm_hub.models import ConceptTerm
    from eprm_hub.templatetags.hub import OG_LOCALES
    from eprm_hub.textquery import LANGUAGE_CONFIGS

    declared = {code for code, _name in settings.LANGUAGES}
    assert declared == set(CODES)
    for name, table in [
        ("textquery.LANGUAGE_CONFIGS", LANGUAGE_CONFIGS),
        ("hub.OG_LOCALES", OG_LOCALES),
        ("alerts.searches.QUOTES", QUOTES),
    ]:
        assert set(table) == declared, name
    field = ConceptTerm._meta.get_field("language")
    assert {code for code, _name in field.choices} == declared
