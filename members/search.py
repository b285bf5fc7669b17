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


def _public_supply_chain(path):
    """Tiers, role and minerals count only where the organisation made them public."""

    def pairs(rows):
        public = rows.filter(
            pillar=Organisation.Pillar.SUPPLY_CHAIN, supply_chain_visibility=Visibility.PUBLIC
        )
        return public.values_list("pk", path)

    return pairs


CATALOGUE = Catalogue(
    "members",
    visible=lambda: Organisation.objects.visible(),
    facets=[
        Facet(
            "pillar",
            _("Pillar"),
            "pillar",
            choice_terms(Organisation.Pillar.choices),
        ),
        Facet(
            "country",
            _("Country"),
            "country",
            _country_terms,
            long=True,
            other=country_term,
        ),
        Facet(
            "tier",
            _("Supply-chain tier"),
            "supply_chain_tiers__slug",
            terms_of(SupplyChainTier),
            pairs=_public_supply_chain("supply_chain_tiers__slug"),
        ),
        Facet(
            "role",
            _("Role"),
            "role",
            choice_terms(Organisation.Role.choices),
            pairs=_public_supply_chain("role"),
        ),
        Facet(
            "mineral",
            _("Mineral"),
            "minerals__slug",
            terms_of(Mineral),
            pairs=_public_supply_chain("minerals__slug"),
        ),
    ],
    sorts=[
        Sort("relevance", _("Relevance")),
        Sort("name", _("Name"), ("name", "pk")),
        Sort("newest", _("Newest members"), (F("joined_on").desc(nulls_last=True), "name", "pk")),
    ],
)
