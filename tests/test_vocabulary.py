import pytest
from django.utils import translation

from eprm_hub.models import (
    SDG,
    BusinessNeed,
    Mineral,
    OECDStep,
    Region,
    ResourceType,
    SupplyChainTier,
)

pytestmark = pytest.mark.django_db


def slugs(model):
    return list(model.objects.values_list("slug", flat=True))


def test_minerals_are_seeded_with_3tg_flagged():
    assert slugs(Mineral) == [
        "tin", "tantalum", "tungsten", "gold", "cobalt",
        "mica", "lithium", "natural-graphite", "copper", "nickel",
    ]  # fmt: skip
    assert set(Mineral.objects.filter(is_3tg=True).values_list("slug", flat=True)) == {
        "tin",
        "tantalum",
        "tungsten",
        "gold",
    }
    assert Mineral.objects.get(slug="natural-graphite").name == "Natural graphite"


def test_tiers_steps_types_and_regions_are_seeded():
    assert slugs(SupplyChainTier) == ["upstream", "midstream", "downstream"]
    assert [(s.slug, s.number) for s in OECDStep.objects.all()] == [
        ("1", 1), ("2", 2), ("3", 3), ("4", 4), ("5", 5),
    ]  # fmt: skip
    assert OECDStep.objects.get(number=4).name == "Carry out an independent third-party audit"
    assert slugs(ResourceType) == [
        "guidance", "regulation", "tool", "template", "standard",
        "training", "report", "case-study", "database", "website",
    ]  # fmt: skip
    assert slugs(Region) == [
        "global", "europe", "africa", "central-africa", "east-africa",
        "west-africa", "great-lakes", "latin-america", "north-america", "asia",
    ]  # fmt: skip


def test_business_needs_are_ordered_and_tied_to_steps():
    needs = list(BusinessNeed.objects.select_related("step"))
    assert [(n.slug, n.step.number if n.step else None) for n in needs] == [
        ("understand-regulation", None),
        ("set-up-management-system", 1),
        ("map-supply-chain", 2),
        ("assess-risks", 2),
        ("respond-to-risks", 3),
        ("audit-and-certification", 4),
        ("report-publicly", 5),
        ("engage-suppliers", None),
        ("support-responsible-mining", None),
        ("learn-from-peers", None),
    ]
    assert all(len(n.description) > 40 for n in needs)


def test_sdgs_have_official_numbers_names_and_colours():
    goals = list(SDG.objects.all())
    assert [g.number for g in goals] == list(range(1, 18))
    assert (goals[0].name, goals[0].colour) == ("No poverty", "#E5243B")
    assert (goals[16].name, goals[16].colour) == ("Partnerships for the goals", "#19486A")
    assert str(goals[4]) == "SDG 5: Gender equality"


def test_terms_are_labelled_in_the_current_language():
    gold = Mineral.objects.get(slug="gold")
    need = BusinessNeed.objects.get(slug="assess-risks")
    with translation.override("fr"):
        assert gold.label == "Or"
        assert need.label == "Évaluer les risques"
        assert str(OECDStep.objects.get(number=2)).startswith("Étape 2\u00a0:")
    with translation.override("en"):
        assert gold.label == "Gold"
        assert str(OECDStep.objects.get(number=2)) == (
            "Step 2: Identify and assess risks in the supply chain"
        )


def test_a_term_without_french_name_falls_back_to_english():
    mineral = Mineral.objects.create(slug="zinc", name="Zinc")
    with translation.override("fr"):
        assert mineral.label == "Zinc"


def test_editors_can_add_minerals_but_not_tiers(admin_client):
    assert admin_client.get("/admin/eprm_hub/mineral/add/").status_code == 200
    assert admin_client.get("/admin/eprm_hub/supplychaintier/add/").status_code == 403
    tier = SupplyChainTier.objects.get(slug="upstream")
    page = admin_client.get(f"/admin/eprm_hub/supplychaintier/{tier.pk}/change/")
    assert page.status_code == 200
    assert 'name="slug"' not in page.content.decode()  # the slug is shown, not editable
    assert 'name="name_fr"' in page.content.decode()


def test_a_published_slug_cannot_be_changed_in_the_admin(admin_client):
    gold = Mineral.objects.get(slug="gold")
    response = admin_client.post(
        f"/admin/eprm_hub/mineral/{gold.pk}/change/",
        {"slug": "aurum", "name": "Gold", "name_fr": "Or", "colour": "#9a7400", "order": 3},
    )
    assert response.status_code == 302
    gold.refresh_from_db()
    assert gold.slug == "gold"


def test_a_bad_colour_is_refused_with_a_message(admin_client):
    response = admin_client.post(
        "/admin/eprm_hub/mineral/add/",
        {"slug": "zinc", "name": "Zinc", "colour": "red", "order": 20},
    )
    assert response.status_code == 200
    assert "Use a colour such as #1f5f8b." in response.content.decode()
    assert not Mineral.objects.filter(slug="zinc").exists()
