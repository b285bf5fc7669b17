"""Synthetic resources, members and projects for the benchmark, written straight into the
database with COPY (bench/writing.py), then vacuumed and analysed.

Texts are drawn from the words of the real demo data with their real frequencies, so common
words ("due", "diligence", "supply") match as many rows as they would in a large real library.
Facet values follow skewed distributions like the real ones. The library is multilingual, as
the Hub's is: a tenth of the resources have a French title and summary (from the demo
library's French), a twentieth a Spanish one, and a fiftieth are written in German, their own
title and summary (from the Hub's own Spanish and German: bench/synthetic_languages.py). The
members and projects are in bench/synthetic_members.py and bench/synthetic_projects.py.
"""

import csv
import json
import random
from datetime import UTC, datetime, timedelta

from django.db import connection

from eprm_hub.models import BusinessNeed, Mineral, OECDStep, Region, ResourceType, SupplyChainTier
from resources.demo import REFERENCE_CSV
from resources.models import Publisher, Resource
from resources.urlkeys import url_key

from . import synthetic_languages, synthetic_members, synthetic_projects
from .writing import copy, copy_links, restart_ids, sentence, skewed, truncate, words

LANGUAGES = ["en"] * 12 + ["fr"] * 3 + ["de", "es", "zh", "pt", "nl", "sw", "it", "ja"]
# Which resources are in other languages, by primary key, none in two of these sets: one in
# ten with a French title and summary (as the demo library's first 30), one in twenty with a
# Spanish translation, one in fifty written in German (its own title and summary).
FRENCH, SPANISH, GERMAN = (10, 0), (20, 5), (50, 1)  # pk % n == r


def is_in(language, pk):
    n, r = language
    return pk % n == r


def generate(resources, members, projects, seed=1):
    """Replace the resources, organisations and projects with synthetic ones: this many
    published resources, organisations listed in the directory and published projects."""
    resource_words = reference_words()
    generate_resources(resources, seed)
    synthetic_members.generate(members, resource_words, seed)
    synthetic_projects.generate(projects, resource_words, seed)
    with connection.cursor() as cursor:
        # As autovacuum leaves a live table: hint bits set, the full-text indexes' pending
        # lists merged, planner statistics current.
        cursor.execute("VACUUM ANALYZE")


def reference_resources():
    with open(REFERENCE_CSV, encoding="utf-8") as f:
        return list(csv.DictReader(f))


def reference_words():
    """The words of the real resources' summaries: the domain's vocabulary, which the
    members' and projects' few demo rows are too short to give."""
    return words(r["summary"] for r in reference_resources())


def generate_resources(count, seed=1):
    """Replace every resource with `count` synthetic published ones."""
    rng = random.Random(seed)
    reference = reference_resources()
    title_words = words(r["title"] for r in reference)
    summary_words = words(r["summary"] for r in reference)
    french_title_words = words(r["title_fr"] for r in reference if r["title_fr"])
    french_summary_words = words(r["summary_fr"] for r in reference if r["summary_fr"])
    spanish, german = synthetic_languages.pools("es"), synthetic_languages.pools("de")
    # Spanish and German texts from a generator of their own: the English and French ones
    # stay those of the bench before them, so their figures can be compared.
    other_rng = random.Random(seed + 1)

    truncate(Resource, Publisher)
    publishers = [f"Publisher {n} {rng.choice(title_words)}" for n in range(max(10, count // 200))]
    copy(
        "resources_publisher",
        ["id", "name", "slug", "website"],
        [(n + 1, name, f"publisher-{n + 1}", "") for n, name in enumerate(publishers)],
    )
    types = list(ResourceType.objects.values_list("pk", flat=True))
    vocab = {
        "minerals": list(Mineral.objects.values_list("pk", flat=True)),
        "supply_chain_tiers": list(SupplyChainTier.objects.values_list("pk", flat=True)),
        "oecd_steps": list(OECDStep.objects.values_list("pk", flat=True)),
        "business_needs": list(BusinessNeed.objects.values_list("pk", flat=True)),
        "regions": list(Region.objects.values_list("pk", flat=True)),
    }
    start = datetime(2015, 1, 1, tzinfo=UTC)
    rows, links = [], {name: [] for name in vocab}
    for pk in range(1, count + 1):
        title = sentence(rng, title_words, 4, 10)
        summary = sentence(rng, summary_words, 25, 55) + "."
        when = start + timedelta(minutes=rng.randint(0, 60 * 24 * 365 * 10))
        publisher = int(rng.paretovariate(1.2)) % len(publishers) + 1
        langs = sorted(set(rng.choices(LANGUAGES, k=rng.randint(1, 3))))
        translations, text_language = {}, "en"
        if is_in(FRENCH, pk):
            translations["fr"] = {
                "title": sentence(rng, french_title_words, 4, 10)[:300],
                "summary": sentence(rng, french_summary_words, 25, 55)[:600] + ".",
            }
        elif is_in(SPANISH, pk):
            translations["es"] = {
                "title": sentence(other_rng, spanish.title, 4, 10)[:300],
                "summary": sentence(other_rng, spanish.summary, 25, 55)[:600] + ".",
            }
            langs = sorted({*langs, "es"})
        elif is_in(GERMAN, pk):
            title = sentence(other_rng, german.title, 3, 8)
            summary = sentence(other_rng, german.summary, 25, 55) + "."
            text_language, langs = "de", sorted({*langs, "de"})
        rows.append(
            (
                pk, title[:300], f"synthetic-{pk}", f"https://example.org/resource/{pk}",
                publisher, rng.randint(2005, 2026), rng.choice(types),
                "{" + ",".join(langs) + "}", summary[:600], "", "", "",
                "published", False, when.isoformat(), when.isoformat(), when.isoformat(),
                "unchecked", "", publishers[publisher - 1],
                url_key(f"https://example.org/resource/{pk}"), text_language,
                json.dumps(translations), "{}", 1,
            )
        )  # fmt: skip
        for name, ids in vocab.items():
            # Skewed: a few values on most rows, as with "upstream" or "gold" in real data.
            links[name].extend((pk, value) for value in skewed(rng, ids))
    copy(
        "resources_resource",
        [
            "id", "title", "slug", "url", "publisher_id", "year", "resource_type_id",
            "languages", "summary", "description", "company_name", "company_size",
            "status", "featured", "published_at", "created", "updated",
            "link_status", "tag_text", "publisher_text", "url_key", "text_language",
            "translations", "translation_states", "version",
        ],
        rows,
    )  # fmt: skip
    for name, pairs in links.items():
        copy_links(Resource, name, pairs)
    restart_ids(Resource, count)
    restart_ids(Publisher, len(publishers))
    assert Publisher.objects.count() == len(publishers)
