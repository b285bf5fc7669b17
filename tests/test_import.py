"""The CSV import format, the import_resources and export_resources commands and the admin."""

import csv
import io
from collections import Counter
from importlib import import_module
from pathlib import Path

import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.db import connections
from django.utils import timezone
from taggit.models import Tag, TaggedItem

from eprm_hub.models import IndexVersion
from resources.importing import COLUMNS, export_csv, export_header, import_csv
from resources.models import ImportJob, Publisher, Resource

DEMO_CSV = Path(__file__).resolve().parent.parent / "resources" / "demo_data" / "resources.csv"
HEADER = ",".join(COLUMNS)
M2M = ["minerals", "supply_chain_tiers", "oecd_steps", "business_needs", "regions"]
CHANGELIST = "/admin/resources/resource/"

MINERALS_ALLOWED = (
    "tin, tantalum, tungsten, gold, cobalt, mica, lithium, natural-graphite, copper, nickel"
)
NEEDS_ALLOWED = (
    "understand-regulation, set-up-management-system, map-supply-chain, assess-risks, "
    "respond-to-risks, audit-and-certification, report-publicly, engage-suppliers, "
    "support-responsible-mining, learn-from-peers"
)
TYPES_ALLOWED = (
    "guidance, regulation, tool, template, standard, training, report, case-study, database, "
    "website"
)


# Building files ---------------------------------------------------------------------------


def row(n=1, **values):
    """One good row as a dict of the 13 columns; keyword arguments replace values."""
    return {
        "title": f"Guide number {n}",
        "url": f"https://example.org/guide-{n}",
        "publisher": "OECD",
        "year": "2020",
        "resource_type": "guidance",
        "languages": "en",
        "minerals": "gold",
        "supply_chain_tiers": "upstream",
        "oecd_steps": "1",
        "business_needs": "assess-risks",
        "regions": "global",
        "tags": "",
        "summary": f"What guide {n} is about.",
    } | values


def csv_file(*rows, columns=None):
    """The rows as the bytes of a CSV file (header = line 1, the first row = line 2)."""
    columns = columns or (list(rows[0]) if rows else COLUMNS)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode()


def imported(*rows, **kwargs):
    """Import the rows, asserting there was no problem; returns the import result."""
    result, problems = import_csv(csv_file(*rows), **kwargs)
    assert problems == []
    return result


# Looking at the database ------------------------------------------------------------------


def library():
    """What the format says about every resource, by url."""
    resources = Resource.objects.select_related("publisher", "resource_type").prefetch_related(
        *M2M, "tags"
    )
    return {
        r.url: {
            "title": r.title,
            "publisher": r.publisher.name if r.publisher else None,
            "year": r.year,
            "resource_type": r.resource_type.slug,
            "languages": r.languages,
            **{name: sorted(t.slug for t in getattr(r, name).all()) for name in M2M},
            "tags": sorted(t.name for t in r.tags.all()),
            "summary": r.summary,
            "status": r.status,
        }
        for r in resources
    }


def database():
    """Every row the import could touch, as stored, and the index versions."""
    tables = {
        "resources": list(Resource.objects.order_by("pk").values()),
        "publishers": list(Publisher.objects.order_by("pk").values()),
        "tags": list(Tag.objects.order_by("pk").values()),
        "tagged items": list(TaggedItem.objects.order_by("pk").values()),
        "history": list(Resource.history.order_by("history_id").values("history_id", "id")),
        "import jobs": list(ImportJob.objects.order_by("pk").values()),
        "index versions": index_versions(),
    }
    for name in M2M:
        through = getattr(Resource, name).through
        tables[name] = list(through.objects.order_by("pk").values())
    return tables


def normalised(text):
    """The rows of an exported CSV, with each row's tags as a set (their order is not kept)."""
    rows = list(csv.DictReader(io.StringIO(text)))
    return [r | {"tags": set(r["tags"].split(";"))} for r in rows]


def index_versions():
    return dict(IndexVersion.objects.values_list("name", "version"))


def resource(url):
    return Resource.objects.get(url=url)


def url(n):
    return f"https://example.org/guide-{n}"


def history_counts():
    """How many history records each resource has, by url."""
    return dict(Counter(Resource.history.values_list("url", flat=True)))


# The demo file, round trip and idempotence ---------------------------------------------------


@pytest.mark.django_db
def test_the_demo_file_imports_and_round_trips_through_the_export():
    result, problems = import_csv(DEMO_CSV.read_bytes())
    assert problems == []
    assert result.totals["new"] == 135
    first = library()
    assert len(first) == 135
    assert all(values["status"] == "published" for values in first.values())
    oecd = first[
        "https://www.oecd.org/en/topics/sub-issues/due-diligence-guidance-for-responsible"
        "-business-conduct/responsible-mineral-supply-chains.html"
    ]
    assert oecd["publisher"] == "OECD"
    assert oecd["languages"] == ["en", "fr", "es", "de", "tr", "zh", "ko", "ja"]
    assert oecd["oecd_steps"] == ["1", "2", "3", "4", "5"]
    assert oecd["tags"] == ["Annex II risks", "EU Conflict Minerals Regulation"]
    publishers = set(Publisher.objects.values_list("name", flat=True))
    tags = set(Tag.objects.values_list("name", flat=True))
    assert len(publishers) > 10 and len(tags) > 10

    exported = export_csv()
    assert exported.splitlines()[0] == ",".join(export_header())
    assert len(list(csv.DictReader(io.StringIO(exported)))) == 135

    Resource.objects.all().delete()
    Publisher.objects.all().delete()
    Tag.objects.all().delete()
    assert library() == {}

    result, problems = import_csv(exported.encode())
    assert problems == []
    assert result.totals["new"] == 135
    assert library() == first
    assert set(Publisher.objects.values_list("name", flat=True)) == publishers
    assert set(Tag.objects.values_list("name", flat=True)) == tags
    assert normalised(export_csv()) == normalised(exported)


@pytest.mark.django_db
def test_importing_the_same_file_twice_changes_nothing_the_second_time():
    data = DEMO_CSV.read_bytes()
    before = index_versions()
    import_csv(data)
    after_first = database()
    # The triggers do notice writes, so an unchanged version below means nothing was written.
    assert after_first["index versions"]["resources"] != before.get("resources")

    result, problems = import_csv(data)

    assert problems == []
    assert result.totals["skip"] == 135
    assert result.totals["new"] == result.totals["update"] == 0
    assert result.rows == 135
    assert database() == after_first


@pytest.mark.django_db
def test_a_changed_row_is_an_update_and_the_rest_are_unchanged():
    imported(row(1), row(2), row(3))
    result = imported(row(1), row(2, summary="Rewritten."), row(3, tags="new tag"))
    assert (result.new, result.updated, result.unchanged) == (0, 2, 1)
    assert history_counts() == {url(1): 1, url(2): 2, url(3): 2}
    assert resource("https://example.org/guide-2").summary == "Rewritten."
    assert list(resource("https://example.org/guide-3").tags.names()) == ["new tag"]
    assert Resource.objects.count() == 3


# Values ------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_values_by_name_in_any_case_and_new_publishers_and_tags():
    Publisher.objects.create(name="OECD")
    Tag.objects.create(name="Smelters")
    imported(
        row(
            1,
            minerals="GOLD; Natural graphite;tin",
            supply_chain_tiers="Upstream;MIDSTREAM",
            oecd_steps="4",
            business_needs="Assess-Risks",
            regions="GREAT-LAKES",
            resource_type="Case-Study",
            languages="EN; fr",
            publisher="oecd",
            tags="smelters; artisanal mining ;;audit",
        ),
        row(2, publisher="  Brand   New Institute ", oecd_steps="Carry out an independent "
            "third-party audit", supply_chain_tiers="downstream"),
    )  # fmt: skip
    first = library()["https://example.org/guide-1"]
    assert first["minerals"] == ["gold", "natural-graphite", "tin"]
    assert first["supply_chain_tiers"] == ["midstream", "upstream"]
    assert first["oecd_steps"] == ["4"]
    assert first["business_needs"] == ["assess-risks"]
    assert first["regions"] == ["great-lakes"]
    assert first["resource_type"] == "case-study"
    assert first["languages"] == ["en", "fr"]
    assert first["publisher"] == "OECD"
    assert first["tags"] == ["Smelters", "artisanal mining", "audit"]

    second = library()["https://example.org/guide-2"]
    assert second["publisher"] == "Brand New Institute"
    assert second["oecd_steps"] == ["4"]
    assert sorted(Publisher.objects.values_list("name", flat=True)) == [
        "Brand New Institute",
        "OECD",
    ]
    assert Publisher.objects.get(name="Brand New Institute").slug == "brand-new-institute"
    assert Tag.objects.filter(name__iexact="smelters").count() == 1
    # The search reads the tags and the publisher from denormalised columns.
    stored = resource("https://example.org/guide-1")
    assert stored.tag_text == "Smelters artisanal mining audit"
    assert stored.publisher_text == "OECD"


@pytest.mark.django_db
def test_empty_optional_values_are_allowed():
    imported(
        row(1, publisher="", year="", languages="", minerals="", supply_chain_tiers="",
            oecd_steps="", business_needs="", regions="", tags="")
    )  # fmt: skip
    stored = resource("https://example.org/guide-1")
    assert stored.publisher is None and stored.year is None and stored.languages == []
    assert stored.minerals.count() == 0 and stored.tags.count() == 0


# Bad rows ----------------------------------------------------------------------------------


BAD_VALUES = [
    ("minerals", "gold;unobtainium",
     f"unknown mineral: unobtainium. Allowed: {MINERALS_ALLOWED}"),
    ("business_needs", "bogus-need",
     f"unknown business need: bogus-need. Allowed: {NEEDS_ALLOWED}"),
    # Business needs are given by slug only, not by name.
    ("business_needs", "Assess risks",
     f"unknown business need: Assess risks. Allowed: {NEEDS_ALLOWED}"),
    ("resource_type", "leaflet",
     f"unknown resource type: leaflet. Allowed: {TYPES_ALLOWED}"),
    ("resource_type", "", "a resource type is required"),
    ("supply_chain_tiers", "sideways",
     "unknown supply-chain tier: sideways. Allowed: upstream, midstream, downstream"),
    ("oecd_steps", "6", "unknown OECD step: 6. Allowed: 1, 2, 3, 4, 5"),
    ("regions", "moon", "unknown region: moon. Allowed: global, europe, africa, "
     "central-africa, east-africa, west-africa, great-lakes, latin-america, north-america, asia"),
    ("languages", "en;xx",
     "not ISO 639-1 language codes: xx. Use two-letter codes such as en, fr, de, zh"),
    ("title", "", "This field cannot be blank."),
    ("url", "", "This field cannot be blank."),
    ("url", "not a link", "Enter a valid URL."),
    ("summary", "", "This field cannot be blank."),
    ("year", "abc", "not a year: abc. Use four digits, such as 2019"),
    ("year", "1700", "Ensure this value is greater than or equal to 1900."),
]  # fmt: skip


@pytest.mark.django_db
@pytest.mark.parametrize(("column", "value", "message"), BAD_VALUES)
def test_a_bad_value_rejects_the_file_with_line_column_and_allowed_values(column, value, message):
    data = csv_file(row(1), row(2, **{column: value}), row(3))
    result, problems = import_csv(data)
    assert problems == [f"line 3, column {column}: {message}"]
    assert Resource.objects.count() == 0
    assert not Publisher.objects.exists()


@pytest.mark.django_db
def test_a_url_twice_in_the_file_is_reported_on_its_second_line():
    data = csv_file(row(1), row(2), row(3, url="https://example.org/guide-1"))
    result, problems = import_csv(data)
    assert problems == ["line 4, column url: the same url is on line 2 already"]
    assert Resource.objects.count() == 0


@pytest.mark.django_db
def test_an_unknown_status_is_reported():
    columns = [*COLUMNS, "status"]
    data = csv_file(row(1, status="draft"), row(2, status="hidden"), columns=columns)
    result, problems = import_csv(data)
    assert problems == [
        "line 3, column status: unknown status: hidden. Allowed: draft, published, archived",
    ]
    assert Resource.objects.count() == 0


@pytest.mark.django_db
def test_every_bad_row_of_a_file_is_reported_in_order():
    data = csv_file(
        row(1),
        row(2, minerals="gold;kryptonite"),
        row(3),
        row(4, title="", year="19x9"),
        row(5, url="https://example.org/guide-1", business_needs="nope"),
        row(6),
    )
    result, problems = import_csv(data)
    expected = [
        f"line 3, column minerals: unknown mineral: kryptonite. Allowed: {MINERALS_ALLOWED}",
        "line 5, column title: This field cannot be blank.",
        "line 5, column year: not a year: 19x9. Use four digits, such as 2019",
        "line 6, column url: the same url is on line 2 already",
    ]
    assert sorted(problems) == sorted(expected)
    assert [problem.split(",")[0] for problem in problems] == [
        "line 3", "line 5", "line 5", "line 6",
    ]  # fmt: skip
    assert Resource.objects.count() == 0


@pytest.mark.django_db
def test_a_bad_row_saves_nothing_of_the_good_rows():
    imported(row(1, tags="kept"), row(2))
    before = database()
    data = csv_file(
        row(1, summary="Changed.", publisher="Another Publisher", tags="kept;fresh"),
        row(7, publisher="Yet Another Publisher", tags="newer"),
        row(8, minerals="copper;nickel", regions="asia"),
        row(9, oecd_steps="0"),
    )
    result, problems = import_csv(data)
    assert problems == ["line 5, column oecd_steps: unknown OECD step: 0. Allowed: 1, 2, 3, 4, 5"]
    assert database() == before
    assert sorted(Tag.objects.values_list("name", flat=True)) == ["kept"]


@pytest.mark.django_db
def test_a_file_that_is_not_utf8_is_refused_with_a_message():
    data = csv_file(row(1, title="Café guide")).decode().encode("latin-1")
    with pytest.raises(Exception, match="not UTF-8 text") as error:
        import_csv(data)
    assert "Save it as CSV UTF-8" in " ".join(error.value.messages)
    assert Resource.objects.count() == 0


@pytest.mark.django_db
def test_a_utf8_file_with_a_byte_order_mark_imports():
    imported_result, problems = import_csv(b"\xef\xbb\xbf" + csv_file(row(1, title="Café guide")))
    assert problems == []
    assert resource("https://example.org/guide-1").title == "Café guide"


# The header row ----------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_missing_and_an_unknown_column_are_refused_naming_them():
    columns = [c for c in COLUMNS if c != "year"] + ["colour"]
    rows = [{k: v for k, v in row(n, colour="red").items() if k != "year"} for n in (1, 2)]
    result, problems = import_csv(csv_file(*rows, columns=columns))
    assert len(problems) == 1, problems  # the header, not one complaint per row
    assert "missing columns: year" in problems[0]
    assert "unknown columns: colour" in problems[0]
    assert HEADER in problems[0]  # and it says what the columns are
    assert Resource.objects.count() == 0


@pytest.mark.django_db
def test_an_unknown_column_alone_is_refused():
    result, problems = import_csv(csv_file(row(1, notes="x"), columns=[*COLUMNS, "notes"]))
    assert len(problems) == 1
    assert "unknown columns: notes" in problems[0]
    assert "missing" not in problems[0]
    assert Resource.objects.count() == 0


@pytest.mark.django_db
def test_a_missing_url_column_is_one_problem():
    columns = [c for c in COLUMNS if c != "url"]
    rows = [{k: v for k, v in row(n).items() if k != "url"} for n in (1, 2, 3)]
    result, problems = import_csv(csv_file(*rows, columns=columns))
    assert len(problems) == 1
    assert "missing columns: url" in problems[0]
    assert Resource.objects.count() == 0


@pytest.mark.django_db
def test_an_empty_file_is_refused():
    result, problems = import_csv(b"")
    assert len(problems) == 1
    assert "missing columns: title, url, publisher" in problems[0]


# The status column -------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_status_column_is_used_when_present():
    columns = [*COLUMNS, "status"]
    data = csv_file(
        row(1, status="draft"),
        row(2, status="Archived"),
        row(3, status="PUBLISHED"),
        columns=columns,
    )
    result, problems = import_csv(data)
    assert problems == []
    statuses = {url: values["status"] for url, values in library().items()}
    assert statuses == {
        "https://example.org/guide-1": "draft",
        "https://example.org/guide-2": "archived",
        "https://example.org/guide-3": "published",
    }
    assert resource("https://example.org/guide-1").published_at is None
    assert resource("https://example.org/guide-3").published_at is not None

    # On existing resources too.
    result, problems = import_csv(
        csv_file(row(1, status="published"), row(2, status="archived"), columns=columns)
    )
    assert problems == []
    assert (result.new, result.updated, result.unchanged) == (0, 1, 1)
    assert history_counts() == {url(1): 2, url(2): 1, url(3): 1}
    assert resource("https://example.org/guide-1").status == "published"
    assert resource("https://example.org/guide-1").published_at is not None


@pytest.mark.django_db
def test_without_status_column_new_rows_are_published_and_existing_keep_their_status():
    imported(row(1, status="archived"), row(2, status="draft"))
    assert resource("https://example.org/guide-1").status == "archived"

    result = imported(row(1, summary="Still archived."), row(2), row(3))

    assert (result.new, result.updated, result.unchanged) == (1, 1, 1)
    assert history_counts() == {url(1): 2, url(2): 1, url(3): 1}
    assert resource("https://example.org/guide-1").status == "archived"
    assert resource("https://example.org/guide-1").summary == "Still archived."
    assert resource("https://example.org/guide-2").status == "draft"
    assert resource("https://example.org/guide-3").status == "published"
    assert resource("https://example.org/guide-3").published_at is not None


# The commands ------------------------------------------------------------------------------


def run_command(name, *args):
    """Run the command as manage.py does: (exit status, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    command = import_module(f"resources.management.commands.{name}").Command(stdout=out, stderr=err)
    status = 0
    try:
        command.run_from_argv(["manage.py", name, *args])
    except SystemExit as exit:
        status = exit.code
    return status, out.getvalue(), err.getvalue()


@pytest.fixture
def keep_connection(monkeypatch):
    """run_from_argv closes the connections, which would end the test's transaction."""
    monkeypatch.setattr(connections, "close_all", lambda: None)


@pytest.mark.django_db
def test_import_command_reports_what_it_did(tmp_path):
    path = tmp_path / "resources.csv"
    path.write_bytes(csv_file(row(1), row(2), row(3)))
    out = io.StringIO()
    call_command("import_resources", str(path), stdout=out)
    assert out.getvalue() == f"Imported {path}: 3 new, 0 updated, 0 unchanged.\n"
    assert Resource.objects.published().count() == 3

    path.write_bytes(csv_file(row(1), row(2, year="2021"), row(3), row(4)))
    out = io.StringIO()
    call_command("import_resources", str(path), stdout=out)
    assert out.getvalue() == f"Imported {path}: 1 new, 1 updated, 2 unchanged.\n"


@pytest.mark.django_db
def test_import_command_exits_0_on_success(tmp_path, keep_connection):
    path = tmp_path / "resources.csv"
    path.write_bytes(csv_file(row(1)))
    assert run_command("import_resources", str(path)) == (
        0,
        f"Imported {path}: 1 new, 0 updated, 0 unchanged.\n",
        "",
    )


@pytest.mark.django_db
def test_import_command_dry_run_saves_nothing(tmp_path):
    imported(row(1))
    before = database()
    path = tmp_path / "resources.csv"
    path.write_bytes(csv_file(row(1, summary="Changed."), row(2, publisher="New One", tags="t")))
    out = io.StringIO()
    call_command("import_resources", str(path), "--dry-run", stdout=out)
    assert out.getvalue() == (
        f"Checked {path} (dry run, nothing was saved): 1 new, 1 updated, 0 unchanged.\n"
    )
    assert database() == before


@pytest.mark.django_db
def test_import_command_lists_every_problem_and_exits_1(tmp_path, keep_connection):
    path = tmp_path / "bad.csv"
    path.write_bytes(csv_file(row(1), row(2, year="abc"), row(3, resource_type="leaflet")))
    status, out, err = run_command("import_resources", str(path))
    assert status == 1
    assert out == ""
    assert err.splitlines() == [
        f"CommandError: Nothing was imported: 2 problems in {path}",
        "line 3, column year: not a year: abc. Use four digits, such as 2019",
        f"line 4, column resource_type: unknown resource type: leaflet. Allowed: {TYPES_ALLOWED}",
    ]
    assert Resource.objects.count() == 0

    with pytest.raises(CommandError, match=r"^Nothing was imported: 2 problems in ") as error:
        call_command("import_resources", str(path), "--dry-run")
    assert error.value.returncode == 1


@pytest.mark.django_db
def test_import_command_one_problem_is_singular(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_bytes(csv_file(row(1, regions="mars")))
    with pytest.raises(CommandError) as error:
        call_command("import_resources", str(path))
    assert str(error.value).splitlines()[0] == f"Nothing was imported: 1 problem in {path}"


@pytest.mark.django_db
def test_import_command_refuses_a_missing_file_in_one_line(tmp_path, keep_connection):
    path = tmp_path / "nowhere.csv"
    status, out, err = run_command("import_resources", str(path))
    assert status == 1
    assert err == f"CommandError: {path}: no such file.\n"
    assert "Traceback" not in err


@pytest.mark.django_db
def test_import_command_refuses_a_file_that_is_not_utf8_in_one_line(tmp_path, keep_connection):
    path = tmp_path / "latin1.csv"
    path.write_bytes(csv_file(row(1, title="Café guide")).decode().encode("latin-1"))
    status, out, err = run_command("import_resources", str(path))
    assert status == 1
    assert len(err.splitlines()) == 1
    assert err.startswith(f"CommandError: {path}: The file is not UTF-8 text (byte ")
    assert "Save it as CSV UTF-8" in err
    assert Resource.objects.count() == 0


@pytest.mark.django_db
def test_import_command_refuses_a_wrong_header(tmp_path, keep_connection):
    path = tmp_path / "header.csv"
    path.write_bytes(csv_file(row(1, colour="red"), columns=[*COLUMNS, "colour"]))
    status, out, err = run_command("import_resources", str(path))
    assert status == 1
    lines = err.splitlines()
    assert lines[0] == f"CommandError: Nothing was imported: 1 problem in {path}"
    assert "unknown columns: colour" in lines[1]


def parse(text):
    return list(csv.reader(io.StringIO(text)))


@pytest.mark.django_db
def test_export_command_writes_the_published_resources_in_the_13_columns_and_translations():
    imported(
        row(1, status="published", tags="b;a"),
        row(2, status="draft"),
        row(3, status="archived"),
        row(4, status="published", minerals="tin;gold"),
    )
    out = io.StringIO()
    call_command("export_resources", stdout=out)
    rows = parse(out.getvalue())
    assert rows[0] == export_header()
    assert [r[1] for r in rows[1:]] == [
        "https://example.org/guide-1",
        "https://example.org/guide-4",
    ]
    first = dict(zip(COLUMNS, rows[1], strict=False))
    assert sorted(first.pop("tags").split(";")) == ["a", "b"]
    assert first == {k: v for k, v in row(1).items() if k != "tags"}
    fourth = dict(zip(COLUMNS, rows[2], strict=False))
    assert sorted(fourth["minerals"].split(";")) == ["gold", "tin"]


@pytest.mark.django_db
def test_export_command_all_adds_the_status_and_reimports_to_the_same_statuses(tmp_path):
    imported(row(1, status="published"), row(2, status="draft"), row(3, status="archived"))
    path = tmp_path / "all.csv"
    out = io.StringIO()
    call_command("export_resources", "--all", "--output", str(path), stdout=out)
    assert out.getvalue() == ""
    rows = parse(path.read_text(encoding="utf-8"))
    assert rows[0] == export_header(with_status=True)
    status = rows[0].index("status")
    assert {r[1]: r[status] for r in rows[1:]} == {
        "https://example.org/guide-1": "published",
        "https://example.org/guide-2": "draft",
        "https://example.org/guide-3": "archived",
    }

    before = library()
    Resource.objects.all().delete()
    out = io.StringIO()
    call_command("import_resources", str(path), stdout=out)
    assert out.getvalue() == f"Imported {path}: 3 new, 0 updated, 0 unchanged.\n"
    assert library() == before


@pytest.mark.django_db
def test_export_command_output_file_matches_stdout(tmp_path):
    imported(row(1), row(2, title="Ça marche", summary="Accents: é, ü, 中文"))
    path = tmp_path / "out.csv"
    call_command("export_resources", "-o", str(path))
    out = io.StringIO()
    call_command("export_resources", stdout=out)
    assert path.read_bytes().decode("utf-8") == out.getvalue()
    assert "Accents: é, ü, 中文" in out.getvalue()


# The admin ---------------------------------------------------------------------------------


def upload(client, data, name="resources.csv"):
    return client.post(
        f"{CHANGELIST}import/",
        {"file": SimpleUploadedFile(name, data, content_type="text/csv")},
    )


def job_page(client, response):
    """The page the upload or the confirmation redirected to: the import's job."""
    assert response.status_code == 302, response.content.decode()[:2000]
    page = client.get(response["Location"])
    assert page.status_code == 200
    return page, page.content.decode()


@pytest.mark.django_db
def test_an_editor_imports_a_csv_in_the_admin(editor_client, editor):
    imported(row(1, status="archived"))
    data = csv_file(row(1, summary="Updated in the admin."), row(2, publisher="Admin Pub"),
                    row(3, tags="x;y"))  # fmt: skip

    checked, text = job_page(editor_client, upload(editor_client, data))
    job = checked.context["job"]
    assert (job.state, job.new, job.updated, job.unchanged) == ("checked", 2, 1, 0)
    assert "What the import will do" in text and "Nothing has been saved yet." in text
    # The first step is a dry run.
    assert Resource.objects.count() == 1
    assert not Publisher.objects.filter(name="Admin Pub").exists()

    done, text = job_page(
        editor_client, editor_client.post(f"{CHANGELIST}import/{job.pk}/confirm/")
    )
    assert done.context["job"].state == "imported"
    assert "What the import did" in text

    assert library()["https://example.org/guide-1"]["summary"] == "Updated in the admin."
    assert library()["https://example.org/guide-1"]["status"] == "archived"
    assert library()["https://example.org/guide-2"]["publisher"] == "Admin Pub"
    assert library()["https://example.org/guide-3"]["tags"] == ["x", "y"]
    assert resource("https://example.org/guide-3").status == "published"
    assert resource("https://example.org/guide-3").tag_text == "x y"
    record = resource("https://example.org/guide-2").history.get()
    assert record.history_user == editor
    assert record.history_change_reason == "Imported from resources.csv"
    # Confirming twice imports once.
    editor_client.post(f"{CHANGELIST}import/{job.pk}/confirm/")
    assert Resource.history.count() == 1 + 3


@pytest.mark.django_db
def test_a_bad_file_in_the_admin_shows_the_errors_and_saves_nothing(editor_client):
    before = database()
    data = csv_file(row(1), row(2, minerals="unobtainium"), row(3, year="1700"))
    response, page = job_page(editor_client, upload(editor_client, data))
    job = response.context["job"]
    assert job.state == "rejected"
    assert [(p["line"], p["column"]) for p in job.problems] == [(3, "minerals"), (4, "year")]
    assert "Nothing was imported: the file has 2 problems." in page
    assert "unknown mineral: unobtainium" in page
    assert f"<td>{MINERALS_ALLOWED}</td>" in page  # what is allowed, in a column of its own
    assert "greater than or equal to 1900" in page
    assert f"import/{job.pk}/confirm/" not in page  # no Import button
    assert database() == {**before, "import jobs": database()["import jobs"]}


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("data", "message"),
    [
        (csv_file(row(1, colour="red"), columns=[*COLUMNS, "colour"]), "unknown columns: colour"),
        (b"", "The submitted file is empty."),
        (csv_file(row(1, title="Café")).decode().encode("latin-1"), "The file is not UTF-8 text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "The file is not UTF-8 text"),
        (b'{"title": "not a CSV file"}', "missing columns: title, url"),
        (HEADER.encode() + b"\n", "The file has no rows below its header."),
        (HEADER.encode() + b'\n"a\x00b",', "The file is not text (byte 127 is a NUL character)"),
        (HEADER.encode() + b'\n"' + b"x" * 200_000 + b'",', "The file cannot be read as CSV"),
    ],
)
def test_a_bad_upload_is_refused_with_a_message_and_saves_nothing(editor_client, data, message):
    before = database()
    response = upload(editor_client, data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert database() == before


@pytest.mark.django_db
def test_an_upload_with_a_long_name_imports(editor_client):
    name = "Liste des ressources " + "é" * 200 + ".csv"
    response, page = job_page(editor_client, upload(editor_client, csv_file(row(1)), name=name))
    job = response.context["job"]
    assert job.file_name == name[:255] and job.state == "checked"
    assert len(job.file.name) < 100


@pytest.mark.django_db
def test_importing_takes_the_add_and_change_permissions(client, django_user_model):
    viewer = django_user_model.objects.create_user(username="viewer", is_staff=True)
    viewer.user_permissions.set(
        Permission.objects.filter(codename__in=["view_resource", "change_resource"])
    )
    client.force_login(viewer)
    assert f'href="{CHANGELIST}import/"' not in client.get(CHANGELIST).content.decode()
    assert client.get(f"{CHANGELIST}import/").status_code == 403
    assert upload(client, csv_file(row(1))).status_code == 403
    assert Resource.objects.count() == 0


@pytest.mark.django_db
def test_the_admin_export_returns_the_csv_of_the_list_as_filtered(editor_client):
    imported(row(1, status="published"), row(2, status="draft"))
    response = editor_client.get(f"{CHANGELIST}export/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    body = response.getvalue().decode("utf-8")
    assert body.startswith("\ufeff")  # a byte order mark: Excel reads UTF-8
    rows = parse(body.removeprefix("\ufeff"))
    assert rows[0] == export_header()
    assert sorted(r[1] for r in rows[1:]) == [
        "https://example.org/guide-1",
        "https://example.org/guide-2",
    ]
    assert dict(zip(COLUMNS, rows[1], strict=False)) == row(1)

    drafts = editor_client.get(f"{CHANGELIST}export/?status__exact=draft").getvalue().decode()
    assert [r[1] for r in parse(drafts.removeprefix("\ufeff"))[1:]] == [url(2)]
    assert editor_client.get(f"{CHANGELIST}export/?colour=red").status_code == 400


def run_action(client, action, *resources):
    return client.post(
        CHANGELIST,
        {"action": action, "_selected_action": [r.pk for r in resources], "index": "0"},
    )


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("action", "field", "value", "reason"),
    [
        ("publish", "status", "published", "published"),
        ("archive", "status", "archived", "archived"),
        ("mark_reviewed", "last_reviewed_on", None, "marked reviewed today"),
    ],
)
def test_bulk_actions_change_the_selected_resources_in_the_history(
    editor_client, editor, action, field, value, reason
):
    imported(row(1, status="draft"), row(2, status="draft"), row(3, status="draft"))
    one, two, three = (resource(f"https://example.org/guide-{n}") for n in (1, 2, 3))
    value = value or timezone.localdate()
    history_before = Resource.history.count()

    response = run_action(editor_client, action, one, two)

    assert response.status_code == 302
    for chosen in (one, two):
        chosen.refresh_from_db()
        assert getattr(chosen, field) == value
        record = chosen.history.first()
        assert record.history_user == editor
        assert record.history_change_reason == reason
        assert getattr(record, field) == value
    three.refresh_from_db()
    assert three.status == "draft" and three.last_reviewed_on is None
    assert three.history.first().history_user is None  # only the import's record
    assert Resource.history.count() == history_before + 2
    if action == "publish":
        assert one.published_at is not None
