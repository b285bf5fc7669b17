"""The repository documents itself: the README fits on a few screens and leads into docs/, every
page of docs/ can be reached from it, and no link between them is broken."""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = sorted((ROOT / "docs").glob("*.md"))
PAGES = [ROOT / "README.md", *DOCS]
# [text](target), a relative target: a file of the repository, maybe with an #anchor.
LINK = re.compile(r"\]\((?!https?:|mailto:|#)([^)\s]+?)(?:#[^)]*)?\)")


def links(page):
    return {(page.parent / target).resolve() for target in LINK.findall(page.read_text())}


def test_the_readme_fits_on_a_few_screens():
    lines = (ROOT / "README.md").read_text().splitlines()
    assert len(lines) <= 200, f"README.md has {len(lines)} lines: move the details to docs/"


def test_the_readme_keeps_the_two_commands_configuration_production_and_the_map():
    text = (ROOT / "README.md").read_text()
    for part in ("make run", "make test", "## Configuration", "## Production", "## Documentation"):
        assert part in text


@pytest.mark.parametrize("doc", DOCS, ids=lambda path: path.name)
def test_every_docs_page_is_linked_from_the_readme_or_another_page(doc):
    linking = [page.name for page in PAGES if page != doc and doc.resolve() in links(page)]
    assert linking, f"nothing links to docs/{doc.name}"


@pytest.mark.parametrize("page", PAGES, ids=lambda path: path.name)
def test_no_relative_link_is_broken(page):
    broken = sorted(str(target) for target in links(page) if not target.exists())
    assert not broken, f"{page.name} links to missing files: {broken}"


def test_the_link_pattern_finds_relative_links_only():
    found = LINK.findall("[a](docs/x.md) [b](y.md#part) [c](https://e.org/z.md) [d](#top)")
    assert found == ["docs/x.md", "y.md"]
