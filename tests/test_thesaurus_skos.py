"""The thesaurus as SKOS: export and import by `manage.py thesaurus` and in the admin, on the
real thesaurus the migrations seed (docs/vocabulary.md, "SKOS")."""

import io
import re

import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from rdflib import Graph

from eprm_hub import skos
from eprm_hub.models import Concept, ConceptTerm, IndexVersion

from . import factories

pytestmark = pytest.mark.django_db

# A concept of the file's own, added to the export of the real thesaurus.
WIDGET = """
concept:widget a skos:Concept ;
    skos:prefLabel "widget"@en ;
    skos:altLabel "gizmo"@en, "gadget"@fr ;
    hub:acronym "WDG"@en ;
    skos:broader concept:3t ;
    hub:filter mineral:tin .
"""

# A whole file: that concept and the one it is narrower than.
WIDGET_FILE = (
    """@prefix concept: <https://hub.eprm.eu/thesaurus/> .
@prefix hub: <https://hub.eprm.eu/ns/thesaurus#> .
@prefix mineral: <https://hub.eprm.eu/vocabulary/mineral/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .

concept:3t a skos:Concept ;
    skos:prefLabel "3T"@en .
"""
    + WIDGET
)


def snapshot():
    """Every row of the thesaurus, ids included."""
    return (
        list(Concept.objects.order_by("pk").values_list()),
        list(ConceptTerm.objects.order_by("pk").values_list()),
        sorted(Concept.narrower.through.objects.values_list("from_concept", "to_concept")),
    )


def version():
    return IndexVersion.objects.filter(name="thesaurus").values_list("version", flat=True).first()


def export():
    out = io.StringIO()
    call_command("thesaurus", "export", stdout=out)
    return out.getvalue()


def run_import(tmp_path, text, name="thesaurus.ttl"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    out = io.StringIO()
    call_command("thesaurus", "import", str(path), stdout=out)
    return out.getvalue()


def problems(tmp_path, text, name="thesaurus.ttl"):
    """The message of an import refused, after checking that it saved nothing."""
    before = snapshot(), version()
    with pytest.raises(CommandError) as refused:
        run_import(tmp_path, text, name)
    assert (snapshot(), version()) == before
    return str(refused.value)


def line_of(text, needle):
    return text[: text.index(needle)].count("\n") + 1


# The round trip ---------------------------------------------------------------------------------


def test_an_export_imported_again_changes_no_row_and_exports_the_same_file(tmp_path):
    first = export()
    assert first.count("a skos:Concept ;") == Concept.objects.count() > 400
    before = snapshot(), version()

    message = run_import(tmp_path, first)

    assert "Nothing changed" in message
    assert (snapshot(), version()) == before
    assert export() == first


def test_the_export_is_standard_skos_with_every_term_and_link():
    graph = Graph().parse(data=export(), format="turtle")
    uri = skos.CONCEPT["oecd-ddg"]
    assert (uri, skos.RDF.type, skos.SKOS.Concept) in graph
    labels = {(str(label), label.language) for label in graph.objects(uri, skos.SKOS.altLabel)}
    assert ("Guide OCDE sur les minerais", "fr") in labels
    assert ("OECD Minerals Guidance", "en") in labels
    assert {str(a) for a in graph.objects(uri, skos.HUB.acronym)} == {"OECD DDG", "DDG"}
    assert skos.CONCEPT["gold-supplement"] in set(graph.objects(uri, skos.SKOS.narrower))
    gold = skos.CONCEPT["gold-supplement"]
    assert graph.value(gold, skos.HUB.filter) == skos.VOCABULARY["mineral/gold"]
    labels = [triple for triple in graph if triple[1] in skos.LABELS]
    assert len(labels) == ConceptTerm.objects.count()


def test_an_rdf_xml_file_is_read_too(tmp_path):
    xml = Graph().parse(data=export(), format="turtle").serialize(format="xml")
    before = snapshot()
    assert "Nothing changed" in run_import(tmp_path, xml, "thesaurus.rdf")
    assert snapshot() == before


# An edited file -------------------------------------------------------------------------------


def test_an_edited_file_is_applied_and_the_search_uses_it_at_once(client, tmp_path):
    factories.resource("Widget maintenance", summary="How to look after one.")
    factories.resource("Unrelated", summary="Nothing about it.")
    assert "Widget maintenance" not in titles(client, "gizmo")
    text = export() + WIDGET
    text = text.replace('"OECD Minerals Guidance"@en,', "")  # a term removed
    text = text.replace('skos:prefLabel "3T"@en', 'skos:prefLabel "3T minerals"@en')
    text = re.sub(r"\nconcept:w-transparency a skos:Concept ;.*?\.\n", "\n", text, flags=re.S)
    old = version()

    message = run_import(tmp_path, text)

    assert message == (
        "Concepts: 1 added, 1 changed, 1 removed. Terms: 3 added, 0 changed, 1 removed. "
        "Links to narrower concepts: 1 added or removed.\n"
    )
    widget = Concept.objects.get(key="widget")
    assert (widget.name, widget.filter_facet, widget.filter_value) == ("widget", "mineral", "tin")
    assert sorted(widget.terms.values_list("text", "language", "kind")) == [
        ("WDG", "en", "acronym"),
        ("gadget", "fr", "translation"),
        ("gizmo", "en", "synonym"),
    ]
    assert Concept.objects.get(key="3t").narrower.filter(key="widget").exists()
    assert Concept.objects.get(key="3t").name == "3T minerals"
    assert not Concept.objects.filter(key="w-transparency").exists()
    assert not ConceptTerm.objects.filter(text="OECD Minerals Guidance").exists()
    assert version() != old
    assert titles(client, "gizmo") == ["Widget maintenance"]


def test_an_edited_file_exports_as_it_was_imported(tmp_path):
    run_import(tmp_path, export() + WIDGET)
    again = export()
    run_import(tmp_path, again)
    assert export() == again


def test_a_term_s_kind_and_language_follow_the_file(tmp_path):
    run_import(tmp_path, WIDGET_FILE)
    edited = WIDGET_FILE.replace('hub:acronym "WDG"@en', 'skos:altLabel "WDG"@en')
    edited = edited.replace('"gadget"@fr', '"gadget"@nl').replace('"gizmo"@en', '"gizmo"@de')
    edited = edited.replace("skos:altLabel", "hub:synonym", 1)

    message = run_import(tmp_path, edited)

    assert "Terms: 0 added, 3 changed, 0 removed." in message
    terms = Concept.objects.get(key="widget").terms.values_list("text", "language", "kind")
    assert sorted(terms) == [
        ("WDG", "en", "synonym"),
        ("gadget", "nl", "synonym"),
        ("gizmo", "de", "synonym"),
    ]
    assert 'hub:synonym "gizmo"@de,\n        "gadget"@nl .' in export()


def titles(client, query):
    html = client.get(f"/en/resources/?q={query}").content.decode()
    found = re.findall(r'<h3 class="result__title"[^>]*><a href="[^"]+">(.*?)</a></h3>', html)
    return [re.sub(r"</?mark>", "", title) for title in found]


# Bad files: nothing saved, each problem on its line ------------------------------------------


def test_a_turtle_syntax_error_names_its_line(tmp_path):
    text = export().replace('skos:prefLabel "3T"@en ;', 'skos:prefLabel "3T"@en', 1)
    message = problems(tmp_path, text + WIDGET)
    line = line_of(text, 'skos:prefLabel "3T"@en')
    assert f"Line {line}: The file cannot be read as Turtle" in message


def test_an_rdf_xml_syntax_error_names_its_line(tmp_path):
    xml = Graph().parse(data=WIDGET_FILE, format="turtle").serialize(format="xml")
    broken = xml.replace("</rdf:Description>", "</rdf:Descriptio>", 1)
    message = problems(tmp_path, broken, "thesaurus.rdf")
    line = line_of(broken, "</rdf:Descriptio>")
    assert f"Line {line}: The file cannot be read as RDF/XML: mismatched tag" in message


def test_a_concept_without_an_english_preferred_label_is_refused(tmp_path):
    text = export().replace('skos:prefLabel "3T"@en ;', 'skos:prefLabel "3T"@fr ;', 1)
    message = problems(tmp_path, text + WIDGET)
    assert f"Line {line_of(text, 'concept:3t a skos:Concept')}: “3t” has no English" in message
    line = line_of(text, '"3T"@fr')
    assert f"Line {line}: “3t” has a skos:prefLabel in “fr”" in message


def test_an_unknown_language_is_refused_on_the_label_s_line(tmp_path):
    text = WIDGET_FILE.replace('"gadget"@fr', '"gadget"@xx')
    message = problems(tmp_path, text)
    line = line_of(text, '"gadget"@xx')
    assert f"Line {line}: “widget”: the label “gadget” is in an unknown language" in message


def test_a_label_without_a_language_is_refused(tmp_path):
    text = WIDGET_FILE.replace('"gizmo"@en', '"gizmo"')
    assert "“widget”: the label “gizmo” has no language tag." in problems(tmp_path, text)


def test_a_label_given_twice_is_refused(tmp_path):
    text = WIDGET_FILE.replace('"gadget"@fr', '"gizmo"@fr')
    message = problems(tmp_path, text)
    line = line_of(text, '"gizmo"@')
    assert f"Line {line}: “widget”: the label “gizmo” is given twice." in message


def test_a_link_to_an_unknown_concept_is_refused(tmp_path):
    text = WIDGET_FILE.replace("skos:broader concept:3t", "skos:broader concept:3tx")
    message = problems(tmp_path, text)
    assert (
        f"Line {line_of(text, 'concept:3tx')}: “widget”: skos:broader names concept:3tx, which is "
        "not a concept of the file."
    ) in message


def test_a_filter_the_vocabulary_lacks_is_refused(tmp_path):
    text = WIDGET_FILE.replace("mineral:tin", "mineral:unobtainium")
    assert "hub:filter names mineral:unobtainium, which is not a value" in problems(tmp_path, text)


def test_a_property_the_hub_would_lose_is_refused(tmp_path):
    text = WIDGET_FILE.replace("mineral:tin .", 'mineral:tin ; skos:definition "A thing."@en .')
    assert "“widget”: skos:definition is not kept by the Hub's thesaurus." in problems(
        tmp_path, text
    )


def test_a_concept_outside_the_hub_s_thesaurus_is_refused(tmp_path):
    text = WIDGET_FILE.replace("concept:widget a", "<https://example.org/widget> a")
    message = problems(tmp_path, text)
    assert (
        f"Line {line_of(text, '<https://example.org/widget>')}: https://example.org/widget is not"
        in (message)
    )


def test_a_concept_whose_type_is_mistyped_is_refused(tmp_path):
    text = WIDGET_FILE.replace("concept:widget a skos:Concept", "concept:widget a skos:Concep")
    message = problems(tmp_path, text)
    line = line_of(text, "concept:widget a")
    expected = "https://hub.eprm.eu/thesaurus/widget is described but not declared a skos:Concept"
    assert f"Line {line}: {expected}" in message


def test_an_rdf_file_that_is_not_skos_is_refused(tmp_path):
    text = (
        '@prefix foaf: <http://xmlns.com/foaf/0.1/> .\n<https://example.org/me> foaf:name "Me" .\n'
    )
    assert "The file has no skos:Concept: it is not a SKOS thesaurus." in problems(tmp_path, text)


def test_a_file_that_is_not_text_is_refused(tmp_path):
    path = tmp_path / "thesaurus.ttl"
    path.write_bytes(b"\xff\xfe\x00binary")
    with pytest.raises(CommandError, match="not UTF-8 text"):
        call_command("thesaurus", "import", str(path))


def test_every_problem_is_listed_at_once(tmp_path):
    text = export() + WIDGET.replace('"gadget"@fr', '"gadget"@xx').replace(
        "concept:3t ;", "concept:3tx ;"
    )
    message = problems(tmp_path, text)
    assert "unknown language" in message and "concept:3tx" in message


# The admin ------------------------------------------------------------------------------------


@pytest.fixture
def thesaurus_editor(django_user_model):
    user = django_user_model.objects.create_user(username="th", password="x", is_staff=True)
    user.user_permissions.set(
        Permission.objects.filter(
            content_type__app_label="eprm_hub", codename__regex=r"_concept(term)?$"
        )
    )
    return user


def upload(client, text, name="thesaurus.ttl"):
    file = SimpleUploadedFile(name, text.encode(), content_type="text/turtle")
    return client.post("/admin/eprm_hub/concept/skos/import/", {"file": file})


def test_the_admin_exports_and_imports_the_thesaurus(client, thesaurus_editor):
    client.force_login(thesaurus_editor)
    page = client.get("/admin/eprm_hub/concept/").content.decode()
    assert "Export as SKOS" in page and "Import from SKOS" in page

    exported = client.get("/admin/eprm_hub/concept/skos/")
    assert exported.status_code == 200
    assert exported["Content-Type"] == "text/turtle; charset=utf-8"
    assert exported.content.decode() == skos.export()

    assert client.get("/admin/eprm_hub/concept/skos/import/").status_code == 200
    response = upload(client, exported.content.decode() + WIDGET)
    assert response.status_code == 302
    assert Concept.objects.filter(key="widget").exists()
    page = client.get(response["Location"]).content.decode()
    assert "Concepts: 1 added, 0 changed, 0 removed." in page


def test_the_admin_shows_a_bad_file_s_problems_on_the_form(client, thesaurus_editor):
    client.force_login(thesaurus_editor)
    before = snapshot()
    text = WIDGET_FILE.replace('"gadget"@fr', '"gadget"@xx')
    response = upload(client, text)
    assert response.status_code == 200
    page = response.content.decode()
    assert "This file cannot be imported:" in page
    line = line_of(text, '"gadget"@xx')
    assert f"Line {line}: “widget”: the label “gadget”" in page
    assert snapshot() == before
    broken = upload(client, "concept:x a skos:Concept")
    assert broken.status_code == 200 and "Line 1: The file cannot be read as Turtle" in (
        broken.content.decode()
    )


def test_a_small_file_replaces_the_whole_thesaurus(client, thesaurus_editor):
    client.force_login(thesaurus_editor)
    upload(client, WIDGET_FILE)
    assert sorted(Concept.objects.values_list("key", flat=True)) == ["3t", "widget"]
    assert list(Concept.objects.get(key="3t").narrower.values_list("key", flat=True)) == ["widget"]


@pytest.mark.parametrize(
    "url", ["/admin/eprm_hub/concept/skos/", "/admin/eprm_hub/concept/skos/import/"]
)
def test_only_staff_with_the_permissions_reach_export_and_import(client, django_user_model, url):
    member = django_user_model.objects.create_user(username="member", password="x")
    client.force_login(member)
    assert client.get(url).status_code == 302  # to the admin's login
    before = snapshot()
    assert upload(client, WIDGET_FILE).status_code == 302
    staff = django_user_model.objects.create_user(username="staff", password="x", is_staff=True)
    client.force_login(staff)
    assert client.get(url).status_code == 403
    assert upload(client, WIDGET_FILE).status_code == 403
    assert snapshot() == before


def test_a_term_s_languages_are_the_site_s(client, thesaurus_editor, settings):
    client.force_login(thesaurus_editor)
    concept = Concept.objects.get(key="due-diligence")
    page = client.get(f"/admin/eprm_hub/concept/{concept.pk}/change/").content.decode()
    select = re.search(r'<select name="terms-0-language".*?</select>', page, re.S).group()
    assert re.findall(r'<option value="(\w+)"', select) == [code for code, _ in settings.LANGUAGES]
