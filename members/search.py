"""The member directory's listing: its facets and sorts for the facet engine (eprm_hub.facets)."""

from django.db.models import F
from django.utils.translation import gettext_lazy as _

from eprm_hub.facets import (
    Catalogue,
    Facet,
    Sort,
    choice_terms,
    country_term,
    country_terms,
    terms_of,
)
from eprm_hub.models import Mineral, SupplyChainTier

from .models import Organisation, Visibility


def _country_terms():
    codes = Organisation.objects.visible().exclude(country="").values_list("country", flat=True)
    return country_terms(codes)


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
            choice_terms(Organisation.Pillar.choices),
        ),
        Facet(
            "country",
            _("Country"),
            lambda rows: rows.values_list("pk", "country"),
            _country_terms,
            long=True,
            other=country_term,
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
            choice_terms(Organisation.Role.choices),
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
