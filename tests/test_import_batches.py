"""The import at the size it was rebuilt for: files of thousands of rows, written in batches
(resources/importing.py). The format's rules themselves are in test_import.py."""

import csv
import io
import os
import pty
import subprocess
import sys
from collections import Counter

import pytest
from django.apps import apps
from django.conf import settings
from taggit.models import Tag

from resources import importing
from resources.importing import COLUMNS, import_csv
from resources.models import Publisher, Resource

from .test_import import MINERALS_ALLOWED, database, library, row
from .test_production import url_of_the_test_database

pytestmark = pytest.mark.django_db
ROWS = 3000  # three batches of importing.BATCH_SIZE


def url(n):
    return f"https://example.org/guide-{n}"


def lines_of(rows, columns=None):
    """The bytes of a CSV file of the rows, and the line each row starts on (header: 1)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns or COLUMNS, lineterminator="\n")
    writer.writeheader()
    starts = []
    for values in rows:
        starts.append(out.getvalue().count("\n") + 1)
        writer.writerow(values)
    return out.getvalue().encode(), starts


def many(count, first=1, **values):
    return [row(n, **values) for n in range(first, first + count)]


def history_counts():
    return Counter(Resource.history.values_list("url", flat=True))


def m2m_history(record, column):
    model = apps.get_model("resources", f"HistoricalResource_{column}")
    term = {"minerals": "mineral", "regions": "region"}[column]
    return sorted(
        model.objects.filter(history_id=record.history_id).values_list(f"{term}__slug", flat=True)
    )


def test_thousands_of_rows_create_and_update_with_one_history_record_each():
    imported, problems = import_csv(lines_of(many(1200, tags="kept"))[0])
    assert problems == [] and imported.new == 1200
    assert set(history_counts().values()) == {1}
    first = library()

    changed = {
        **{n: {"summary": f"Summary {n} rewritten."} for n in range(1, 1201, 10)},
        **{n: {"minerals": "gold;tin", "regions": "africa"} for n in range(5, 1201, 50)},
        **{n: {"tags": "kept;added"} for n in range(7, 1201, 100)},
    }
    rows = [row(n, **{"tags": "kept", **changed.get(n, {})}) for n in range(1, ROWS + 1)]
    result, problems = import_csv(lines_of(rows)[0])

    assert problems == []
    assert (result.new, result.updated, result.unchanged) == (
        1800,
        len(changed),
        1200 - len(changed),
    )
    counts = history_counts()
    assert {n for n in range(1, ROWS + 1) if counts[url(n)] == 2} == set(changed)
    assert all(counts[url(n)] == 1 for n in range(1, ROWS + 1) if n not in changed)
    after = library()
    for n in range(1, ROWS + 1):
        if n in changed:
            assert after[url(n)]["summary"] == row(n, **changed[n])["summary"]
        elif n <= 1200:
            assert after[url(n)] == first[url(n)]
        else:
            assert (after[url(n)]["title"], after[url(n)]["tags"]) == (
                f"Guide number {n}",
                ["kept"],
            )
            assert after[url(n)]["status"] == "published"
    assert after[url(5)]["minerals"] == ["gold", "tin"] and after[url(5)]["regions"] == ["africa"]
    assert after[url(7)]["tags"] == ["added", "kept"]
    assert after[url(2999)]["tags"] == ["kept"]
    assert Tag.objects.filter(name="kept").count() == 1
    assert Resource.objects.get(url=url(7)).tag_text == "added kept"

    # Each record is what simple_history would have made: its many-to-many values with it.
    old, new = Resource.history.filter(url=url(5)).order_by("history_id")
    assert (old.history_type, new.history_type) == ("+", "~")
    assert m2m_history(old, "minerals") == ["gold"] and m2m_history(new, "minerals") == [
        "gold",
        "tin",
    ]
    assert new.diff_against(old).changed_fields == ["minerals", "regions"]
    assert new.history_change_reason == "CSV import" and new.history_user is None
    tags_only = Resource.history.filter(url=url(7)).order_by("history_id").last()
    assert tags_only.history_type == "~"  # a change to the tags alone is a change too

    # The same file again: nothing is written, not even the updated column.
    before = database()
    again, problems = import_csv(lines_of(rows)[0])
    assert problems == []
    assert (again.new, again.updated, again.unchanged) == (0, 0, ROWS)
    assert database() == before


def test_every_bad_row_is_reported_with_the_line_it_starts_on():
    rows = many(2600)
    rows[3]["summary"] = "A summary\nover three\nlines."  # lines further down shift by 2
    rows[40]["title"] = 'A "quoted"\ntitle'
    rows[99]["minerals"] = "gold;kryptonite"
    rows[1500]["summary"] = "Two\nlines, before the next problems."
    rows[2100]["year"] = "19x9"
    rows[2101]["url"] = url(1)  # the same url as the first row, two batches before
    rows[2599]["oecd_steps"] = "0"
    data, starts = lines_of(rows)
    before = database()

    result, problems = import_csv(data)

    assert problems == [
        f"line {starts[99]}, column minerals: unknown mineral: kryptonite. "
        f"Allowed: {MINERALS_ALLOWED}",
        f"line {starts[2100]}, column year: not a year: 19x9. Use four digits, such as 2019",
        f"line {starts[2101]}, column url: the same url is on line 2 already",
        f"line {starts[2599]}, column oecd_steps: unknown OECD step: 0. Allowed: 1, 2, 3, 4, 5",
    ]
    assert (starts[99], starts[2599]) == (99 + 2 + 3, 2599 + 2 + 4)
    # Nothing of the batches written before the first problem is kept.
    assert database() == before


def test_a_problem_in_the_last_batch_rolls_back_the_batches_before_it():
    rows = many(ROWS, publisher="A New Publisher", tags="a new tag")
    rows[-1]["regions"] = "moon"
    before = database()
    result, problems = import_csv(lines_of(rows)[0])
    assert [problem.split(",")[0] for problem in problems] == [f"line {ROWS + 1}"]
    assert result.new == 2000  # two batches were written, and rolled back
    assert database() == before
    assert not Publisher.objects.filter(name="A New Publisher").exists()
    assert not Tag.objects.exists()


def test_a_dry_run_of_thousands_of_rows_counts_and_saves_nothing():
    import_csv(lines_of(many(500))[0])
    before = database()
    result, problems = import_csv(lines_of(many(ROWS, summary="Changed."))[0], dry_run=True)
    assert problems == []
    assert (result.new, result.updated, result.unchanged) == (ROWS - 500, 500, 0)
    assert database() == before


def test_slugs_and_tag_slugs_stay_unique_across_batches(monkeypatch):
    monkeypatch.setattr(importing, "BATCH_SIZE", 2)
    import_csv(lines_of([row(1, title="Same title")])[0])
    Tag.objects.create(name="Audit", slug="audit")
    rows = [row(n, title="Same title", tags=f"audit!;t{n % 2}") for n in range(2, 7)]
    result, problems = import_csv(lines_of(rows)[0])
    assert problems == [] and result.new == 5
    slugs = Resource.objects.order_by("pk").values_list("slug", flat=True)
    assert list(slugs) == ["same-title", *[f"same-title-{n}" for n in range(2, 7)]]
    assert sorted(Tag.objects.values_list("name", "slug")) == [
        ("Audit", "audit"),
        ("audit!", "audit_1"),
        ("t0", "t0"),
        ("t1", "t1"),
    ]


def test_publishers_are_found_in_any_case_across_batches(monkeypatch):
    monkeypatch.setattr(importing, "BATCH_SIZE", 2)
    publishers = ["OECD", "oecd", "New Body", "NEW BODY", "new   body", "Oecd"]
    rows = [row(n, publisher=name) for n, name in enumerate(publishers, 1)]
    result, problems = import_csv(lines_of(rows)[0])
    assert problems == []
    assert sorted(Publisher.objects.values_list("name", flat=True)) == ["New Body", "OECD"]
    assert Resource.objects.filter(publisher__name="OECD").count() == 3


def test_the_command_shows_its_progress_on_a_terminal_only(tmp_path, django_db_blocker):
    path = tmp_path / "resources.csv"
    path.write_bytes(lines_of(many(2500))[0])
    env = {**os.environ, "DATABASE_URL": url_of_the_test_database(django_db_blocker)}
    command = [sys.executable, "manage.py", "import_resources", str(path), "--dry-run"]

    primary, secondary = pty.openpty()
    process = subprocess.Popen(
        command, cwd=settings.BASE_DIR, env=env, stdout=secondary, stderr=subprocess.PIPE
    )
    os.close(secondary)
    screen = b""
    while True:
        try:
            chunk = os.read(primary, 4096)
        except OSError:  # the terminal closed with the process
            break
        if not chunk:
            break
        screen += chunk
    assert process.wait(timeout=60) == 0, process.stderr.read()
    text = screen.decode()
    assert "\r1,000 rows, " in text and " rows a second, about " in text and " s left" in text
    assert text.rstrip().endswith("2500 new, 0 updated, 0 unchanged.")

    piped = subprocess.run(command, cwd=settings.BASE_DIR, env=env, capture_output=True, text=True)
    assert piped.returncode == 0, piped.stderr
    assert piped.stdout == (
        f"Checked {path} (dry run, nothing was saved): 2500 new, 0 updated, 0 unchanged.\n"
    )
    assert Resource.objects.count() == 0
