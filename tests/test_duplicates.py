"""Possible duplicates: the same publisher and nearly the same title, or one link written two
ways; found on save and on import, shown with a link to the other, settled by an editor."""

import csv
import io

import lxml.html
import pytest
from django.core.management import call_command

from resources import duplicates
from resources.demo import REFERENCE_CSV
from resources.importing import COLUMNS, import_csv
from resources.models import DuplicatePair, Publisher, Resource
from resources.urlkeys import url_key
from tests import factories
from tests.test_admin_state import form as admin_form

pytestmark = pytest.mark.django_db

ADD = "/admin/resources/resource/add/"


@pytest.fixture
def demo_library():
    """The 135 real resources of the demo content, through the importer."""
    result, problems = import_csv(REFERENCE_CSV.read_bytes())
    assert problems == [] and result.new == 135
    return {r.title: r for r in Resource.objects.select_related("publisher")}


def form(**values):
    return admin_form(**{"title": "A new resource", "url": "https://example.org/new"} | values)


def pairs():
    return {
        (pair.first.title, pair.second.title, pair.reason)
        for pair in DuplicatePair.objects.select_related("first", "second")
    }


# Links ------------------------------------------------------------------------------------------

SAME_DOCUMENT = [
    "https://www.oecd.org/guidance/",
    "http://www.oecd.org/guidance/",
    "https://oecd.org/guidance",
    "HTTPS://WWW.OECD.ORG/guidance",
    "https://www.oecd.org:443/guidance/",
    "https://www.oecd.org/guidance?utm_source=newsletter&utm_medium=email",
    "https://www.oecd.org/guidance/?fbclid=IwAR0abc",
    "https://www.oecd.org/guidance?gclid=Cj0KCQ&utm_campaign=x",
]
OTHER_DOCUMENTS = [
    "https://www.oecd.org/Guidance",  # paths are case-sensitive
    "https://www.oecd.org/guidance/annex",
    "https://www.oecd.org/guidance?page=2",  # a parameter that is not tracking
    "https://www.oecd.org/guidance#supplement-on-gold",  # the demo's two supplements at one DOI
    "https://docs.oecd.org/guidance",
]


@pytest.mark.parametrize("variant", SAME_DOCUMENT)
def test_links_that_differ_only_in_form_have_one_key(variant):
    assert url_key(variant) == url_key(SAME_DOCUMENT[0]) == "oecd.org/guidance"


@pytest.mark.parametrize("other", OTHER_DOCUMENTS)
def test_links_of_other_documents_have_other_keys(other):
    assert url_key(other) != url_key(SAME_DOCUMENT[0])


def test_the_other_parameters_keep_their_values_in_any_order():
    assert url_key("https://x.org/a?b=2&a=1&utm_source=z") == url_key("https://x.org/a?a=1&b=2")


@pytest.mark.parametrize("variant", SAME_DOCUMENT[1:])
def test_a_resource_saved_with_another_form_of_a_link_is_flagged(editor_client, variant):
    first = factories.resource("OECD guidance", url=SAME_DOCUMENT[0], publisher="OECD")
    duplicates.refresh([first.pk])
    page = editor_client.post(
        ADD, form(title="Something else entirely", url=variant), follow=True
    ).content.decode()
    assert pairs() == {("OECD guidance", "Something else entirely", "url")}
    change_url = f"/admin/resources/resource/{first.pk}/change/"
    assert "may be the same resource as" in page and change_url in page


# Titles -----------------------------------------------------------------------------------------

# Real titles of the demo content, and how someone adding them again would write them.
NEAR_DUPLICATES = [
    (
        "OECD Due Diligence Guidance for Responsible Supply Chains of Minerals from "
        "Conflict-Affected and High-Risk Areas (Third Edition)",
        "OECD Due Diligence Guidance for Responsible Supply Chains of Minerals from "
        "Conflict-Affected and High-Risk Areas",
    ),
    ("Conflict Minerals Reporting Template (CMRT)", "Conflict Minerals Reporting Template"),
    (
        "Due Diligence Ready! – Due diligence explained",
        "Due diligence ready: due diligence explained",
    ),
    (
        "Supplement on Gold (OECD Minerals Due Diligence Guidance)",
        "OECD Minerals Due Diligence Guidance: Supplement on Gold",
    ),
]
# Pairs of the demo content that look alike and are two documents.
FALSE_FRIENDS = [
    (
        "Supplement on Tin, Tantalum and Tungsten (OECD Minerals Due Diligence Guidance)",
        "Supplement on Gold (OECD Minerals Due Diligence Guidance)",
    ),
    ("Conflict Minerals Reporting Template (CMRT)", "Extended Minerals Reporting Template (EMRT)"),
    (
        "Due Diligence Ready! – Due diligence explained",
        "Due Diligence Ready! – Due diligence toolbox",
    ),
]


def test_the_demo_library_has_no_possible_duplicate(demo_library):
    assert DuplicatePair.objects.count() == 0
    for title, other in FALSE_FRIENDS:
        assert demo_library[title].publisher == demo_library[other].publisher


@pytest.mark.parametrize(("existing", "typed"), NEAR_DUPLICATES)
def test_a_near_duplicate_of_a_demo_title_by_its_publisher_is_flagged(
    editor_client, demo_library, existing, typed
):
    original = demo_library[existing]
    editor_client.post(ADD, form(title=typed, publisher=original.publisher.pk))
    assert pairs() == {tuple(sorted([existing, typed], key=lambda t: t != existing)) + ("title",)}
    new = Resource.objects.get(title=typed)
    page = editor_client.get(f"/admin/resources/resource/{new.pk}/change/").content.decode()
    box = lxml.html.fromstring(page).xpath("//section[@class='duplicates']")[0]
    link = box.xpath(".//a")[0]
    assert link.get("href") == f"/admin/resources/resource/{original.pk}/change/"
    assert link.text_content() == existing


@pytest.mark.parametrize(("existing", "typed"), NEAR_DUPLICATES)
def test_a_near_duplicate_title_of_another_publisher_is_not_flagged(
    editor_client, demo_library, existing, typed
):
    other = Publisher.objects.create(name="Someone else")
    editor_client.post(ADD, form(title=typed, publisher=other.pk))
    assert pairs() == set()


def test_titles_with_different_numbers_are_not_flagged():
    a = factories.resource("Ground-based incident reporting in eastern DRC – progress report 3")
    b = factories.resource("Ground-based incident reporting in eastern DRC – progress report 4")
    duplicates.refresh([a.pk, b.pk])
    assert pairs() == set()


def test_the_search_of_titles_leaves_the_trigram_threshold_as_it_was():
    """Inside a longer transaction (an import, an admin save, a test), "did you mean" still
    uses pg_trgm's own threshold after a duplicate search."""
    from django.db import connection

    a = factories.resource("Conflict Minerals Reporting Template (CMRT)", publisher="RMI")
    with connection.cursor() as cursor:
        cursor.execute("SELECT current_setting('pg_trgm.similarity_threshold')")
        (before,) = cursor.fetchone()
        duplicates.find([a.pk])
        cursor.execute("SELECT current_setting('pg_trgm.similarity_threshold')")
        assert cursor.fetchone() == (before,) == ("0.3",)


def test_an_edit_that_makes_titles_differ_removes_the_flag(editor_client):
    a = factories.resource("Conflict Minerals Reporting Template (CMRT)", publisher="RMI")
    b = factories.resource("Conflict Minerals Reporting Template", publisher="RMI")
    duplicates.refresh([b.pk])
    assert len(pairs()) == 1
    b.title = "Smelter list of the Responsible Minerals Initiative"
    b.save()
    duplicates.refresh([b.pk])
    assert pairs() == set()
    assert a.pk


# Settled by an editor --------------------------------------------------------------------------


def test_not_a_duplicate_is_stored_and_not_flagged_again(editor_client, editor):
    a = factories.resource("Conflict Minerals Reporting Template (CMRT)", publisher="RMI")
    b = factories.resource("Conflict Minerals Reporting Template", publisher="RMI")
    duplicates.refresh([b.pk])
    page = editor_client.post(
        f"/admin/resources/resource/{b.pk}/not-duplicate/", {"other": a.pk}, follow=True
    ).content.decode()
    assert "are different resources" in page
    pair = DuplicatePair.objects.get()
    assert (pair.not_duplicate, pair.confirmed_by) == (True, editor)
    assert not duplicates.flagged().exists()
    # Saved again, or found again from the other side: still settled.
    editor_client.post(
        f"/admin/resources/resource/{a.pk}/change/",
        form(title=a.title, url=a.url, publisher=a.publisher.pk, status="published"),
    )
    duplicates.refresh([a.pk, b.pk])
    assert DuplicatePair.objects.get().not_duplicate
    page = editor_client.get(f"/admin/resources/resource/{b.pk}/change/").content.decode()
    assert 'section class="duplicates"' not in page


@pytest.mark.parametrize(
    "other", ["", "abc", "99999999", "1; DROP TABLE x", "²", "-1", "9" * 30, "0"]
)
def test_not_a_duplicate_of_something_not_flagged_is_a_400(editor_client, other):
    a = factories.resource("One")
    response = editor_client.post(
        f"/admin/resources/resource/{a.pk}/not-duplicate/", {"other": other}
    )
    assert response.status_code == 400
    assert editor_client.get(f"/admin/resources/resource/{a.pk}/not-duplicate/").status_code == 405


# On import --------------------------------------------------------------------------------------


def csv_file(*rows):
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({"resource_type": "guidance", "summary": "S.", **row})
    return out.getvalue().encode()


def test_an_import_flags_its_near_duplicates_with_their_lines(demo_library, tmp_path):
    gold = demo_library["Supplement on Gold (OECD Minerals Due Diligence Guidance)"]
    data = csv_file(
        {"title": "A new guide", "url": "https://example.org/a", "publisher": "OECD"},
        {
            "title": "OECD Minerals Due Diligence Guidance: Supplement on Gold",
            "url": "https://example.org/gold",
            "publisher": "OECD",
        },
        {"title": "Another", "url": "http://doi.org/10.1787/9789264252479-en/#supplement-on-gold"},
    )
    result, problems = import_csv(data, dry_run=True)
    assert problems == []
    assert [(d["line"], d["other_id"], d["reason"]) for d in result.duplicates] == [
        (3, gold.pk, "title"),
        (4, gold.pk, "url"),
    ]
    assert DuplicatePair.objects.count() == 0  # a dry run keeps nothing

    path = tmp_path / "more.csv"
    path.write_bytes(data)
    out = io.StringIO()
    call_command("import_resources", str(path), stdout=out)
    lines = out.getvalue().splitlines()
    assert lines[1] == "2 possible duplicates (imported all the same; check them in the admin):"
    assert lines[2].startswith(
        "line 3: may be the same resource as “Supplement on Gold (OECD Minerals Due Diligence "
        "Guidance)” (https://doi.org/10.1787/9789264252479-en#supplement-on-gold): same "
        "publisher, nearly the same title, "
    )
    assert lines[3].startswith("line 4: may be the same resource as “Supplement on Gold")
    assert lines[3].endswith(": the same link written differently")
    assert DuplicatePair.objects.filter(not_duplicate=False).count() == 2


def test_two_rows_of_one_file_are_reported_once_on_the_later_line():
    data = csv_file(
        {"title": "Conflict Minerals Reporting Template (CMRT)", "url": "https://x.org/1",
         "publisher": "RMI"},
        {"title": "Conflict Minerals Reporting Template", "url": "https://x.org/2",
         "publisher": "RMI"},
    )  # fmt: skip
    result, problems = import_csv(data, dry_run=True)
    assert [(d["line"], d["other_id"], d["other_line"]) for d in result.duplicates] == [
        (3, None, 2)
    ]


def test_past_its_title_limit_an_import_compares_links_and_keeps_title_flags(monkeypatch):
    monkeypatch.setattr(duplicates, "IMPORT_TITLE_ROWS", 0)
    a = factories.resource(
        "Conflict Minerals Reporting Template (CMRT)", publisher="RMI", url="https://x.org/cmrt"
    )
    b = factories.resource("Conflict Minerals Reporting Template", publisher="RMI")
    duplicates.refresh([b.pk])
    data = csv_file(
        # b again, changed: its title pair stands, not compared again.
        {"title": b.title, "url": b.url, "publisher": "RMI", "year": "2024"},
        {"title": "Conflict Minerals Reporting Template!", "url": "https://x.org/3",
         "publisher": "RMI"},
        {"title": "Other", "url": "http://www.x.org/cmrt/?utm_source=mail"},
    )  # fmt: skip
    result, problems = import_csv(data)
    assert problems == [] and result.updated == 1
    assert [(d["line"], d["reason"]) for d in result.duplicates] == [(4, "url")]
    assert pairs() == {
        (a.title, b.title, "title"),
        (a.title, "Other", "url"),
    }
