"""Synthetic projects: published ones and drafts among them, with their calls, partners
(any organisation, member or not), places, indicators and documents."""

import csv
import random
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from itertools import accumulate

from django.utils.text import slugify

from eprm_hub.models import SDG, Mineral
from members.models import Organisation
from projects.demo import CALLS, PROJECTS_CSV
from projects.models import Call, Document, Indicator, Location, Partnership, Project

from .writing import copy, copy_links, one_of, restart_ids, sentence, skewed, truncate, words

# Where EPRM projects work, most frequent first.
COUNTRIES = [
    "CD", "CO", "RW", "GH", "BF", "UG", "PE", "KE", "ID", "ZW", "BO", "TZ", "ML", "PH", "MN",
    "EC", "SL", "LR", "GN", "CI", "MG", "MZ", "ZM", "MM",
]  # fmt: skip
# Most projects are about gold, then the other 3TG.
MINERALS = ["gold", "tin", "tantalum", "tungsten", "cobalt", "mica", "copper", "lithium"]
SDGS = [8, 5, 12, 1, 16, 3, 4, 10, 6, 13, 15, 17, 9, 2, 7, 11, 14]
GENDER = {"": 30, "not-targeted": 30, "significant": 30, "principal": 10}
ROLES = ["implementing", "implementing", "funding", "advisory"]


def generate(count, domain_words, seed=1):
    """Replace every project and call with `count` published projects and count / 20
    drafts, interleaved by primary key, over the organisations already written."""
    rng = random.Random(seed)
    with open(PROJECTS_CSV, encoding="utf-8") as f:
        reference = list(csv.DictReader(f))
    title_words = words(r["title"] for r in reference)
    # The projects' own words, ten times as frequent as the library's among which they are
    # drawn: 11 demo summaries have 200 different words, too few for thousands of projects.
    summary_words = words(r["summary"] for r in reference) * 10 + domain_words
    minerals = dict(Mineral.objects.values_list("slug", "pk"))
    mineral_ids = [minerals[slug] for slug in MINERALS]
    sdgs = dict(SDG.objects.values_list("number", "pk"))
    sdg_ids = [sdgs[number] for number in SDGS]
    organisations = Organisation.objects.count()
    today = date.today()

    # Partners: any organisation, member or not; the large ones in many projects.
    partner_weights = list(accumulate(1 / n for n in range(1, organisations + 1)))

    truncate(Project, Call)
    calls = _write_calls(minerals)
    published = [True] * count + [False] * (count // 20)
    rng.shuffle(published)
    rows, links = [], {"minerals": [], "sdgs": []}
    partnerships, places, indicators, documents = [], [], [], []
    now = datetime.now(UTC).isoformat()
    for pk, is_published in enumerate(published, start=1):
        start_year = rng.randint(2016, today.year + 2)
        start = date(start_year, 1, 1) + timedelta(days=rng.randint(0, 364))
        end_year = start_year + rng.randint(1, 4) if rng.random() < 0.8 else None
        exact = rng.random() < 0.4  # the dates are known, not only the years
        end = start.replace(year=end_year, day=1) if exact and end_year else None
        started = start_year < today.year
        budget = Decimal(rng.randrange(100_000, 2_000_000, 1000)) if rng.random() < 0.9 else None
        grant = budget * rng.randint(30, 100) // 100 if budget else None
        rows.append(
            (
                pk, sentence(rng, title_words, 4, 12)[:300], f"synthetic-{pk}",
                sentence(rng, summary_words, 25, 60) + ".",
                sentence(rng, summary_words, 40, 100) + "." if rng.random() < 0.5 else "",
                ",".join(skewed(rng, COUNTRIES, 1, 3)),
                None if rng.random() < 0.1 else rng.randint(1, len(calls)),
                start_year, start.isoformat() if exact else None, end_year, end,
                "completed" if started and rng.random() < 0.03 else "",
                budget, grant, one_of(rng, GENDER),
                sentence(rng, summary_words, 10, 30) if rng.random() < 0.3 else "",
                sentence(rng, summary_words, 10, 30) if rng.random() < 0.3 else "",
                "", "", is_published, now if is_published else None, now, now, "en", "{}", "{}",
            )
        )  # fmt: skip
        links["minerals"] += [(pk, m) for m in skewed(rng, mineral_ids)]
        links["sdgs"] += [(pk, g) for g in skewed(rng, sdg_ids, 0, 4)]
        chosen = rng.choices(range(1, organisations + 1), cum_weights=partner_weights, k=4)
        for order, organisation in enumerate(sorted(set(chosen[: rng.randint(1, 4)]))):
            role = "lead" if order == 0 else rng.choice(ROLES)
            partnerships.append((pk, organisation, role, order))
        for n in range(rng.randint(0, 2)):
            place = f"Site {n + 1} {rng.choice(title_words)}"
            places.append((pk, place, f"{rng.uniform(-15, 15):.5f}", f"{rng.uniform(-80, 40):.5f}"))
        for n in range(rng.randint(0, 3)):
            target = rng.randint(10, 1000)
            actual = rng.randint(0, target) if started else None
            name = f"{rng.choice(title_words).title()} reached"
            indicators.append((pk, name, "people", 0, target, actual, n))
        if rng.random() < 0.5:
            url = f"https://example.org/project/{pk}/report.pdf"
            documents.append((pk, "Project report", url, ""))
    copy(
        Project._meta.db_table,
        [
            "id", "title", "slug", "summary", "description", "countries", "call_id",
            "start_year", "start_date", "end_year", "end_date", "status_override",
            "total_budget", "eprm_grant", "gender_focus", "objectives", "lessons_learned",
            "iati_identifier", "website", "is_published", "published_at", "created", "updated",
            "text_language", "translations", "translation_states",
        ],
        rows,
    )  # fmt: skip
    for name, pairs in links.items():
        copy_links(Project, name, pairs)
    copy(
        Partnership._meta.db_table,
        ["project_id", "organisation_id", "role", '"order"'],
        partnerships,
    )
    copy(Location._meta.db_table, ["project_id", "name", "latitude", "longitude"], places)
    copy(
        Indicator._meta.db_table,
        ["project_id", "name", "unit", "baseline", "target", "actual", '"order"'],
        indicators,
    )
    copy(Document._meta.db_table, ["project_id", "title", "url", "file"], documents)
    restart_ids(Project, len(published))


def _write_calls(minerals):
    """The real calls for proposals (projects/demo.py), with their mineral scopes."""
    calls, scopes = [], []
    for pk, facts in enumerate(CALLS.values(), start=1):
        calls.append(
            (
                pk, facts["name"], slugify(facts["name"])[:60], facts["year"],
                facts.get("opens_on"), facts.get("closes_on"), facts.get("grant_ceiling"),
                facts.get("max_cost_share"), facts.get("description", ""),
            )
        )  # fmt: skip
        scopes += [(pk, minerals[slug]) for slug in facts.get("minerals", [])]
    copy(
        Call._meta.db_table,
        [
            "id", "name", "slug", "year", "opens_on", "closes_on", "grant_ceiling",
            "max_cost_share", "description",
        ],
        calls,
    )  # fmt: skip
    copy_links(Call, "minerals", scopes)
    restart_ids(Call, len(calls))
    return calls
