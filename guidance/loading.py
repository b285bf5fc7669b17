"""Loading the rules from a data file (guidance/data/*.json, docs/rules.md), in a migration or
from `manage.py seed_demo`. Loading again gives the same rules: each rule's scopes, criteria,
sources and annex lines are replaced by the file's."""

import datetime
import json
from pathlib import Path

from django.apps import apps as installed_apps

DATA = Path(__file__).resolve().parent / "data"


def latest_file():
    return sorted(DATA.glob("rules-*.json"))[-1]


def load_rules(apps, data):
    Rule = apps.get_model("guidance", "Rule")
    Mineral = apps.get_model("eprm_hub", "Mineral")
    minerals = {m.slug: m for m in Mineral.objects.all()}
    for order, item in enumerate(data["rules"], start=1):
        rule, _created = Rule.objects.update_or_create(
            slug=item["slug"],
            defaults={
                "name": item["name"],
                "summary": item["summary"],
                "order": item.get("order", order),
                "checked": datetime.date.fromisoformat(item["checked"]),
                "library_query": item.get("library_query", ""),
                "translations": item.get("translations", {}),
            },
        )
        rule.sources.all().delete()
        for position, source in enumerate(item.get("sources", [])):
            rule.sources.create(
                kind=source["kind"],
                title=source["title"],
                article=source.get("article", ""),
                date=datetime.date.fromisoformat(source["date"]) if source.get("date") else None,
                url=source["url"],
                order=position,
            )
        rule.scopes.all().delete()
        for position, scope_item in enumerate(item["scopes"]):
            scope = rule.scopes.create(
                label=scope_item["label"],
                applies_from=datetime.date.fromisoformat(scope_item["applies_from"]),
                order=position,
            )
            for criterion_item in scope_item["criteria"]:
                criterion = scope.criteria.create(
                    kind=criterion_item["kind"],
                    comparison=criterion_item.get("comparison", "at-least"),
                    threshold=criterion_item.get("threshold"),
                    countries=criterion_item.get("countries", []),
                    article=criterion_item.get("article", ""),
                )
                wanted = criterion_item.get("minerals", [])
                criterion.minerals.set([minerals[slug] for slug in wanted if slug in minerals])
        rule.annex_lines.all().delete()
        for position, line in enumerate(item.get("annex", [])):
            rule.annex_lines.create(
                cn_code=line["cn_code"],
                ex=line["ex"],
                taric=line["taric"],
                description=line["description"],
                part=line["part"],
                threshold_kg=line["threshold_kg"],
                source=line["source"],
                order=position,
                translations=line.get("translations", {}),
            )
    link_resources(apps, data)


def link_resources(apps, data):
    """Each rule's resources, by their links: those the library has (none yet on a fresh
    database; `seed_demo` links them once the demo library is loaded)."""
    Rule = apps.get_model("guidance", "Rule")
    Resource = apps.get_model("resources", "Resource")
    for item in data["rules"]:
        found = Resource.objects.filter(url__in=item.get("resources", []))
        rule = Rule.objects.filter(slug=item["slug"]).first()
        if rule is not None and found:
            rule.resources.add(*found)


def link_demo_resources():
    link_resources(installed_apps, json.loads(latest_file().read_text(encoding="utf-8")))
