"""No lost update on "My organisation": a save based on a stale version comes back as a
three-way merge of the version it was loaded from, the version saved since and the submission.

Fields only the other person changed take their value, fields only you changed keep yours,
fields you both changed differently are shown side by side and must be chosen; the logo
upload survives the round trip. The first conflict tests (the refusal itself, the admin's
edits) are in test_members.py.
"""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from PIL import Image

from eprm_hub.models import Mineral, SupplyChainTier
from members.models import Organisation
from tests.test_members import edit_url, form_data, image_bytes, make_org, make_user, pks

pytestmark = pytest.mark.django_db

TERMS = {"supply_chain_tiers": SupplyChainTier, "minerals": Mineral}
MULTIPLE = {"supply_chain_tiers", "minerals", "reporting_templates"}

# Every kind of field of the profile, in the form's order: (their new value, my new value), as
# the form posts them (tiers and minerals by slug). Each differs from the base and the other.
EDITS = {
    "description": ("Ann's description.", "Ben's description.\r\nOn two lines."),  # text
    "website": ("https://ann.example.org/", "https://ben.example.org/"),  # URL
    "contact_email": ("ann@alpha.example.org", "ben@alpha.example.org"),  # email
    "supply_chain_tiers": (["downstream", "midstream"], ["upstream"]),  # many-to-many
    "role": ("retailer", "recycler"),  # a choice
    "minerals": (["tin", "gold"], ["cobalt"]),  # many-to-many
    "publishes_smelter_list": ("yes", "no"),  # yes, no or not said
    "reporting_templates": (["cmrt"], ["cmrt", "emrt"]),  # several choices
    "step2_status": ("in-progress", "in-place"),  # radio buttons
    "step2_note": ("Ann's note.", "Ben's note."),
}
# Who sees each part has two values: two people changing it can only agree.
VISIBILITY = {
    "supply_chain_visibility": "members",
    "disclosures_visibility": "members",
    "steps_visibility": "public",
}


# Helpers -------------------------------------------------------------------------------------


@pytest.fixture
def alpha():
    return make_org(
        "Alpha Metals",
        pillar="supply-chain-actor",
        description="The first description.",
        website="https://alpha.example.org/",
        contact_phone="+31 20 000 0000",
        role="component-maker",
        tiers=["downstream"],
        minerals=["tin"],
    )


@pytest.fixture
def people(django_user_model, alpha):
    """Ann, Ben and Cleo, profile editors of Alpha, each in a browser of their own."""
    browsers = []
    names = [("ann", "Ann", "Able"), ("ben", "Ben", "Brook"), ("cleo", "Cleo", "Clay")]
    for username, first, last in names:
        user = make_user(django_user_model, username, alpha, first_name=first, last_name=last)
        browser = Client()
        browser.force_login(user)
        browsers.append(browser)
    return browsers


def posted(name, value):
    """A value as the form posts it: a list of strings, many-to-many terms as primary keys."""
    if name in TERMS:
        return pks(TERMS[name], *value)
    return value if isinstance(value, list) else [value]


def stored(organisation, name):
    """A field of the saved record, in the form of EDITS."""
    value = getattr(organisation, name)
    if name in TERMS:
        return sorted(term.slug for term in value.all())
    if name == "publishes_smelter_list":
        return {True: "yes", False: "no"}.get(value, "")
    if name == "reporting_templates":
        return sorted(value)
    return value


def expected(value):
    return sorted(value) if isinstance(value, list) else value


def open_form(browser, organisation):
    page = browser.get(edit_url(organisation))
    assert page.status_code == 200
    return form_data(page.content.decode(), class_="profile-form")


def save(browser, organisation, data, files=None, **changes):
    """Submit form data with some fields changed, as a browser would."""
    data = {**data, **{name: posted(name, value) for name, value in changes.items()}}
    return browser.post(edit_url(organisation), {**data, **(files or {})})


def choices_asked(html):
    """The fields the merge page asks to choose a version of, in the page's order."""
    return re.findall(r'<fieldset class="merge-choice[^"]*" id="merge-([a-z0-9_]+)"', html)


def summary_links(html):
    """The fields the summary at the top of the page links to."""
    box = re.search(r'<div class="(?:conflict|message message--error)[^"]*".*?</div>', html, re.S)
    assert box, "no summary at the top of the page"
    return re.findall(r'<a href="#id_([a-z0-9_]+)">', box.group(0))


def choice(html, name):
    """(legend, [(radio value, label text)]) of the merge choice for one field, as text."""
    block = choice_block(html, name)
    legend = re.search(r"<legend[^>]*>(.*?)</legend>", block, re.S).group(1)
    options = []
    for value, radio_id in re.findall(
        rf'<input type="radio" name="keep_{name}" value="(\w+)"[^>]*id="(id_keep_{name}_\d)"', block
    ):
        label = re.search(rf'<label for="{radio_id}"[^>]*>(.*?)</label>', block, re.S).group(1)
        options.append((value, text(label)))
    return text(legend), options


def choice_block(html, name):
    found = re.search(
        rf'<fieldset class="merge-choice[^"]*" id="merge-{name}".*?</fieldset>', html, re.S
    )
    assert found, f"no choice for {name}"
    return found.group(0)


def text(html):
    return " ".join(re.sub(r"<[^>]+>", " ", html).replace("&#x27;", "'").split())


def merged(response):
    """The merge page's form, as the browser would submit it (no choice made yet)."""
    assert response.status_code == 409, response.content.decode()[:2000]
    return form_data(response.content.decode(), class_="profile-form")


def as_form(data, name):
    """A field of submitted form data, in the form of EDITS."""
    values = data.get(name, [])
    if name in TERMS:
        return sorted(TERMS[name].objects.filter(pk__in=values).values_list("slug", flat=True))
    if name in MULTIPLE:
        return sorted(values)
    return values[0] if values else ""


# The reported lost update ---------------------------------------------------------------------


def test_the_other_persons_website_survives_a_save_after_a_conflict(people, alpha):
    ann, ben, _cleo = people
    ann_form, ben_form = open_form(ann, alpha), open_form(ben, alpha)
    response = save(
        ann, alpha, ann_form, description="Ann's description.", website="https://ann.example.org/"
    )
    assert response.status_code == 302

    response = save(ben, alpha, ben_form, description="Ben's description.", contact_phone="+31 6 1")
    html = response.content.decode()
    data = merged(response)
    assert data["version"] == ["2"]
    assert data["website"] == ["https://ann.example.org/"]  # only Ann changed it: hers
    assert data["contact_phone"] == ["+31 6 1"]  # only Ben changed it: his
    assert choices_asked(html) == ["description"]  # both changed it: Ben must choose
    legend, options = choice(html, "description")
    assert "Short description" in legend and "Ann Able" in legend
    assert options[0][0] == "theirs" and options[1][0] == "mine"
    assert "Keep Ann Able's version" in options[0][1] and "Ann's description." in options[0][1]
    assert re.search(r"saved \d{1,2} \w+ \d{4}, \d\d:\d\d", options[0][1])
    assert "Keep your version" in options[1][1] and "Ben's description." in options[1][1]
    assert "Ann Able saved a newer version" in html
    assert summary_links(html) == ["keep_description_0"]
    alpha.refresh_from_db()
    assert alpha.version == 2 and alpha.contact_phone == "+31 20 000 0000"  # nothing of Ben's

    # Saving without choosing is refused, and says where the choice is missing.
    response = ben.post(edit_url(alpha), data)
    assert response.status_code == 400
    html = response.content.decode()
    assert summary_links(html) == ["keep_description_0"]
    assert "Choose which version to keep." in choice_block(html, "description")
    alpha.refresh_from_db()
    assert alpha.version == 2

    response = ben.post(edit_url(alpha), {**data, "keep_description": "mine"})
    assert response.status_code == 302
    alpha.refresh_from_db()
    assert alpha.version == 3
    assert alpha.website == "https://ann.example.org/"
    assert alpha.contact_phone == "+31 6 1"
    assert alpha.description == "Ben's description."


def test_choosing_their_version_keeps_it(people, alpha):
    ann, ben, _cleo = people
    ann_form, ben_form = open_form(ann, alpha), open_form(ben, alpha)
    save(ann, alpha, ann_form, description="Ann's description.")
    data = merged(save(ben, alpha, ben_form, description="Ben's.", website="https://ben.example/"))
    response = ben.post(edit_url(alpha), {**data, "keep_description": "theirs"})
    assert response.status_code == 302
    alpha.refresh_from_db()
    assert (alpha.description, alpha.website) == ("Ann's description.", "https://ben.example/")


# Every kind of field -------------------------------------------------------------------------


def test_fields_only_the_other_person_changed_take_their_value(people, alpha):
    ann, ben, _cleo = people
    ann_form, ben_form = open_form(ann, alpha), open_form(ben, alpha)
    theirs = {name: edit[0] for name, edit in EDITS.items()} | VISIBILITY
    assert save(ann, alpha, ann_form, **theirs).status_code == 302
    response = save(ben, alpha, ben_form, contact_phone="+31 6 2")
    data = merged(response)
    assert choices_asked(response.content.decode()) == []
    assert "None of their changes clashes with yours" in response.content.decode()
    for name, value in theirs.items():
        assert as_form(data, name) == expected(value), name
    assert ben.post(edit_url(alpha), data).status_code == 302
    alpha.refresh_from_db()
    for name, value in theirs.items():
        assert stored(alpha, name) == expected(value), name
    assert alpha.contact_phone == "+31 6 2"


def test_fields_only_you_changed_keep_your_value(people, alpha):
    ann, ben, _cleo = people
    ann_form, ben_form = open_form(ann, alpha), open_form(ben, alpha)
    mine = {name: edit[1] for name, edit in EDITS.items()} | VISIBILITY
    assert save(ann, alpha, ann_form, contact_phone="+31 6 3").status_code == 302
    response = save(ben, alpha, ben_form, **mine)
    data = merged(response)
    assert choices_asked(response.content.decode()) == []
    for name, value in mine.items():
        assert as_form(data, name) == expected(value), name
    assert ben.post(edit_url(alpha), data).status_code == 302
    alpha.refresh_from_db()
    for name, value in mine.items():
        assert stored(alpha, name) == expected(value), name
    assert alpha.contact_phone == "+31 6 3"


def test_the_same_change_by_both_is_no_conflict(people, alpha):
    ann, ben, _cleo = people
    ann_form, ben_form = open_form(ann, alpha), open_form(ben, alpha)
    same = {name: edit[0] for name, edit in EDITS.items()} | VISIBILITY
    assert save(ann, alpha, ann_form, **same).status_code == 302
    # Sets are sets: the same terms and templates in another order are the same change.
    reordered = {
        name: list(reversed(value)) if isinstance(value, list) else value
        for name, value in same.items()
    }
    response = save(ben, alpha, ben_form, **reordered)
    data = merged(response)
    assert choices_asked(response.content.decode()) == []
    assert ben.post(edit_url(alpha), data).status_code == 302
    alpha.refresh_from_db()
    for name, value in same.items():
        assert stored(alpha, name) == expected(value), name


def test_fields_both_changed_differently_are_chosen_one_by_one(people, alpha):
    ann, ben, _cleo = people
    ann_form, ben_form = open_form(ann, alpha), open_form(ben, alpha)
    theirs = {name: edit[0] for name, edit in EDITS.items()} | VISIBILITY
    mine = {name: edit[1] for name, edit in EDITS.items()} | VISIBILITY
    assert save(ann, alpha, ann_form, **theirs).status_code == 302
    response = save(ben, alpha, ben_form, **mine)
    html = response.content.decode()
    data = merged(response)
    # Every field both changed is asked, in the form's order; the visibility is not (same).
    assert choices_asked(html) == list(EDITS)
    assert summary_links(html) == [f"keep_{name}_0" for name in EDITS]
    assert data["conflicts"] == [",".join(EDITS)]
    # Each choice shows both versions as people read them, and who made the other one.
    shown = {name: choice(html, name) for name in EDITS}
    for legend, _options in shown.values():
        assert "Ann Able" in legend
    # Terms in the order of the form's checkboxes.
    assert "Tin, Gold" in shown["minerals"][1][0][1] and "Cobalt" in shown["minerals"][1][1][1]
    assert "Midstream, Downstream" in shown["supply_chain_tiers"][1][0][1]
    assert "Upstream" in shown["supply_chain_tiers"][1][1][1]
    assert "Retailer" in shown["role"][1][0][1] and "Recycler" in shown["role"][1][1][1]
    assert "Yes" in shown["publishes_smelter_list"][1][0][1]
    assert "No" in shown["publishes_smelter_list"][1][1][1]
    assert "EMRT" in shown["reporting_templates"][1][1][1]
    assert "EMRT" not in shown["reporting_templates"][1][0][1]
    assert "In progress" in shown["step2_status"][1][0][1]
    assert "In place" in shown["step2_status"][1][1][1]
    assert "https://ben.example.org/" in shown["website"][1][1][1]

    # Nothing is saved until every choice is made.
    partial = {**data, "keep_description": "mine"}
    response = ben.post(edit_url(alpha), partial)
    assert response.status_code == 400
    assert summary_links(response.content.decode()) == [f"keep_{n}_0" for n in list(EDITS)[1:]]
    alpha.refresh_from_db()
    assert alpha.version == 2 and alpha.description == "Ann's description."

    keep = {name: "mine" if index % 2 == 0 else "theirs" for index, name in enumerate(EDITS)}
    choices = {f"keep_{name}": value for name, value in keep.items()}
    response = ben.post(edit_url(alpha), {**data, **choices})
    assert response.status_code == 302
    alpha.refresh_from_db()
    assert alpha.version == 3
    for name, kept in keep.items():
        their_value, my_value = EDITS[name]
        assert stored(alpha, name) == expected(my_value if kept == "mine" else their_value), name
    for name, value in VISIBILITY.items():
        assert stored(alpha, name) == value


# Three editors -------------------------------------------------------------------------------


def test_a_third_editor_merges_with_an_already_merged_save(people, alpha):
    ann, ben, cleo = people
    forms = [open_form(browser, alpha) for browser in people]
    save(ann, alpha, forms[0], description="Ann's.", website="https://ann.example.org/")
    data = merged(save(ben, alpha, forms[1], description="Ben's.", contact_phone="+31 6 4"))
    assert ben.post(edit_url(alpha), {**data, "keep_description": "mine"}).status_code == 302
    alpha.refresh_from_db()
    assert alpha.version == 3

    # Cleo still has the first version open: her save merges with Ann's and Ben's together.
    response = save(
        cleo,
        alpha,
        forms[2],
        description="Cleo's.",
        website="https://cleo.example.org/",
        minerals=["tin", "gold"],
    )
    html = response.content.decode()
    data = merged(response)
    assert data["version"] == ["3"]
    assert choices_asked(html) == ["description", "website"]
    assert "Ben Brook" in choice(html, "description")[0]  # the last to change it
    assert "Ann Able" in choice(html, "website")[0]
    assert "Ann Able, Ben Brook saved a newer version" in html
    assert data["contact_phone"] == ["+31 6 4"]  # Ben's, which Cleo did not touch
    assert as_form(data, "minerals") == ["gold", "tin"]  # Cleo's alone
    response = cleo.post(
        edit_url(alpha), {**data, "keep_description": "theirs", "keep_website": "mine"}
    )
    assert response.status_code == 302
    alpha.refresh_from_db()
    assert alpha.version == 4
    assert alpha.description == "Ben's."
    assert alpha.website == "https://cleo.example.org/"
    assert alpha.contact_phone == "+31 6 4"
    assert stored(alpha, "minerals") == ["gold", "tin"]


def test_a_save_during_a_merge_gives_a_new_merge_against_it(people, alpha):
    ann, ben, cleo = people
    ann_form, ben_form = open_form(ann, alpha), open_form(ben, alpha)
    save(ann, alpha, ann_form, description="Ann's.", contact_phone="+31 6 5")
    data = merged(save(ben, alpha, ben_form, description="Ben's.", step1_note="Ben's note."))
    assert data["version"] == ["2"]

    # While Ben reads the merge, Cleo opens the profile and saves.
    response = save(
        cleo,
        alpha,
        open_form(cleo, alpha),
        contact_phone="+31 6 6",
        step1_note="Cleo's note.",
        minerals=["gold"],
    )
    assert response.status_code == 302

    # Ben's choice was made against version 2: his save is merged again, with version 3.
    response = ben.post(edit_url(alpha), {**data, "keep_description": "mine"})
    html = response.content.decode()
    data = merged(response)
    assert data["version"] == ["3"]
    assert choices_asked(html) == ["step1_note"]
    assert "Cleo Clay" in choice(html, "step1_note")[0]
    assert data["description"] == ["Ben's."]  # his choice holds
    assert data["contact_phone"] == ["+31 6 6"]  # Cleo's
    assert as_form(data, "minerals") == ["gold"]
    assert ben.post(edit_url(alpha), {**data, "keep_step1_note": "theirs"}).status_code == 302
    alpha.refresh_from_db()
    assert alpha.version == 4
    assert (alpha.description, alpha.contact_phone, alpha.step1_note) == (
        "Ben's.",
        "+31 6 6",
        "Cleo's note.",
    )
    assert stored(alpha, "minerals") == ["gold"]


# The logo ------------------------------------------------------------------------------------


def logo(colour, name="logo.png"):
    return SimpleUploadedFile(name, image_bytes("PNG", (500, 500), colour), "image/png")


def colour_of(organisation):
    with Image.open(organisation.logo.path) as image:
        return image.convert("RGB").getpixel((10, 10))


RED, BLUE = (200, 40, 40), (40, 40, 200)


def test_my_new_logo_survives_the_merge_without_uploading_it_again(people, alpha, media):
    ann, ben, _cleo = people
    ann_form, ben_form = open_form(ann, alpha), open_form(ben, alpha)
    save(ann, alpha, ann_form, description="Ann's.")
    response = save(ben, alpha, ben_form, files={"logo": logo(BLUE)}, contact_phone="+31 6 7")
    html = response.content.decode()
    data = merged(response)
    assert choices_asked(html) == []
    # The page shows the logo it keeps, and carries it in the form: no file is sent again.
    assert re.search(r'<img src="data:image/png;base64,[A-Za-z0-9+/=]+" alt="Your new logo"', html)
    assert "Your new logo is kept" in html
    assert data["pending_logo"][0]
    alpha.refresh_from_db()
    assert not alpha.logo
    assert ben.post(edit_url(alpha), data).status_code == 302
    alpha.refresh_from_db()
    assert re.fullmatch(r"logos/[\w-]{22}\.png", alpha.logo.name), alpha.logo.name  # random
    assert colour_of(alpha) == BLUE
    assert alpha.description == "Ann's." and alpha.contact_phone == "+31 6 7"


def test_their_new_logo_is_kept_when_i_did_not_touch_mine(people, alpha, media):
    ann, ben, _cleo = people
    ann_form, ben_form = open_form(ann, alpha), open_form(ben, alpha)
    save(ann, alpha, ann_form, files={"logo": logo(RED)})
    alpha.refresh_from_db()
    theirs = alpha.logo.name
    data = merged(save(ben, alpha, ben_form, contact_phone="+31 6 8"))
    assert "pending_logo" not in data or data["pending_logo"] == [""]
    assert ben.post(edit_url(alpha), data).status_code == 302
    alpha.refresh_from_db()
    assert alpha.logo.name == theirs and colour_of(alpha) == RED


@pytest.mark.parametrize("kept", ["mine", "theirs"])
def test_two_new_logos_are_chosen_side_by_side(people, alpha, media, kept):
    ann, ben, _cleo = people
    ann_form, ben_form = open_form(ann, alpha), open_form(ben, alpha)
    save(ann, alpha, ann_form, files={"logo": logo(RED)})
    alpha.refresh_from_db()
    theirs = alpha.logo.name
    response = save(ben, alpha, ben_form, files={"logo": logo(BLUE)})
    html = response.content.decode()
    data = merged(response)
    assert choices_asked(html) == ["logo"]
    _legend, options = choice(html, "logo")
    assert [value for value, _label in options] == ["theirs", "mine"]
    block = choice_block(html, "logo")
    assert f'src="/media/{theirs}"' in block
    assert re.search(r'src="data:image/png;base64,[A-Za-z0-9+/=]+"', block)
    assert ben.post(edit_url(alpha), {**data, "keep_logo": kept}).status_code == 302
    alpha.refresh_from_db()
    if kept == "mine":
        assert alpha.logo.name != theirs and colour_of(alpha) == BLUE
    else:
        assert alpha.logo.name == theirs and colour_of(alpha) == RED


def test_removing_the_logo_survives_the_merge(people, alpha, media):
    ann, ben, _cleo = people
    save(ann, alpha, open_form(ann, alpha), files={"logo": logo(RED)})
    ann_form, ben_form = open_form(ann, alpha), open_form(ben, alpha)
    save(ann, alpha, ann_form, description="Ann's.")
    response = save(ben, alpha, {**ben_form, "logo-clear": ["on"]})
    html = response.content.decode()
    data = merged(response)
    assert choices_asked(html) == []
    assert re.search(r'<input type="checkbox" name="logo-clear" id="logo-clear_id" checked>', html)
    assert ben.post(edit_url(alpha), data).status_code == 302
    alpha.refresh_from_db()
    assert not alpha.logo and alpha.description == "Ann's."


def test_a_kept_logo_that_is_not_an_image_is_refused_clearly(people, alpha, media):
    ann, ben, _cleo = people
    ann_form, ben_form = open_form(ann, alpha), open_form(ben, alpha)
    save(ann, alpha, ann_form, description="Ann's.")
    data = merged(save(ben, alpha, ben_form, files={"logo": logo(BLUE)}, contact_phone="+31 6"))
    for forged in ["not base64 at all!", "aGVsbG8gd29ybGQ="]:  # the second is "hello world"
        response = ben.post(edit_url(alpha), {**data, "pending_logo": forged})
        assert response.status_code == 400
        html = response.content.decode()
        assert "choose the file again" in html or "not an image we can read" in html
        assert summary_links(html) == ["logo"]
    alpha.refresh_from_db()
    assert alpha.version == 2 and not alpha.logo and alpha.contact_phone == "+31 20 000 0000"


# Odd input -----------------------------------------------------------------------------------


def test_forged_merge_fields_give_a_clear_400_and_save_nothing(people, alpha):
    ann, ben, _cleo = people
    ann_form, ben_form = open_form(ann, alpha), open_form(ben, alpha)
    save(ann, alpha, ann_form, description="Ann's.")
    data = merged(save(ben, alpha, ben_form, description="Ben's."))
    response = ben.post(edit_url(alpha), {**data, "keep_description": "both"})
    assert response.status_code == 400
    assert "Choose which version to keep." in response.content.decode()
    # Names that are no field of the profile are ignored, not trusted.
    response = ben.post(
        edit_url(alpha),
        {**data, "conflicts": ["description,version,__class__,name"], "keep_description": "mine"},
    )
    assert response.status_code == 302
    alpha.refresh_from_db()
    assert (alpha.description, alpha.name, alpha.version) == ("Ben's.", "Alpha Metals", 3)


def test_a_version_that_never_existed_asks_about_every_difference(people, alpha):
    _ann, ben, _cleo = people
    data = open_form(ben, alpha)
    response = save(ben, alpha, {**data, "version": ["99"]}, description="Ben's.")
    html = response.content.decode()
    assert merged(response)["version"] == ["1"]
    assert choices_asked(html) == ["description"]
    alpha.refresh_from_db()
    assert alpha.version == 1 and alpha.description == "The first description."


def test_an_organisation_is_saved_once_per_merge(people, alpha):
    """The merged save is one entry in the history, like any other save."""
    ann, ben, _cleo = people
    ann_form, ben_form = open_form(ann, alpha), open_form(ben, alpha)
    save(ann, alpha, ann_form, description="Ann's.")
    before = alpha.history.count()
    data = merged(save(ben, alpha, ben_form, website="https://ben.example.org/"))
    assert alpha.history.count() == before
    assert ben.post(edit_url(alpha), data).status_code == 302
    assert alpha.history.count() == before + 1
    newest = Organisation.objects.get(pk=alpha.pk).history.order_by("-history_date").first()
    assert newest.history_user.username == "ben"
