"""No lost update in the admin (eprm_hub/versions.py, issue 29 defects 7 and 8).

An editor's stale admin page never undoes a member's newer save of the organisation, two
editors saving one resource never lose a change, and the import and the link checker move a
resource's version so that a page opened before them is refused too. A refused save answers
409 with the other change shown and a merge; saving the merge keeps both. The races are run for
real: two browsers, each on its own PostgreSQL connection, post at the same moment."""

import re
import threading
import time

import pytest
from django.contrib.auth.models import Permission
from django.db import connection
from django.test import Client

from members.models import Organisation, Visibility
from resources.importing import export_csv, import_csv
from resources.linkcheck import LinkResult, _record
from resources.models import Resource
from tests import factories
from tests.test_members import edit_url, form_data, make_org, make_user, staff_editor

ROUNDS = 10


def admin_url(obj):
    return f"/admin/{obj._meta.app_label}/{obj._meta.model_name}/{obj.pk}/change/"


def open_admin(browser, obj):
    html = browser.get(admin_url(obj)).content.decode()
    return form_data(html, id=f"{obj._meta.model_name}_form")


def resource_editor(django_user_model, username):
    user = django_user_model.objects.create_user(
        username, f"{username}@example.org", "pw", is_staff=True, first_name=username.title()
    )
    user.user_permissions.set(Permission.objects.filter(content_type__app_label="resources"))
    browser = Client()
    browser.force_login(user)
    return browser


def saved_resource(title, **fields):
    """A resource with its first version in the history, as the admin would have saved it."""
    resource = factories.resource(title, **fields)
    resource.save()
    resource.refresh_from_db()
    return resource


def merge_of(response):
    """The merged form the refused save came back with, as the browser would post it."""
    html = response.content.decode()
    return form_data(html, id=re.search(r'<form [^>]*id="(\w+_form)"', html).group(1))


# Defect 7: the admin and "My organisation" -------------------------------------------------


@pytest.mark.django_db
def test_an_editors_stale_admin_page_does_not_undo_a_members_newer_save(client, django_user_model):
    alpha = make_org("Alpha Metals", description="The first description.", is_member=True)
    alpha.supply_chain_visibility = Visibility.MEMBERS
    alpha.save()
    staff = Client()
    staff.force_login(staff_editor(django_user_model))
    stale = open_admin(staff, alpha)  # the editor opens the admin page and leaves it open
    assert stale["version"] == [str(alpha.version)]

    # The member makes the supply chain public... then members only again, on their form.
    client.force_login(make_user(django_user_model, "erin", alpha, first_name="Erin"))
    profile = form_data(client.get(edit_url(alpha)).content.decode(), class_="profile-form")
    profile["supply_chain_visibility"] = [Visibility.PUBLIC]
    assert client.post(edit_url(alpha), profile).status_code == 302

    # The editor saves the old page with a change of their own: refused, nothing lost.
    stale["description"] = ["Corrected by the secretariat."]
    response = staff.post(admin_url(alpha), stale)
    assert response.status_code == 409
    html = response.content.decode()
    assert "Erin saved a newer version" in html
    assert "What the other person changed" in html
    alpha.refresh_from_db()
    assert alpha.supply_chain_visibility == Visibility.PUBLIC
    assert alpha.description == "The first description."

    # The merge holds both changes; saving it keeps both.
    merged = merge_of(response)
    assert merged["supply_chain_visibility"] == [Visibility.PUBLIC]
    assert merged["description"] == ["Corrected by the secretariat."]
    assert staff.post(admin_url(alpha), merged).status_code == 302
    alpha.refresh_from_db()
    assert alpha.supply_chain_visibility == Visibility.PUBLIC
    assert alpha.description == "Corrected by the secretariat."


@pytest.mark.django_db
def test_a_field_both_changed_is_chosen_in_the_admin(client, django_user_model):
    alpha = make_org("Alpha Metals", website="https://alpha.example.org/", is_member=True)
    staff = Client()
    staff.force_login(staff_editor(django_user_model))
    stale = open_admin(staff, alpha)
    client.force_login(make_user(django_user_model, "erin", alpha, first_name="Erin"))
    profile = form_data(client.get(edit_url(alpha)).content.decode(), class_="profile-form")
    profile["website"] = ["https://erin.example.org/"]
    assert client.post(edit_url(alpha), profile).status_code == 302

    stale["website"] = ["https://sam.example.org/"]
    response = staff.post(admin_url(alpha), stale)
    assert response.status_code == 409
    html = response.content.decode()
    assert 'name="keep_website"' in html
    assert "https://erin.example.org/" in html and "https://sam.example.org/" in html
    merged = merge_of(response)
    assert merged["conflicts"] == ["website"]
    # Without a choice the merge is not saved.
    assert staff.post(admin_url(alpha), merged).status_code == 200
    alpha.refresh_from_db()
    assert alpha.website == "https://erin.example.org/"
    assert staff.post(admin_url(alpha), {**merged, "keep_website": "theirs"}).status_code == 302
    alpha.refresh_from_db()
    assert alpha.website == "https://erin.example.org/"


def _race(posts):
    """Run each post() in a thread of its own (its own database connection), all at once."""
    barrier = threading.Barrier(len(posts))
    results = [None] * len(posts)

    def run(index, post):
        try:
            barrier.wait()
            results[index] = post()
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i, post)) for i, post in enumerate(posts)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    return results


@pytest.fixture
def slow_saves(monkeypatch):
    """Each save waits a moment before writing: without a lock, both would pass the check."""
    for model in (Resource, Organisation):
        original = model.save

        def save(self, *args, _original=original, **kwargs):
            time.sleep(0.05)
            return _original(self, *args, **kwargs)

        monkeypatch.setattr(model, "save", save)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_member_and_an_editor_saving_at_the_same_moment_lose_nothing(
    django_user_model, slow_saves
):
    alpha = make_org("Alpha Metals", description="Round 0.", is_member=True)
    staff = Client()
    staff.force_login(staff_editor(django_user_model))
    member = Client()
    member.force_login(make_user(django_user_model, "erin", alpha, first_name="Erin"))
    for round_ in range(1, ROUNDS + 1):
        page = open_admin(staff, alpha)
        profile = form_data(member.get(edit_url(alpha)).content.decode(), class_="profile-form")
        page["description"] = [f"Round {round_} by the secretariat."]
        public = Visibility.PUBLIC if round_ % 2 else Visibility.MEMBERS
        profile["steps_visibility"] = [public]
        before = Organisation.objects.get(pk=alpha.pk).version
        by_admin, by_member = _race(
            [
                lambda page=page: staff.post(admin_url(alpha), page),
                lambda profile=profile: member.post(edit_url(alpha), profile),
            ]
        )
        codes = sorted([by_admin.status_code, by_member.status_code])
        assert codes == [302, 409], f"round {round_}: {codes}"
        alpha.refresh_from_db()
        assert alpha.version == before + 1
        if by_admin.status_code == 302:
            assert alpha.description == f"Round {round_} by the secretariat."
            loser, url, merged = member, edit_url(alpha), by_member
            html = merged.content.decode()
            merged_data = form_data(html, class_="profile-form")
        else:
            assert alpha.steps_visibility == public
            loser, url, merged_data = staff, admin_url(alpha), merge_of(by_admin)
        assert loser.post(url, merged_data).status_code == 302  # the merge keeps both
        alpha.refresh_from_db()
        assert alpha.description == f"Round {round_} by the secretariat."
        assert alpha.steps_visibility == public


# Defect 8: two editors, one resource ---------------------------------------------------------


@pytest.mark.django_db
def test_a_stale_resource_page_is_refused_with_the_others_change_and_a_merge(
    django_user_model,
):
    resource = saved_resource("Smelter audits", summary="The first summary.")
    ann = resource_editor(django_user_model, "ann")
    ben = resource_editor(django_user_model, "ben")
    ann_page, ben_page = open_admin(ann, resource), open_admin(ben, resource)
    assert ann_page["version"] == [str(resource.version)]
    first = resource.version

    ann_page["summary"] = ["Ann's summary."]
    assert ann.post(admin_url(resource), ann_page).status_code == 302
    ben_page["title"] = ["Smelter audits, explained"]
    response = ben.post(admin_url(resource), ben_page)
    assert response.status_code == 409
    html = response.content.decode()
    assert "Ann saved a newer version" in html
    assert "The first summary." in html and "Ann&#x27;s summary." in html  # what she changed
    resource.refresh_from_db()
    assert (resource.title, resource.summary) == ("Smelter audits", "Ann's summary.")
    assert resource.version == first + 1

    merged = merge_of(response)
    assert merged["summary"] == ["Ann's summary."] and merged["version"] == [str(first + 1)]
    assert merged["title"] == ["Smelter audits, explained"]
    assert ben.post(admin_url(resource), merged).status_code == 302
    resource.refresh_from_db()
    assert (resource.title, resource.summary) == ("Smelter audits, explained", "Ann's summary.")
    assert resource.version == first + 2


@pytest.mark.django_db
def test_two_editors_changing_one_resource_field_choose_between_them(django_user_model):
    resource = saved_resource("Smelter audits", minerals=["tin"])
    ann = resource_editor(django_user_model, "ann")
    ben = resource_editor(django_user_model, "ben")
    ann_page, ben_page = open_admin(ann, resource), open_admin(ben, resource)
    ann_page["summary"], ben_page["summary"] = ["Ann's."], ["Ben's."]
    ann_page["tags"], ben_page["tags"] = ["audit, smelter"], ["refinery"]
    assert ann.post(admin_url(resource), ann_page).status_code == 302
    response = ben.post(admin_url(resource), ben_page)
    assert response.status_code == 409
    merged = merge_of(response)
    assert sorted(merged["conflicts"][0].split(",")) == ["summary", "tags"]
    html = response.content.decode()
    assert 'name="keep_summary"' in html and 'name="keep_tags"' in html
    merged.update(keep_summary="theirs", keep_tags="mine")
    assert ben.post(admin_url(resource), merged).status_code == 302
    resource.refresh_from_db()
    assert resource.summary == "Ann's."
    assert sorted(resource.tags.names()) == ["refinery"]
    assert [m.slug for m in resource.minerals.all()] == ["tin"]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_editors_saving_one_resource_at_the_same_moment_lose_nothing(
    django_user_model, slow_saves
):
    resource = saved_resource("Smelter audits", summary="Round 0.")
    ann = resource_editor(django_user_model, "ann")
    ben = resource_editor(django_user_model, "ben")
    for round_ in range(1, ROUNDS + 1):
        ann_page, ben_page = open_admin(ann, resource), open_admin(ben, resource)
        ann_page["summary"] = [f"Round {round_}: Ann's summary."]
        ben_page["company_name"] = [f"Round {round_}: Ben's company"]
        before = Resource.objects.get(pk=resource.pk).version
        by_ann, by_ben = _race(
            [
                lambda page=ann_page: ann.post(admin_url(resource), page),
                lambda page=ben_page: ben.post(admin_url(resource), page),
            ]
        )
        codes = sorted([by_ann.status_code, by_ben.status_code])
        assert codes == [302, 409], f"round {round_}: {codes}"
        resource.refresh_from_db()
        assert resource.version == before + 1
        loser, refused = (ben, by_ben) if by_ann.status_code == 302 else (ann, by_ann)
        assert loser.post(admin_url(resource), merge_of(refused)).status_code == 302
        resource.refresh_from_db()
        assert resource.summary == f"Round {round_}: Ann's summary."
        assert resource.company_name == f"Round {round_}: Ben's company"


@pytest.mark.django_db
def test_an_import_makes_an_open_resource_page_stale(django_user_model):
    resource = saved_resource("Smelter audits", summary="The first summary.")
    ann = resource_editor(django_user_model, "ann")
    page = open_admin(ann, resource)
    first = resource.version
    exported = export_csv().replace("The first summary.", "The imported summary.")
    result, problems = import_csv(exported.encode())
    assert not problems and result.updated == 1
    resource.refresh_from_db()
    assert resource.version == first + 1
    assert resource.history.order_by("-history_date").first().version == first + 1

    page["title"] = ["Smelter audits, explained"]
    response = ann.post(admin_url(resource), page)
    assert response.status_code == 409
    merged = merge_of(response)
    assert merged["summary"] == ["The imported summary."]  # the import's change, no conflict
    assert merged["conflicts"] == [""]
    assert ann.post(admin_url(resource), merged).status_code == 302
    resource.refresh_from_db()
    assert (resource.title, resource.summary) == (
        "Smelter audits, explained",
        "The imported summary.",
    )


@pytest.mark.django_db
def test_a_link_found_broken_makes_an_open_resource_page_stale(django_user_model):
    resource = saved_resource("Smelter audits")
    ann = resource_editor(django_user_model, "ann")
    page = open_admin(ann, resource)
    assert page["link_status"] == [Resource.LinkStatus.UNCHECKED]
    first = resource.version
    _record(resource.pk, LinkResult(resource.url, ok=False, status=404, error="HTTP 404"))
    resource.refresh_from_db()
    assert resource.version == first + 1  # and no entry in the history (test_link_checker.py)
    _record(resource.pk, LinkResult(resource.url, ok=False, status=404, error="HTTP 404"))
    resource.refresh_from_db()
    assert resource.version == first + 1  # the same outcome again is no change

    page["year"] = ["2021"]
    response = ann.post(admin_url(resource), page)
    assert response.status_code == 409
    merged = merge_of(response)
    assert merged["link_status"] == [Resource.LinkStatus.BROKEN]
    assert ann.post(admin_url(resource), merged).status_code == 302
    resource.refresh_from_db()
    assert resource.link_status == Resource.LinkStatus.BROKEN and resource.year == 2021


@pytest.mark.django_db
def test_admin_actions_move_the_version(editor_client):
    resource = saved_resource("Smelter audits", status=Resource.Status.DRAFT)
    first = resource.version
    changelist = "/admin/resources/resource/"
    editor_client.post(changelist, {"action": "publish", "_selected_action": [resource.pk]})
    resource.refresh_from_db()
    assert resource.status == Resource.Status.PUBLISHED and resource.version == first + 1
