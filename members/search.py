"""The member directory's listing: its facets and sorts for the facet engine (eprm_hub.facets)."""

from django.db.models import F
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from eprm_hub.facets import Catalogue, Facet, Sort, Term, terms_of
from eprm_hub.models import Mineral, SupplyChainTier

from .models import Organisation, Visibility


def _choice_terms(choices):
    def load():
        terms = []
        for value, label in choices:
            with translation.override("en"):
                english = str(label)
            with translation.override("fr"):
                french = str(label)
            terms.append(Term(value, english, french))
        return terms

    return load


def _country_name(code, language):
    with translation.override(language):
        return str(countries.name(code))


def _country_terms():
    codes = Organisation.objects.visible().exclude(country="").values_list("country", flat=True)
    terms = [Term(c, _country_name(c, "en"), _country_name(c, "fr")) for c in set(codes)]
    return sorted(terms, key=lambda term: term.name)


def _other_country(code):
    code = code.upper()
    if code not in countries:
        return None
    return Term(code, _country_name(code, "en"), _country_name(code, "fr"))


def _public_supply_chain(rows):
    """Tiers, role and minerals count only where the organisation made them public."""
    return rows.filter(
        pillar=Organisation.Pillar.SUPPLY_CHAIN, supply_chain_visibility=Visibility.PUBLIC
    )


CATALOGUE = Catalogue(
    "members",
    visible=lambda: Organisation.objects.visible(),
    facets=[
        Facet(
            "pillar",
            _("Pillar"),
            lambda rows: rows.values_list("pk", "pillar"),
            _choice_terms(Organisation.Pillar.choices),
        ),
        Facet(
            "country",
            _("Country"),
            lambda rows: rows.values_list("pk", "country"),
            _country_terms,
            long=True,
            other=_other_country,
        ),
        Facet(
            "tier",
            _("Supply-chain tier"),
            lambda rows: _public_supply_chain(rows).values_list("pk", "supply_chain_tiers__slug"),
            terms_of(SupplyChainTier),
        ),
        Facet(
            "role",
            _("Role"),
            lambda rows: _public_supply_chain(rows).values_list("pk", "role"),
            _choice_terms(Organisation.Role.choices),
        ),
        Facet(
            "mineral",
            _("Mineral"),
            lambda rows: _public_supply_chain(rows).values_list("pk", "minerals__slug"),
            terms_of(Mineral),
        ),
    ],
    sorts=[
        Sort("relevance", _("Relevance")),
        Sort("name", _("Name"), ("name", "pk")),
        Sort("newest", _("Newest members"), (F("joined_on").desc(nulls_last=True), "name", "pk")),
    ],
)
