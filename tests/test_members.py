"""Member organisations: the directory, the member pages, "My organisation" and its profile
editor (logos, URLs, escaping, no lost update), the history and its revert, and the demo content.

The Due Diligence Check is in test_members_check.py, accounts and invitations in test_accounts.py,
who may open which page in test_members_access.py.
"""

import io
import os
import re
from html.parser import HTMLParser

import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client
from PIL import Image

import config.demo_accounts
from checks.models import Answer, Check
from eprm_hub.models import Mineral, SupplyChainTier
from members.models import Membership, Organisation

pytestmark = pytest.mark.django_db

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


# Helpers -------------------------------------------------------------------------------------


class _Forms(HTMLParser):
    """The forms of a page with what a browser would submit for each (no file fields)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms = []
        self._form = self._select = self._option = self._textarea = None

    def _add(self, name, value):
        self._form["fields"].setdefault(name, []).append(value)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self._form = {"attrs": attrs, "fields": {}}
            self.forms.append(self._form)
        elif self._form is None:
            return
        elif tag == "input":
            kind = (attrs.get("type") or "text").lower()
            name = attrs.get("name")
            if not name or kind in ("submit", "button", "file", "image", "reset"):
                return
            if kind in ("checkbox", "radio"):
                if "checked" in attrs:
                    self._add(name, attrs.get("value", "on"))
            else:
                self._add(name, attrs.get("value") or "")
        elif tag == "select":
            self._select = {"name": attrs.get("name"), "multiple": "multiple" in attrs, "opts": []}
        elif tag == "option" and self._select is not None:
            self._option = {
                "value": attrs.get("value"),
                "selected": "selected" in attrs,
                "text": "",
            }
            self._select["opts"].append(self._option)
        elif tag == "textarea":
            self._textarea = {"name": attrs.get("name"), "text": ""}

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea["text"] += data
        elif self._option is not None:
            self._option["text"] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "option":
            self._option = None
        elif tag == "select" and self._select is not None:
            options = self._select["opts"]
            chosen = [o for o in options if o["selected"]]
            if not chosen and not self._select["multiple"] and options:
                chosen = options[:1]
            for option in chosen:
                value = option["value"] if option["value"] is not None else option["text"]
                self._add(self._select["name"], value)
            self._select = self._option = None
        elif tag == "textarea" and self._textarea is not None:
            text = self._textarea["text"]
            text = text[2:] if text.startswith("\r\n") else text[1:] if text[:1] == "\n" else text
            self._add(self._textarea["name"], text)
            self._textarea = None


def form_data(html, **match):
    """What submitting the page's form whose attributes contain these values would send:
    {name: [values]}, as the test client posts it. form_data(html, id="x") or class_="y"."""
    parser = _Forms()
    parser.feed(html)
    for form in parser.forms:
        attrs = form["attrs"]
        if all(value in (attrs.get(key.rstrip("_")) or "") for key, value in match.items()):
            return form["fields"]
    raise AssertionError(f"no form with {match} in the page")


def field_block(html, name):
    """The HTML of the form field (templates/includes/field.html) holding the input `name`."""
    for chunk in re.split(r'(?=<div class="field[ "])', html):
        if f'name="{name}"' in chunk:
            return chunk
    raise AssertionError(f"no field {name!r} in the page")


def make_org(name, tiers=(), minerals=(), **fields):
    organisation = Organisation.objects.create(name=name, **fields)
    organisation.supply_chain_tiers.set(SupplyChainTier.objects.filter(slug__in=tiers))
    organisation.minerals.set(Mineral.objects.filter(slug__in=minerals))
    return organisation


def make_user(django_user_model, username, organisation=None, role="editor", **fields):
    user = django_user_model.objects.create_user(
        username, f"{username}@example.org", "a-long-test-password", **fields
    )
    if organisation is not None:
        Membership.objects.create(user=user, organisation=organisation, role=role)
    return user


def staff_editor(django_user_model, username="secretariat"):
    staff = django_user_model.objects.create_user(
        username,
        f"{username}@example.org",
        "pw",
        is_staff=True,
        first_name="Sam",
        last_name="Staff",
    )
    staff.user_permissions.set(Permission.objects.filter(content_type__app_label="members"))
    return staff


def pks(model, *slugs):
    return [str(pk) for pk in model.objects.filter(slug__in=slugs).values_list("pk", flat=True)]


def image_bytes(kind, size=(800, 600), colour=(200, 40, 40)):
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, format=kind)
    return out.getvalue()


def edit_url(organisation):
    return f"/en/my/organisations/{organisation.slug}/edit/"


def post_profile(client, organisation, files=None, **changes):
    """Open the profile editor, change some fields, submit it as a browser would."""
    page = client.get(edit_url(organisation))
    assert page.status_code == 200
    data = form_data(page.content.decode(), class_="profile-form")
    for name, value in changes.items():
        data[name] = value if isinstance(value, list) else [value]
    return client.post(edit_url(organisation), {**data, **(files or {})})


def history_entries(client, organisation):
    response = client.get(f"/en/my/organisations/{organisation.slug}/history/")
    assert response.status_code == 200
    return re.findall(r'<li class="history__entry">(.*?)</li>', response.content.decode(), re.S)


def change_rows(entry):
    """(field, before, after) for each row of a history entry's table."""
    return re.findall(
        r'<tr><th scope="row">([^<]+)</th><td[^>]*>([^<]*)</td><td[^>]*>([^<]*)</td></tr>', entry
    )


# The directory and the member pages ----------------------------------------------------------


@pytest.fixture
def directory():
    alpha = make_org(
        "Alpha Metals",
        pillar="supply-chain-actor",
        membership_type="normal",
        country="NL",
        website="https://alpha.example.org/",
        description="An artisanal tin mining cooperative in the Great Lakes region.",
        joined_on="2021-03-15",
        role="mine-or-cooperative",
        tiers=["upstream"],
        minerals=["tin", "gold"],
        disclosures_visibility="public",
        policy_url="https://alpha.example.org/policy",
        steps_visibility="public",
        step1_status="in-place",
        step1_note="Alpha adopted its policy in 2022.",
    )
    beta = make_org(
        "Beta Smelting",
        pillar="supply-chain-actor",
        country="DE",
        description="A smelter that keeps its supply chain for members.",
        role="smelter-or-refiner",
        tiers=["midstream"],
        minerals=["tin", "cobalt"],
        supply_chain_visibility="members",
        disclosures_visibility="members",
        policy_url="https://beta.example.org/secret-policy",
        step2_status="in-progress",
        step2_note="Beta maps its smelters.",
        contact_name="Carla Contact",
        contact_email="carla@beta.example.org",
        contact_phone="+49 30 1234567",
    )
    gamma = make_org("Gamma Ministry", pillar="government", country="FR")
    make_org("Hidden Ltd", pillar="civil-society", country="NL", is_public=False)
    make_org("Partner Not Member", pillar="civil-society", country="NL", is_member=False)
    return alpha, beta, gamma


def result_names(html):
    listing = re.search(r'<ol class="result-list member-list".*?</ol>', html, re.S)
    if listing is None:
        return []
    return re.findall(r'<h3 class="result__title"><a href="[^"]+">([^<]+)</a>', listing.group(0))


def facet_count(html, facet, value):
    found = re.search(
        rf'<label for="f-{facet}-{value}">.*?<span class="facet__count">(\d+)</span>', html, re.S
    )
    assert found, (facet, value)
    return int(found.group(1))


def found_line(html):
    """The "N members found" line, as text."""
    line = re.search(r"data-result-count>(.*?)</p>", html, re.S).group(1)
    return " ".join(re.sub(r"<[^>]+>", "", line).split())


def test_the_directory_lists_public_members_with_their_count(client, directory):
    html = client.get("/en/members/").content.decode()
    assert found_line(html) == "3 members found"
    assert result_names(html) == ["Alpha Metals", "Beta Smelting", "Gamma Ministry"]
    assert "Hidden Ltd" not in html and "Partner Not Member" not in html


@pytest.mark.parametrize(
    ("query", "names"),
    [
        ("pillar=government", ["Gamma Ministry"]),
        ("pillar=supply-chain-actor", ["Alpha Metals", "Beta Smelting"]),
        ("country=DE", ["Beta Smelting"]),
        ("country=NL&country=FR", ["Alpha Metals", "Gamma Ministry"]),
        ("tier=upstream", ["Alpha Metals"]),
        ("role=mine-or-cooperative", ["Alpha Metals"]),
        ("mineral=gold", ["Alpha Metals"]),
        ("q=artisanal+cooperative", ["Alpha Metals"]),
        ("q=smelter", ["Beta Smelting"]),
        ("q=ministry&pillar=government", ["Gamma Ministry"]),
        ("q=ministry&pillar=supply-chain-actor", []),
    ],
)
def test_the_directory_filters_by_text_and_facets(client, directory, query, names):
    html = client.get(f"/en/members/?{query}").content.decode()
    assert result_names(html) == names
    count = len(names)
    assert found_line(html) == f"{count} member{'' if count == 1 else 's'} found"


def test_supply_chain_facets_count_only_organisations_whose_supply_chain_is_public(
    client, directory
):
    html = client.get("/en/members/").content.decode()
    # Beta is tin, cobalt, midstream and a smelter, but shares that with members only.
    assert facet_count(html, "mineral", "tin") == 1
    assert facet_count(html, "mineral", "gold") == 1
    assert facet_count(html, "tier", "upstream") == 1
    assert facet_count(html, "role", "mine-or-cooperative") == 1
    # A value no listed member has is not offered at all (issue 25: no greyed zeros).
    for facet, value in [
        ("mineral", "cobalt"),
        ("tier", "midstream"),
        ("role", "smelter-or-refiner"),
    ]:
        assert f'id="f-{facet}-{value}"' not in html
    # Pillar and country are not part of the supply chain: they count everyone listed.
    assert facet_count(html, "pillar", "supply-chain-actor") == 2
    assert facet_count(html, "country", "de") == 1
    # Filtering on Beta's hidden values finds nothing; nor does its badge show in the list.
    for query in ("mineral=cobalt", "tier=midstream", "role=smelter-or-refiner"):
        assert result_names(client.get(f"/en/members/?{query}").content.decode()) == []
    listing = re.search(r'<ol class="result-list member-list".*?</ol>', html, re.S).group(0)
    assert "Cobalt" not in listing
    assert "Gold" in listing  # Alpha's minerals are public


def test_the_member_page_shows_the_organisation_and_its_public_disclosures(client, directory):
    alpha = directory[0]
    html = client.get("/en/members/alpha-metals/").content.decode()
    assert "<h1>Alpha Metals</h1>" in html
    for text in (
        "Supply-chain actor",
        "Normal",  # membership type
        "Netherlands",
        "Member since March 2021",
        'href="https://alpha.example.org/"',
        alpha.description,
        "Mine or cooperative",
        "Upstream",
        "Tin",
        "Gold",
        'href="https://alpha.example.org/policy"',
        "Alpha adopted its policy in 2022.",
    ):
        assert text in html, text
    assert "Shared with EPRM members only" not in html


@pytest.fixture
def visitors(django_user_model, directory):
    _alpha, _beta, gamma = directory
    return {
        "anonymous": None,
        "user without organisation": make_user(django_user_model, "lonely"),
        "viewer of another member": make_user(django_user_model, "gina", gamma, "viewer"),
        "staff": staff_editor(django_user_model),
    }


@pytest.mark.parametrize(
    ("visitor", "sees_members_parts"),
    [
        ("anonymous", False),
        ("user without organisation", False),
        ("viewer of another member", True),
        ("staff", True),
    ],
)
def test_members_only_parts_show_only_to_member_users_and_staff(
    client, visitors, visitor, sees_members_parts
):
    if visitors[visitor]:
        client.force_login(visitors[visitor])
    html = client.get("/en/members/beta-smelting/").content.decode()
    members_parts = [
        "Cobalt",
        "Smelter or refiner",
        "Midstream",
        "secret-policy",
        "Beta maps its smelters.",
    ]
    for text in members_parts:
        assert (text in html) is sees_members_parts, (visitor, text)
    notice = "shares its place in the supply chain with EPRM members only"
    assert (notice in html) is not sees_members_parts
    assert ("Shared with EPRM members only." in html) is sees_members_parts
    # Contacts are never on the public page, not even for members or staff.
    for contact in ("Carla Contact", "carla@beta.example.org", "1234567"):
        assert contact not in html, (visitor, contact)


def test_contacts_show_on_my_organisation_only(client, django_user_model, directory):
    beta = directory[1]
    client.force_login(make_user(django_user_model, "bert", beta, "viewer"))
    html = client.get("/en/my/organisations/beta-smelting/").content.decode()
    assert "Carla Contact" in html and "carla@beta.example.org" in html and "1234567" in html


def test_organisation_fields_are_edited_in_the_admin(client, django_user_model, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    client.force_login(staff_editor(django_user_model))
    page = client.get("/admin/members/organisation/add/")
    assert page.status_code == 200
    data = form_data(page.content.decode(), id="organisation_form")
    data.update(
        name=["Delta Refining"],
        slug=["delta-refining"],
        pillar=["supply-chain-actor"],
        membership_type=["strategic"],
        country=["BE"],
        website=["https://delta.example.org"],
        description=["Refines gold."],
        joined_on=["2023-06-01"],
        is_public=[],  # unticked
        is_member=["on"],
        supply_chain_tiers=pks(SupplyChainTier, "midstream"),
        role=["smelter-or-refiner"],
        minerals=pks(Mineral, "gold"),
    )
    logo = SimpleUploadedFile("delta.webp", image_bytes("WEBP", (600, 600)), "image/webp")
    response = client.post("/admin/members/organisation/add/", {**data, "logo": logo})
    assert response.status_code == 302, response.content.decode()[:3000]
    delta = Organisation.objects.get(slug="delta-refining")
    assert (delta.pillar, delta.membership_type, delta.country.code) == (
        "supply-chain-actor",
        "strategic",
        "BE",
    )
    assert (delta.website, delta.description) == ("https://delta.example.org", "Refines gold.")
    assert delta.joined_on.isoformat() == "2023-06-01"
    assert delta.is_public is False and delta.is_member is True
    assert delta.role == "smelter-or-refiner"
    assert [t.slug for t in delta.supply_chain_tiers.all()] == ["midstream"]
    assert [m.slug for m in delta.minerals.all()] == ["gold"]
    with Image.open(delta.logo.path) as stored:  # the admin normalises logos too
        assert (stored.format, stored.size) == ("PNG", (400, 400))
    # Not public: not in the directory.
    client.logout()
    assert "Delta Refining" not in client.get("/en/members/").content.decode()
    assert client.get("/en/members/delta-refining/").status_code == 404


# The profile editor --------------------------------------------------------------------------


@pytest.fixture
def alpha():
    return make_org(
        "Alpha Metals",
        pillar="supply-chain-actor",
        country="NL",
        description="The first description.",
        website="https://alpha.example.org/",
        tiers=["downstream"],
        minerals=["tin"],
    )


@pytest.fixture
def editor(django_user_model, alpha):
    return make_user(
        django_user_model, "erin", alpha, "editor", first_name="Erin", last_name="Editor"
    )


def test_the_profile_editor_updates_every_part(client, editor, alpha, media):
    client.force_login(editor)
    page = client.get(edit_url(alpha)).content.decode()
    assert re.search(r'<input type="hidden" name="version" value="1"', page)
    logo = SimpleUploadedFile("logo.png", image_bytes("PNG", (800, 400)), "image/png")
    steps = {}
    for n in range(1, 6):
        steps[f"step{n}_status"] = [
            "in-place",
            "in-progress",
            "not-started",
            "in-place",
            "in-progress",
        ][n - 1]
        steps[f"step{n}_note"] = f"Note on step {n}, written by Erin."
    response = post_profile(
        client,
        alpha,
        files={"logo": logo},
        description="We make capacitors from tantalum.",
        website="https://www.alpha-metals.example.com/en",
        contact_name="Ann Contact",
        contact_email="ann@alpha.example.org",
        contact_phone="+31 20 555 0100",
        supply_chain_tiers=pks(SupplyChainTier, "midstream", "downstream"),
        role="component-maker",
        minerals=pks(Mineral, "tantalum", "gold"),
        supply_chain_visibility="members",
        policy_url="https://alpha.example.org/policy.pdf",
        grievance_url="http://alpha.example.org/grievances",
        report_url="https://alpha.example.org/report-2025.pdf",
        publishes_smelter_list="yes",
        reporting_templates=["cmrt", "emrt"],
        assurance_programme="RMAP",
        disclosures_visibility="members",
        steps_visibility="public",
        **steps,
    )
    assert response.status_code == 302
    assert response["Location"] == "/en/my/organisations/alpha-metals/"
    alpha.refresh_from_db()
    assert alpha.description == "We make capacitors from tantalum."
    assert alpha.website == "https://www.alpha-metals.example.com/en"
    assert (alpha.contact_name, alpha.contact_email, alpha.contact_phone) == (
        "Ann Contact",
        "ann@alpha.example.org",
        "+31 20 555 0100",
    )
    assert sorted(t.slug for t in alpha.supply_chain_tiers.all()) == ["downstream", "midstream"]
    assert alpha.role == "component-maker"
    assert sorted(m.slug for m in alpha.minerals.all()) == ["gold", "tantalum"]
    assert alpha.supply_chain_visibility == "members"
    assert alpha.policy_url == "https://alpha.example.org/policy.pdf"
    assert alpha.grievance_url == "http://alpha.example.org/grievances"
    assert alpha.report_url == "https://alpha.example.org/report-2025.pdf"
    assert alpha.publishes_smelter_list is True
    assert alpha.reporting_templates == ["cmrt", "emrt"]
    assert alpha.assurance_programme == "RMAP"
    assert alpha.disclosures_visibility == "members"
    assert alpha.steps_visibility == "public"
    for n in range(1, 6):
        assert getattr(alpha, f"step{n}_status") == steps[f"step{n}_status"]
        assert getattr(alpha, f"step{n}_note") == f"Note on step {n}, written by Erin."
    assert alpha.logo.name.startswith("logos/") and alpha.logo.name.endswith(".png")
    assert alpha.version == 2
    # The form shows what was saved, and "No" for the smelter list can be set back.
    page = client.get(edit_url(alpha)).content.decode()
    assert re.search(r'<input type="hidden" name="version" value="2"', page)
    assert 'value="yes"' in field_block(page, "publishes_smelter_list")
    assert post_profile(client, alpha, publishes_smelter_list="no").status_code == 302
    alpha.refresh_from_db()
    assert alpha.publishes_smelter_list is False
    assert post_profile(client, alpha, publishes_smelter_list="").status_code == 302
    alpha.refresh_from_db()
    assert alpha.publishes_smelter_list is None


def test_the_public_page_follows_who_sees_each_part(client, editor, alpha):
    client.force_login(editor)
    post_profile(
        client,
        alpha,
        supply_chain_visibility="members",
        disclosures_visibility="public",
        steps_visibility="public",
        policy_url="https://alpha.example.org/p",
        step3_note="Working on a risk plan.",
    )
    client.logout()
    html = client.get("/en/members/alpha-metals/").content.decode()
    assert "shares its place in the supply chain with EPRM members only" in html
    assert "Tin" not in html
    assert 'href="https://alpha.example.org/p"' in html
    assert "Working on a risk plan." in html
    client.force_login(editor)
    post_profile(
        client,
        alpha,
        supply_chain_visibility="public",
        disclosures_visibility="members",
        steps_visibility="members",
    )
    client.logout()
    html = client.get("/en/members/alpha-metals/").content.decode()
    assert "Tin" in html
    assert 'href="https://alpha.example.org/p"' not in html
    assert "Working on a risk plan." not in html


@pytest.mark.parametrize("field", ["website", "policy_url", "grievance_url", "report_url"])
@pytest.mark.parametrize(
    "url", ["javascript:alert(document.cookie)", "ftp://files.example.org/policy.pdf"]
)
def test_links_must_be_web_addresses(client, editor, alpha, field, url):
    client.force_login(editor)
    response = post_profile(client, alpha, **{field: url}, description="Not saved.")
    assert response.status_code == 400
    html = response.content.decode()
    block = field_block(html, field)
    assert "field--error" in block
    errors = re.search(r'<ul class="errorlist[^"]*"[^>]*><li>([^<]+)</li>', block)
    assert errors and re.search(r"URL|web address", errors.group(1)), block
    assert "Some fields need another look" in html
    alpha.refresh_from_db()
    assert alpha.description == "The first description."
    assert getattr(alpha, field) == ("https://alpha.example.org/" if field == "website" else "")
    assert alpha.version == 1


def test_user_text_is_escaped_on_output(client, editor, alpha):
    script = '<script>alert("x")</script>'
    client.force_login(editor)
    response = post_profile(
        client,
        alpha,
        description=f"Hello {script}",
        step1_note=f"N {script}",
        steps_visibility="public",
        assurance_programme=script,
    )
    assert response.status_code == 302
    alpha.refresh_from_db()
    assert alpha.description == f"Hello {script}"  # kept as typed
    escaped = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"
    mine = client.get("/en/my/organisations/alpha-metals/").content.decode()
    assert f"N {escaped}" in mine
    assert script not in mine
    client.logout()
    public = client.get("/en/members/alpha-metals/").content.decode()
    assert f"Hello {escaped}" in public
    assert f"N {escaped}" in public
    assert script not in public
    listing = client.get("/en/members/").content.decode()
    assert script not in listing and "&lt;script&gt;" in listing


# Logos ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("filename", "kind", "size", "stored_size"),
    [
        ("logo.png", "PNG", (800, 400), (400, 200)),
        ("logo.jpg", "JPEG", (1200, 900), (400, 300)),
        ("logo.webp", "WEBP", (300, 200), (300, 200)),  # small ones are not enlarged
        ("logo.gif", "PNG", (500, 500), (400, 400)),  # the content decides, not the name
        ("photo.png", "JPEG", (640, 1280), (200, 400)),
    ],
)
def test_logos_are_stored_as_png_of_at_most_400_pixels(
    client, editor, alpha, media, filename, kind, size, stored_size
):
    client.force_login(editor)
    upload = SimpleUploadedFile(filename, image_bytes(kind, size), "application/octet-stream")
    response = post_profile(client, alpha, files={"logo": upload})
    assert response.status_code == 302
    alpha.refresh_from_db()
    # A random name (issue 29): not the slug, which anyone can guess.
    assert re.fullmatch(r"logos/[\w-]{22}\.png", alpha.logo.name), alpha.logo.name
    path = media / alpha.logo.name
    assert path.read_bytes().startswith(PNG_MAGIC)
    with Image.open(path) as stored:
        assert stored.format == "PNG"
        assert stored.size == stored_size
    assert f'src="/media/{alpha.logo.name}"' in client.get(edit_url(alpha)).content.decode()


def noise_png(side=1000):
    """An uncompressed PNG of random pixels: about 3 MB at 1000×1000."""
    out = io.BytesIO()
    Image.frombytes("RGB", (side, side), os.urandom(side * side * 3)).save(
        out, format="PNG", compress_level=0
    )
    return out.getvalue()


def gif_bytes():
    out = io.BytesIO()
    Image.new("P", (100, 100), 3).save(out, format="GIF")
    return out.getvalue()


@pytest.mark.parametrize(
    ("filename", "content", "message"),
    [
        ("logo.gif", gif_bytes, "The logo must be a PNG, JPEG or WebP image; this file is GIF."),
        ("logo.png", gif_bytes, "The logo must be a PNG, JPEG or WebP image; this file is GIF."),
        ("logo.png", lambda: b"just some text, not an image\n" * 20, "image"),
        ("logo.png", noise_png, "the most it can be is 2 MB"),
    ],
    ids=["gif", "gif-named-png", "text-named-png", "over-2-mb"],
)
def test_other_logos_are_refused_with_a_clear_message(
    client, editor, alpha, media, filename, content, message
):
    data = content()
    if message.startswith("the most"):
        assert len(data) > 2 * 1024 * 1024
    client.force_login(editor)
    upload = SimpleUploadedFile(filename, data, "image/png")
    response = post_profile(client, alpha, files={"logo": upload}, description="Not saved.")
    assert response.status_code == 400
    block = field_block(response.content.decode(), "logo")
    assert "field--error" in block
    errors = re.search(r'<ul class="errorlist[^"]*"[^>]*>(.*?)</ul>', block, re.S).group(1)
    assert message in errors
    alpha.refresh_from_db()
    assert not alpha.logo
    assert alpha.description == "The first description."
    assert not (media / "logos").exists() or not any((media / "logos").iterdir())


# No lost update ------------------------------------------------------------------------------


def test_a_save_based_on_a_stale_version_is_refused_and_shows_what_changed(
    client, django_user_model, editor, alpha
):
    bob = make_user(django_user_model, "bob", alpha, "editor")
    other = Client()
    other.force_login(bob)
    client.force_login(editor)

    # Erin opens the form; Bob opens it too and saves first.
    erin_form = form_data(client.get(edit_url(alpha)).content.decode(), class_="profile-form")
    assert erin_form["version"] == ["1"]
    bobs_save = post_profile(
        other, alpha, description="Bob's new description.", minerals=pks(Mineral, "tin", "cobalt")
    )
    assert bobs_save.status_code == 302

    # Erin saves her stale form: refused (409), nothing of hers saved.
    erin_form.update(
        website=["https://erin.example.org/"],
        minerals=pks(Mineral, "tin", "gold"),
        role=["retailer"],
    )
    response = client.post(edit_url(alpha), erin_form)
    assert response.status_code == 409
    alpha.refresh_from_db()
    assert alpha.version == 2
    assert alpha.description == "Bob's new description."
    assert alpha.website == "https://alpha.example.org/"
    assert alpha.role == ""
    assert sorted(m.slug for m in alpha.minerals.all()) == ["cobalt", "tin"]

    html = response.content.decode()
    assert "Someone else saved this profile while you were editing it" in html
    assert "bob saved a newer version" in html  # no full name: the username
    conflict = re.search(r'<div class="conflict".*?</table>', html, re.S).group(0)
    assert sorted(change_rows(conflict)) == [
        ("Minerals", "Tin", "Cobalt, Tin"),
        ("Short description", "The first description.", "Bob&#x27;s new description."),
    ]
    assert "Website" not in conflict  # Bob did not change it
    # The form merges both: Bob's description, Erin's website and role; both changed the
    # minerals, so Erin chooses (test_profile_merge.py covers the merge in depth).
    resubmit = form_data(html, class_="profile-form")
    assert resubmit["version"] == ["2"]
    assert resubmit["description"] == ["Bob's new description."]
    assert resubmit["website"] == ["https://erin.example.org/"]
    assert resubmit["conflicts"] == ["minerals"]
    assert client.post(edit_url(alpha), resubmit).status_code == 400  # no choice made

    response = client.post(edit_url(alpha), {**resubmit, "keep_minerals": "mine"})
    assert response.status_code == 302
    alpha.refresh_from_db()
    assert alpha.version == 3
    assert alpha.description == "Bob's new description."
    assert alpha.website == "https://erin.example.org/"
    assert alpha.role == "retailer"
    assert sorted(m.slug for m in alpha.minerals.all()) == ["gold", "tin"]  # hers, chosen


def test_an_editors_change_in_the_admin_makes_open_profile_forms_stale(
    client, django_user_model, editor, alpha
):
    client.force_login(editor)
    erin_form = form_data(client.get(edit_url(alpha)).content.decode(), class_="profile-form")
    staff = Client()
    staff.force_login(staff_editor(django_user_model))
    admin_url = f"/admin/members/organisation/{alpha.pk}/change/"
    data = form_data(staff.get(admin_url).content.decode(), id="organisation_form")
    data["description"] = ["Corrected by the secretariat."]
    assert staff.post(admin_url, data).status_code == 302
    erin_form["website"] = ["https://erin.example.org/"]
    response = client.post(edit_url(alpha), erin_form)
    assert response.status_code == 409
    assert "Sam Staff saved a newer version" in response.content.decode()
    alpha.refresh_from_db()
    assert alpha.description == "Corrected by the secretariat."
    assert alpha.website == "https://alpha.example.org/"


# History and revert --------------------------------------------------------------------------


def test_every_change_is_kept_and_shown_to_the_organisations_users(
    client, django_user_model, editor, alpha
):
    client.force_login(editor)
    post_profile(client, alpha, description="The second description.")
    post_profile(client, alpha, website="https://new.example.org/", step2_note="Mapping now.")
    records = list(alpha.history.order_by("-history_date"))
    assert records[0].history_user == editor
    assert records[0].website == "https://new.example.org/"

    viewer = make_user(django_user_model, "vic", alpha, "viewer")
    client.force_login(viewer)
    entries = history_entries(client, alpha)
    assert len(entries) == len(records)
    newest, previous = entries[0], entries[1]
    assert "Erin Editor" in newest and "Erin Editor" in previous
    assert re.search(r"\d{1,2} \w+ \d{4}, \d\d:\d\d", newest)  # when
    assert sorted(change_rows(newest)) == [
        ("Step 2 note", "—", "Mapping now."),
        ("Website", "https://alpha.example.org/", "https://new.example.org/"),
    ]
    assert change_rows(previous) == [
        ("Short description", "The first description.", "The second description.")
    ]
    assert "The profile was created." in entries[-1]


def test_one_save_is_one_entry_in_the_history(client, editor, alpha):
    """A save that changes the minerals shows Tin → Gold once, not a made-up empty state."""
    client.force_login(editor)
    before = alpha.history.count()
    post_profile(
        client,
        alpha,
        website="https://new.example.org/",
        minerals=pks(Mineral, "gold"),
        supply_chain_tiers=pks(SupplyChainTier, "midstream"),
    )
    entries = history_entries(client, alpha)
    assert sorted(change_rows(entries[0])) == [
        ("Minerals", "Tin", "Gold"),
        ("Supply-chain tiers", "Downstream", "Midstream"),
        ("Website", "https://alpha.example.org/", "https://new.example.org/"),
    ]
    assert alpha.history.count() == before + 1


def revert(staff, organisation, record):
    """Open the admin's revert form for this history record and submit it as it is."""
    url = f"/admin/members/organisation/{organisation.pk}/history/{record.history_id}/"
    page = staff.get(url)
    assert page.status_code == 200
    html = page.content.decode()
    assert 'name="_save"' in html and "Revert" in html
    data = form_data(html, id="organisation_form")
    response = staff.post(url, {**data, "_save": "Revert"})
    assert response.status_code == 302
    return data


@pytest.fixture
def staff_client(django_user_model):
    staff = Client()
    staff.force_login(staff_editor(django_user_model))
    return staff


def test_an_editor_reverts_to_an_earlier_version_in_the_admin(client, staff_client, editor, alpha):
    client.force_login(editor)
    original = alpha.history.order_by("-history_date").first()
    post_profile(
        client,
        alpha,
        description="A bad edit.",
        website="https://bad.example.org/",
        step1_note="Bad note.",
        reporting_templates=["emrt"],
    )
    alpha.refresh_from_db()
    assert alpha.description == "A bad edit."

    shown = revert(staff_client, alpha, original)
    assert shown["description"] == ["The first description."]
    alpha.refresh_from_db()
    assert alpha.description == "The first description."
    assert alpha.website == "https://alpha.example.org/"
    assert alpha.step1_note == ""
    assert alpha.reporting_templates == []
    newest = alpha.history.order_by("-history_date").first()
    assert newest.history_user.username == "secretariat"
    # The revert is itself in the organisation's history, with who did it.
    client.force_login(editor)
    first_entry = history_entries(client, alpha)[0]
    assert "Sam Staff" in first_entry
    assert ("Short description", "A bad edit.", "The first description.") in change_rows(
        first_entry
    )


def test_a_revert_restores_the_tiers_and_minerals_too(client, staff_client, editor, alpha):
    client.force_login(editor)
    original = alpha.history.order_by("-history_date").first()
    assert [row.mineral.slug for row in original.minerals.all()] == ["tin"]  # history has them
    post_profile(
        client,
        alpha,
        minerals=pks(Mineral, "cobalt"),
        supply_chain_tiers=pks(SupplyChainTier, "upstream"),
    )
    revert(staff_client, alpha, original)
    alpha.refresh_from_db()
    assert [m.slug for m in alpha.minerals.all()] == ["tin"]
    assert [t.slug for t in alpha.supply_chain_tiers.all()] == ["downstream"]


def test_a_revert_makes_profile_forms_opened_before_it_stale(client, staff_client, editor, alpha):
    """The revert restores an old record; its version must still move forward."""
    original = alpha.history.order_by("-history_date").first()
    client.force_login(editor)
    assert post_profile(client, alpha, description="Erin's text.").status_code == 302
    # Erin opens the form again (version 2) and leaves it open...
    erin_form = form_data(client.get(edit_url(alpha)).content.decode(), class_="profile-form")
    assert erin_form["version"] == ["2"]
    # ...while the secretariat reverts to the first version.
    revert(staff_client, alpha, original)
    alpha.refresh_from_db()
    assert alpha.description == "The first description."
    # Erin's save, based on the state before the revert, must not silently undo it.
    erin_form["website"] = ["https://erin.example.org/"]
    response = client.post(edit_url(alpha), erin_form)
    assert response.status_code == 409
    alpha.refresh_from_db()
    assert alpha.description == "The first description."
    assert alpha.website == "https://alpha.example.org/"


# Demo content --------------------------------------------------------------------------------


def test_seed_demo_loads_the_directory_and_the_demo_member_once(client, monkeypatch, tmp_path):
    monkeypatch.setattr(config.demo_accounts, "ACCOUNTS_FILE", tmp_path / "demo-accounts.json")
    call_command("seed_demo", stdout=io.StringIO())

    def counts():
        return [
            Organisation.objects.count(),
            Organisation.history.count(),
            Membership.objects.count(),
            Check.objects.count(),
            Answer.objects.count(),
        ]

    first = counts()
    assert found_line(client.get("/en/members/").content.decode()) == "12 members found"
    membership = Membership.objects.select_related("organisation").get(user__username="member")
    assert membership.organisation.name == "Demo Metals B.V. (fictional)"
    assert membership.role == Membership.Role.EDITOR
    checks = list(membership.organisation.checks.order_by("date"))
    assert len(checks) == 2
    assert all(check.status == Check.Status.SUBMITTED for check in checks)
    assert (checks[1].date - checks[0].date).days in (365, 366)
    assert all(check.answers.count() == 25 for check in checks)

    call_command("seed_demo", stdout=io.StringIO())
    assert counts() == first
    assert found_line(client.get("/en/members/").content.decode()) == "12 members found"


@pytest.mark.django_db
def test_a_public_supply_chain_with_nothing_recorded_says_so(client):
    Organisation.objects.create(
        name="Empty Refining", pillar="supply-chain-actor", supply_chain_visibility="public"
    )
    html = client.get("/en/members/empty-refining/").content.decode()
    assert "Not recorded on the Hub yet." in html
    assert '<dl class="facts">\n    </dl>' not in html
    french = client.get("/fr/members/empty-refining/").content.decode()
    assert "Pas encore renseignée sur le Hub." in french
