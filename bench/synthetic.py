"""Synthetic resources for the benchmark, written straight into the database with COPY.

Titles and summaries are drawn from the words of the real reference resources, with their
real frequencies, so common words ("due", "diligence", "supply") match as many rows as they
would in a large real library. Facet values follow skewed distributions like the real ones.
"""

import csv
import io
import random
import re
from datetime import UTC, datetime, timedelta

from django.db import connection

from eprm_hub.models import BusinessNeed, Mineral, OECDStep, Region, ResourceType, SupplyChainTier
from resources.demo import REFERENCE_CSV
from resources.models import Publisher, Resource

LANGUAGES = ["en"] * 12 + ["fr"] * 3 + ["de", "es", "zh", "pt", "nl", "sw", "it", "ja"]


def _words(texts):
    return [w for text in texts for w in re.findall(r"[A-Za-z][A-Za-z'-]+", text)]


def _copy(table, columns, rows):
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    buffer.seek(0)
    with connection.cursor() as cursor:
        cursor.copy_expert(
            f"COPY {table} ({', '.join(columns)}) FROM STDIN WITH (FORMAT csv, NULL '\\N')", buffer
        )


def generate(count, seed=1):
    """Replace every resource with `count` synthetic published ones."""
    rng = random.Random(seed)
    with open(REFERENCE_CSV, encoding="utf-8") as f:
        reference = list(csv.DictReader(f))
    title_words = _words(r["title"] for r in reference)
    summary_words = _words(r["summary"] for r in reference)

    with connection.cursor() as cursor:
        cursor.execute(
            "TRUNCATE resources_resource, resources_publisher, resources_linkreport, "
            "resources_historicalresource RESTART IDENTITY CASCADE"
        )
    publishers = [f"Publisher {n} {rng.choice(title_words)}" for n in range(max(10, count // 200))]
    _copy(
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
        title = " ".join(rng.choices(title_words, k=rng.randint(4, 10))).capitalize()
        summary = " ".join(rng.choices(summary_words, k=rng.randint(25, 55))).capitalize() + "."
        when = start + timedelta(minutes=rng.randint(0, 60 * 24 * 365 * 10))
        publisher = int(rng.paretovariate(1.2)) % len(publishers) + 1
        langs = sorted(set(rng.choices(LANGUAGES, k=rng.randint(1, 3))))
        rows.append(
            (
                pk, title[:300], f"synthetic-{pk}", f"https://example.org/resource/{pk}",
                publisher, rng.randint(2005, 2026), rng.choice(types),
                "{" + ",".join(langs) + "}", summary[:600], "", "", "",
                "published", False, when.isoformat(), when.isoformat(), when.isoformat(),
                "unchecked", "", publishers[publisher - 1],
            )
        )  # fmt: skip
        for name, ids in vocab.items():
            # Skewed: a few values on most rows, as with "upstream" or "gold" in real data.
            weights = [1 / (i + 1) for i in range(len(ids))]
            chosen = set(rng.choices(ids, weights=weights, k=rng.randint(1, 3)))
            links[name].extend((pk, value) for value in chosen)
    _copy(
        "resources_resource",
        [
            "id", "title", "slug", "url", "publisher_id", "year", "resource_type_id",
            "languages", "summary", "description", "company_name", "company_size",
            "status", "featured", "published_at", "created", "updated",
            "link_status", "tag_text", "publisher_text",
        ],
        rows,
    )  # fmt: skip
    columns = {
        "minerals": "mineral_id",
        "supply_chain_tiers": "supplychaintier_id",
        "oecd_steps": "oecdstep_id",
        "business_needs": "businessneed_id",
        "regions": "region_id",
    }
    for name, pairs in links.items():
        table = getattr(Resource, name).through._meta.db_table
        _copy(table, ["resource_id", columns[name]], pairs)
    with connection.cursor() as cursor:
        cursor.execute("SELECT setval('resources_resource_id_seq', %s)", [count])
        cursor.execute("SELECT setval('resources_publisher_id_seq', %s)", [len(publishers)])
        # As autovacuum leaves a live table: hint bits set, the full-text index's pending list
        # merged, planner statistics current.
        cursor.execute("VACUUM ANALYZE")
    assert Publisher.objects.count() == len(publishers)
