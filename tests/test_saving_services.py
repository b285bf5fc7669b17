"""The services that write (docs/services.md): saving a resource (resources/saving.py), which
the admin, the import and Resource.save() share, and saving an organisation's profile
(members/profiles.py), which "My organisation" and the admin share.

The proof that the rules are one: a row imported and the same resource saved through the
admin's change form store the same data, field by field, link by link, in the history and in
the search."""

import csv
import io

import pytest
from django.apps import apps
from django.db import connection, transaction
from django.db.models import TextField
from django.db.models.functions import Cast
from django.test import Client

from eprm_hub.models import BusinessNeed, Mineral, OECDStep, Region, ResourceType, SupplyChainTier
from members import profiles
from members.models import Organisation
from resources import saving
from resources.importing import COLUMNS, import_csv
from resources.models import Publisher, Resource
from resources.search import CATALOGUE

from .test_members import edit_url, form_data, make_org, make_user, staff_editor

pytestmark = pytest.mark.django_db

URL = "https://example.org/zirconolite-audits"
M2M = {
    "minerals": Mineral,
    "supply_chain_tiers": SupplyChainTier,
    "oecd_steps": OECDStep,
    "business_needs": BusinessNeed,
    "regions": Region,
}
ROW = {
    "title": "Zirconolite smelter audits",
    "url": URL,
    "publisher": "OECD",
    "year": "2021",
    "resource_type": "guidance",
    "languages": "en;fr",
    "minerals": "tin;gold",
    "supply_chain_tiers": "upstream",
    "oecd_steps": "2;3",
    "business_needs": "assess-risks;audit-and-certification",
    "regions": "africa",
    "tags": "RMAP;smelters",
    "summary": "How the smelters of zirconolite are audited.",
    "status": "published",
    "title_fr": "Audits des fonderies de zirconolite",
    "summary_fr": "Comment on audite les fonderies.",
}
# What differs between two saves by design: ids, the moments, and the import's reason.
VARYING = {"id", "created", "updated", "published_at"}
HISTORY_VARYING = VARYING | {"history_id", "history_date", "history_change_reason"}


# Saving one row two ways -------------------------------------------------------------------


def csv_of(values):
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=[*COLUMNS, "status", "title_fr", "summary_fr"])
    writer.writeheader()
    writer.writerow(values)
    return out.getvalue().encode()


def imported(user, values):
    result, problems = import_csv(csv_of(values), user=user)
    assert problems == [] and result.new + result.updated == 1


def ids(model, cell):
    slugs = cell.split(";")
    return [str(pk) for pk in model.objects.filter(slug__in=slugs).values_list("pk", flat=True)]


def saved_in_the_admin(client, values):
    """Post the admin's add form (or the change form of the resource with this url) with the
    row's values, as an editor's browser would."""
    existing = Resource.objects.filter(url=values["url"]).first()
    page = "/admin/resources/resource/add/"
    if existing:
        page = f"/admin/resources/resource/{existing.pk}/change/"
    data = form_data(client.get(page).content.decode(), id="resource_form")
    data |= {
        "title": values["title"],
        "slug": existing.slug if existing else "",  # left empty: made from the title
        "url": values["url"],
        "publisher": str(Publisher.objects.get(name=values["publisher"]).pk),
        "year": values["year"],
        "resource_type": str(ResourceType.objects.get(slug=values["resource_type"]).pk),
        "languages": values["languages"].replace(";", ","),
        **{name: ids(model, values[name]) for name, model in M2M.items()},
        "tags": values["tags"].replace(";", ", "),
        "summary": values["summary"],
        "status": values["status"],
        "title_fr": values["title_fr"],
        "summary_fr": values["summary_fr"],
        "_save": "Save",
    }
    response = client.post(page, data)
    assert response.status_code == 302, response.content.decode()[:3000]


def stored(url):
    """Everything a save of the resource stored, but what differs by design: every column of
    its row (its search vector as text), its links and tags, and its last history record
    with its links, its kind and its author."""
    rows = Resource.objects.filter(url=url)
    resource = rows.get()
    columns = [f.attname for f in Resource._meta.concrete_fields if not f.generated]
    row = rows.values(*columns, vector=Cast("search_vector", TextField())).get()
    record = resource.history.order_by("-history_date", "-history_id").first()
    tracked = [f.attname for f in Resource.history.model.tracked_fields]
    return {
        "row": {name: value for name, value in row.items() if name not in VARYING},
        "published": row["published_at"] is not None,
        "links": {
            name: sorted(getattr(resource, name).values_list("slug", flat=True)) for name in M2M
        },
        "tags": sorted(resource.tags.names()),
        "history": {
            **{name: getattr(record, name) for name in tracked if name not in HISTORY_VARYING},
            "kind": record.history_type,
            "by": record.history_user_id,
            "links": {name: history_links(record, name) for name in M2M},
            "records": resource.history.count(),
        },
    }


def history_links(record, column):
    model = apps.get_model("resources", f"HistoricalResource_{column}")
    term = M2M[column]._meta.model_name
    return sorted(
        model.objects.filter(history_id=record.history_id).values_list(f"{term}__slug", flat=True)
    )


def words_found(word):
    """Whether "did you mean" knows the word, once its words are refreshed."""
    CATALOGUE.refresh_words()
    with connection.cursor() as cursor:
        cursor.execute("SELECT EXISTS (SELECT 1 FROM resources_searchword WHERE word = %s)", [word])
        return cursor.fetchone()[0]


def both_ways(save_first, editor_client, editor):
    """What the import and the admin store for ROW, each from the same starting point (made
    by save_first), each undone after."""
    found = []
    for save in (lambda: imported(editor, ROW), lambda: saved_in_the_admin(editor_client, ROW)):
        with transaction.atomic():
            save_first()
            save()
            found.append((stored(URL), words_found("zirconolite")))
            transaction.set_rollback(True)
    return found


@pytest.fixture
def publisher():
    return Publisher.objects.create(name="OECD")


def test_a_new_resource_imported_or_added_in_the_admin_is_stored_the_same(
    editor_client, editor, publisher
):
    (by_import, words_of_import), (by_admin, words_of_admin) = both_ways(
        lambda: None, editor_client, editor
    )
    assert by_import == by_admin
    assert by_admin["row"]["slug"] == "zirconolite-smelter-audits"
    assert by_admin["row"]["url_key"] == "example.org/zirconolite-audits"
    assert by_admin["row"]["tag_text"] == "RMAP smelters"
    assert by_admin["row"]["publisher_text"] == "OECD"
    assert by_admin["row"]["translations"]["fr"]["title"] == ROW["title_fr"]
    assert by_admin["published"]
    assert by_admin["history"]["kind"] == "+" and by_admin["history"]["records"] == 1
    assert by_admin["history"]["by"] == editor.pk
    assert by_admin["history"]["links"]["minerals"] == ["gold", "tin"]
    assert words_of_import and words_of_admin


def test_a_resource_changed_by_an_import_or_in_the_admin_is_stored_the_same(
    editor_client, editor, publisher
):
    before = ROW | {
        "title": "Smelter audits",
        "summary": "An older summary.",
        "minerals": "cobalt",
        "tags": "RMAP;cobalt",
        "status": "draft",
        "title_fr": "",
    }
    (by_import, words_of_import), (by_admin, words_of_admin) = both_ways(
        lambda: imported(None, before), editor_client, editor
    )
    assert by_import == by_admin
    assert by_admin["row"]["slug"] == "smelter-audits"  # a changed resource keeps its slug
    assert by_admin["row"]["version"] == 2
    assert by_admin["row"]["tag_text"] == "RMAP smelters"
    assert by_admin["history"]["kind"] == "~" and by_admin["history"]["records"] == 2
    assert by_admin["history"]["links"]["minerals"] == ["gold", "tin"]
    assert by_admin["published"]  # published by this save, and dated
    assert words_of_import and words_of_admin


# One service, three ways in ----------------------------------------------------------------


@pytest.fixture
def spied(monkeypatch):
    """The calls of the services, by name."""
    calls = []
    for module, name in [
        (saving, "save_resource"),
        (saving, "save_batch"),
        (profiles, "save_profile"),
    ]:
        original = getattr(module, name)

        def spy(*args, _original=original, _name=name, **kwargs):
            calls.append(_name)
            return _original(*args, **kwargs)

        monkeypatch.setattr(module, name, spy)
    return calls


def test_the_admin_and_the_import_save_through_the_service(editor_client, editor, publisher, spied):
    imported(editor, ROW)
    assert spied == ["save_batch"]
    saved_in_the_admin(editor_client, ROW | {"summary": "Edited in the admin."})
    assert spied == ["save_batch", "save_resource"]
    resource = Resource.objects.get(url=URL)
    editor_client.post(
        "/admin/resources/resource/", {"action": "archive", "_selected_action": [resource.pk]}
    )
    assert spied == ["save_batch", "save_resource", "save_resource"]
    record = resource.history.order_by("-history_date").first()
    assert (record.history_type, record.history_user, record.history_change_reason) == (
        "~",
        editor,
        "archived",
    )


def test_resource_save_keeps_the_rules_of_its_row():
    guidance = ResourceType.objects.get(slug="guidance")
    first = Resource(
        title="Smelter audits",
        url="https://www.example.org/audits/?utm_source=x",
        summary="S.",
        resource_type=guidance,
        status=Resource.Status.PUBLISHED,
    )
    first.save()
    assert (first.slug, first.url_key) == ("smelter-audits", "example.org/audits")
    assert first.published_at is not None
    twins = []
    for n in range(2):
        twin = Resource(
            title="Smelter audits", url=f"https://example.org/{n}", summary="S.",
            resource_type=guidance, status=Resource.Status.DRAFT,
        )  # fmt: skip
        twin.save()
        twins.append(twin)
    assert [twin.slug for twin in twins] == ["smelter-audits-2", "smelter-audits-3"]
    assert twins[0].published_at is None
    # A slug cleared is made again, and the resource does not count against itself.
    first.slug = ""
    first.save()
    assert first.slug == "smelter-audits"
    assert first.version == 2


def test_save_resource_keeps_one_history_record_for_the_row_and_its_links(editor, publisher):
    resource = Resource(
        title="Smelter audits",
        url=URL,
        summary="S.",
        resource_type=ResourceType.objects.get(slug="guidance"),
        publisher=publisher,
    )

    def links():
        resource.minerals.set(Mineral.objects.filter(slug__in=["tin", "gold"]))
        resource.tags.set(["RMAP"])

    saving.save_resource(resource, user=editor, reason="checked", related=links)
    (record,) = resource.history.all()
    assert (record.history_type, record.history_user, record.history_change_reason) == (
        "+",
        editor,
        "checked",
    )
    assert history_links(record, "minerals") == ["gold", "tin"]
    resource.refresh_from_db()
    assert (resource.tag_text, resource.publisher_text) == ("RMAP", "OECD")


# Saving an organisation's profile ----------------------------------------------------------


@pytest.fixture
def alpha():
    return make_org(
        "Alpha Metals", minerals=["tin"], description="The first description.", is_member=True
    )


def test_save_profile_makes_one_version_with_one_history_record(django_user_model, alpha):
    erin = make_user(django_user_model, "erin", alpha)
    before = alpha.history.count()
    alpha.description = "The second description."

    def links():
        alpha.minerals.set(Mineral.objects.filter(slug="gold"))

    profiles.save_profile(alpha, loaded_version=alpha.version, user=erin, related=links)
    alpha.refresh_from_db()
    assert alpha.version == 2
    assert alpha.history.count() == before + 1
    record = alpha.history.order_by("-history_date").first()
    assert (record.history_user, record.description) == (erin, "The second description.")
    assert [row.mineral.slug for row in record.minerals.all()] == ["gold"]


def test_save_profile_refuses_a_stale_version_and_saves_nothing(alpha):
    Organisation.objects.filter(pk=alpha.pk).update(version=5)
    before = alpha.history.count()
    alpha.description = "From an old page."
    with pytest.raises(profiles.Stale) as stale:
        profiles.save_profile(alpha, loaded_version=1)
    assert stale.value.current.version == 5
    assert stale.value.current.description == "The first description."
    assert Organisation.objects.get(pk=alpha.pk).description == "The first description."
    assert alpha.history.count() == before


def test_my_organisation_and_the_admin_save_the_profile_through_the_service(
    client, django_user_model, alpha, spied
):
    client.force_login(make_user(django_user_model, "erin", alpha))
    profile = form_data(client.get(edit_url(alpha)).content.decode(), class_="profile-form")
    profile["description"] = ["By the member."]
    assert client.post(edit_url(alpha), profile).status_code == 302
    staff = Client()
    staff.force_login(staff_editor(django_user_model))
    url = f"/admin/members/organisation/{alpha.pk}/change/"
    page = form_data(staff.get(url).content.decode(), id="organisation_form")
    page["description"] = ["By the secretariat."]
    assert staff.post(url, page).status_code == 302
    assert spied == ["save_profile", "save_profile"]
    alpha.refresh_from_db()
    assert (alpha.description, alpha.version) == ("By the secretariat.", 3)
    kinds = list(alpha.history.order_by("-history_date").values_list("history_type", flat=True))
    assert kinds[:2] == ["~", "~"]
