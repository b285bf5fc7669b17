"""The import's preview in the admin: every problem in a table, on the line an editor sees in
the file (the header is line 1, a quoted cell may span lines, blank lines count), in the
same words as the command line; the format it read said, not asked."""

import io

import lxml.html
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command

from resources.models import ImportJob, Resource

pytestmark = pytest.mark.django_db

IMPORT = "/admin/resources/resource/import/"
HEADER = "title,url,publisher,year,resource_type,languages,minerals,supply_chain_tiers,oecd_steps,business_needs,regions,tags,summary"  # noqa: E501
# Line numbers as a text editor shows them; the comments say what is on each.
FILE = "\n".join(
    [
        HEADER,  # 1
        "Good one,https://example.org/1,OECD,2020,guidance,en,tin,,,,,,Fine.",  # 2
        "Bad mineral,https://example.org/2,OECD,2020,guidance,en,kryptonite,,,,,,Fine.",  # 3
        "",  # 4: a blank line
        'Two-line summary,https://example.org/3,OECD,2020,guidance,en,,,,,,,"First line',  # 5
        'second line."',  # 6: the same row
        "Bad year,https://example.org/4,OECD,19x9,guidance,en,,,,,,,Fine.",  # 7
        "Twice,https://example.org/1,OECD,2020,guidance,en,,,,,,,Fine.",  # 8
        "Bad step,https://example.org/5,OECD,2020,guidance,en,,,6,,,,Fine.",  # 9
    ]
).encode()
KNOWN_LINES = [(3, "minerals"), (7, "year"), (8, "url"), (9, "oecd_steps")]


def preview(client, data, name="resources.csv"):
    response = client.post(IMPORT, {"file": SimpleUploadedFile(name, data)}, follow=True)
    assert response.status_code == 200
    return lxml.html.fromstring(response.content.decode())


def problem_rows(page):
    table = page.xpath("//table[@class='import-problems']")[0]
    heads = [th.text_content() for th in table.xpath(".//thead//th")]
    assert heads == ["Line", "Column", "Value", "Problem", "What is allowed"]
    return [[td.text_content() for td in tr.xpath("td")] for tr in table.xpath(".//tbody/tr")]


def test_the_preview_shows_each_problem_on_its_line_in_the_file(editor_client):
    page = preview(editor_client, FILE)
    rows = problem_rows(page)
    assert [(int(line), column) for line, column, *_rest in rows] == KNOWN_LINES
    assert rows[0][2] == "kryptonite" and rows[1][2] == "19x9" and rows[3][2] == "6"
    assert rows[0][4].startswith("tin, tantalum, tungsten, gold")
    assert rows[3][4] == "1, 2, 3, 4, 5"
    assert Resource.objects.count() == 0
    assert ImportJob.objects.get().state == ImportJob.State.REJECTED


def test_the_preview_and_the_command_say_the_same(editor_client, tmp_path):
    rows = problem_rows(preview(editor_client, FILE))
    path = tmp_path / "resources.csv"
    path.write_bytes(FILE)
    with pytest.raises(CommandError) as error:
        call_command("import_resources", str(path), stdout=io.StringIO())
    command_lines = str(error.value).splitlines()[1:]
    from_the_table = []
    for line, column, _value, problem, allowed in rows:
        text = f"line {line}, column {column}: {problem}"
        from_the_table.append(text + (f". Allowed: {allowed}" if allowed != "—" else ""))
    assert command_lines == from_the_table


def test_the_preview_says_how_it_read_the_file_and_asks_no_format(editor_client):
    form = lxml.html.fromstring(editor_client.get(IMPORT).content.decode())
    inputs = form.xpath("//form[@enctype='multipart/form-data']//*[@name][not(@type='hidden')]")
    assert [field.get("name") for field in inputs] == ["file"]
    good = b"\xef\xbb\xbf" + FILE.split(b"\n")[0] + b"\n" + FILE.split(b"\n")[1] + b"\n"
    page = preview(editor_client, good)
    said = page.xpath("//p[starts-with(normalize-space(), 'Read as:')]")[0].text_content()
    assert said == (
        "Read as: CSV, UTF-8 with a byte order mark, columns separated by commas, the header "
        "row on line 1, no status column: new resources are published."
    )


@pytest.mark.parametrize(("separator", "name"), [(";", "semicolons"), ("\t", "tabs")])
def test_a_file_of_another_separator_is_refused_saying_how_to_save_it(
    editor_client, separator, name
):
    data = FILE.replace(b",", separator.encode())
    response = editor_client.post(IMPORT, {"file": SimpleUploadedFile("r.csv", data)})
    assert response.status_code == 400
    assert (
        f"The columns are separated by {name}, not commas. Save the file as "
        f"“CSV UTF-8 (comma delimited)”."
    ) in response.content.decode()
    assert not ImportJob.objects.exists()
