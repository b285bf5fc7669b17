"""A catalogue's declaration is checked when the project starts, so that a typo fails
`manage.py check` rather than the first request (eprm_hub/facets/checks.py, docs/facets.md)."""

import pytest
from django.core import management
from django.core.management.base import SystemCheckError
from django.db.models import F

from eprm_hub import triggers
from eprm_hub.facets import Catalogue, Facet, Sort, check_catalogue, terms_of
from eprm_hub.models import Mineral
from resources.models import Resource

MINERAL = Facet("mineral", "Mineral", "minerals__slug", terms_of(Mineral))
SORTS = [Sort("relevance", "Relevance"), Sort("newest", "Newest", ("-published_at", "pk"))]


def declared(name="typos", visible=Resource.objects.published, **changes):
    """A catalogue like the library's, with some of its declaration changed."""
    options = {
        "facets": [MINERAL],
        "sorts": SORTS,
        "year_field": "year",
        "words_view": "resources_searchword",
        "highlight": ("title", "summary"),
        "row_facets": ("mineral",),
    } | changes
    return Catalogue(name, visible=visible, **options)


def ids(catalogue):
    return [error.id for error in check_catalogue(catalogue)]


def test_the_apps_catalogues_pass_and_so_does_manage_py_check():
    assert set(triggers.CATALOGUES) == {"resources", "members", "projects"}
    for catalogue in triggers.CATALOGUES.values():
        assert check_catalogue(catalogue) == []
    assert check_catalogue(declared()) == []
    management.call_command("check")  # raises SystemCheckError on any error


def test_a_typo_in_a_facets_path_fails_manage_py_check(monkeypatch):
    typo = Facet("mineral", "Mineral", "minerals__slugg", terms_of(Mineral))
    catalogue = declared(facets=[typo])
    [error] = check_catalogue(catalogue)
    assert error.id == "eprm_hub.E013"
    assert str(error).startswith("catalogue 'typos': (eprm_hub.E013) Facet 'mineral': its path")
    assert "'minerals__slugg'" in error.msg and "slugg" in error.msg
    monkeypatch.setitem(triggers.CATALOGUES, "typos", catalogue)
    with pytest.raises(SystemCheckError, match=r"eprm_hub\.E013"):
        management.call_command("check")


def test_facet_names_are_unique_and_usable_in_a_query_string():
    tier = Facet("tier", "Tier", "supply_chain_tiers__slug", terms_of(Mineral))
    assert ids(declared(facets=[MINERAL, tier, MINERAL])) == ["eprm_hub.E011"]
    sort = Facet("sort", "Sort", "minerals__slug", terms_of(Mineral))
    spaced = Facet("a mineral", "Mineral", "minerals__slug", terms_of(Mineral))
    assert ids(declared(facets=[sort, spaced], row_facets=())) == ["eprm_hub.E012"] * 2
    assert ids(declared(row_facets=("minerals",))) == ["eprm_hub.E014"]


def test_sort_fields_resolve_and_only_relevance_has_no_ordering():
    typo = Sort("newest", "Newest", ("-publishd_at", "pk"))
    assert ids(declared(sorts=[SORTS[0], typo])) == ["eprm_hub.E017"]
    expression = Sort("newest", "Newest", (F("publishd_at").desc(nulls_last=True),))
    assert ids(declared(sorts=[SORTS[0], expression])) == ["eprm_hub.E017"]
    assert ids(declared(sorts=[*SORTS, SORTS[1]])) == ["eprm_hub.E015"]
    unordered = Sort("title", "Title")
    assert ids(declared(sorts=[*SORTS, unordered])) == ["eprm_hub.E016"]
    assert ids(declared(sorts=[SORTS[0]])) == ["eprm_hub.E016"]  # no order without text


def test_the_year_the_text_and_the_highlighted_fields_exist():
    assert ids(declared(year_field="yeer")) == ["eprm_hub.E018"]
    assert ids(declared(highlight=("title", "summry"))) == ["eprm_hub.E021"]
    assert ids(declared(words_view="words; drop table x")) == ["eprm_hub.E020"]
    assert ids(declared(name="Bad name")) == ["eprm_hub.E010"]
    vocabulary = declared(
        visible=Mineral.objects.all,
        facets=[Facet("colour", "Colour", "colour", terms_of(Mineral))],
        sorts=[Sort("name", "Name", ("slug",))],
        year_field=None,
        highlight=None,
        row_facets=(),
    )
    [error] = check_catalogue(vocabulary)
    assert error.id == "eprm_hub.E019"
    assert "eprm_hub.Mineral has no 'search_vector'" in error.msg
