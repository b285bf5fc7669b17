"""Demo content: the fourteen EPRM projects of the reference data, their calls and partners,
with their texts in French and Spanish (not yet reviewed: docs/languages.md).

Unknown facts (most grants, SDGs, indicators, gender focus) are left empty, not invented.
"""

import csv
import datetime
from decimal import Decimal
from pathlib import Path

from eprm_hub.models import Mineral

from .models import Call, Location, Partnership, Project

PROJECTS_CSV = Path(__file__).parent / "demo_data" / "projects.csv"

# The calls for proposals, from the reference notes.
CALLS = {
    "1st call (2017)": {
        "name": "First call for proposals (2017)",
        "year": 2017,
        "opens_on": datetime.date(2017, 7, 3),
        "closes_on": datetime.date(2017, 9, 19),
        "description": "Four projects were funded, EUR 1.5 million in all, starting in 2018.",
    },
    "2nd call (2018)": {
        "name": "Second call for proposals (2018)",
        "year": 2018,
        "opens_on": datetime.date(2018, 8, 14),
        "closes_on": datetime.date(2018, 10, 18),
        "description": "Quick scans until 18 October 2018; the projects were funded from 2019.",
    },
    "3rd call (2020)": {
        "name": "Third call for proposals (2020)",
        "year": 2020,
        "opens_on": datetime.date(2020, 3, 23),
        "closes_on": datetime.date(2020, 9, 1),
        "grant_ceiling": Decimal(340000),
        "max_cost_share": 100,
        "description": "Projects of up to EUR 340,000, funded at 100%.",
    },
    "2023 call": {
        "name": "Call for proposals 2023",
        "year": 2023,
        "opens_on": datetime.date(2023, 9, 1),
        "closes_on": datetime.date(2023, 11, 30),
        "description": "A wider mineral scope than before; gold was not included.",
        "minerals": [
            "tin",
            "tantalum",
            "tungsten",
            "lithium",
            "natural-graphite",
            "cobalt",
            "copper",
            "nickel",
        ],
    },
}

# Partners that are EPRM members, under the names the members' records use.
MEMBER_NAMES = {
    "Responsible Minerals Initiative (RMI)": (
        "Responsible Minerals Initiative (formerly Conflict-Free Sourcing Initiative)"
    ),
}

# Exact dates where a source gives them (the reference notes); years otherwise.
EXACT_DATES = {
    "Scalable Trade in Artisanal Gold (STAG)": (
        datetime.date(2021, 1, 1),
        datetime.date(2023, 12, 31),
    ),
    (
        "CRAFTing Responsible Tin: A Path to Ethical and Sustainable Mining Practices in the "
        "Brazilian Amazon"
    ): (datetime.date(2024, 5, 1), datetime.date(2027, 4, 1)),
}
IATI_IDENTIFIERS = {"Scalable Trade in Artisanal Gold (STAG)": "NL-KVK-27378529-EPRM20S19"}
# CRAFT, which phase 1 developed, was released in 2018 and phase 2 followed from the first call.
STATUS = {
    "CAPAZ: The Passport to Markets project (phase 1 – developing the CRAFT code)": "completed"
}

# Places the summaries name, at their town centres (approximate, WGS 84).
LOCATIONS = {
    "Responsible Kenyan Gold": [
        ("Migori County", "-1.06340", "34.47310"),
        ("Kakamega County", "0.28420", "34.75230"),
    ],
    "Artisanal Mining Women's Empowerment Credit & Savings project (AFECCOR)": [
        ("Ituri province (Bunia)", "1.55940", "30.25200"),
    ],
    (
        "Access to responsible markets, good practices and territorial governance in artisanal "
        "mining (Chocó, 'Golden Roots')"
    ): [
        ("Condoto", "5.09130", "-76.65010"),
        ("Istmina", "5.15940", "-76.68400"),
        ("Quibdó", "5.69470", "-76.66110"),
    ],
}


def _split(value):
    return [item.strip() for item in value.split(";") if item.strip()]


def _organisation(name):
    from members.models import Organisation

    name = MEMBER_NAMES.get(name, name)
    organisation, _created = Organisation.objects.get_or_create(
        name=name, defaults={"is_member": False, "is_public": False}
    )
    return organisation


def seed(command):
    calls = {}
    for key, facts in CALLS.items():
        facts = dict(facts)
        minerals = facts.pop("minerals", [])
        call, created = Call.objects.get_or_create(name=facts.pop("name"), defaults=facts)
        if created and minerals:
            call.minerals.set(Mineral.objects.filter(slug__in=minerals))
        calls[key] = call

    with open(PROJECTS_CSV, encoding="utf-8") as file:
        rows = list(csv.DictReader(file))
    for row in rows:
        title = row["title"]
        if Project.objects.filter(title=title).exists():
            continue
        start, end = EXACT_DATES.get(title, (None, None))
        project = Project(
            title=title,
            summary=row["summary"],
            objectives=row["objectives"],
            description=row["description"],
            lessons_learned=row["lessons_learned"],
            countries=_split(row["countries"]),
            call=calls.get(row["call_round"]),
            start_year=int(row["start_year"]) if row["start_year"] else None,
            end_year=int(row["end_year"]) if row["end_year"] else None,
            start_date=start,
            end_date=end,
            eprm_grant=Decimal(row["eprm_grant_eur"]) if row["eprm_grant_eur"] else None,
            iati_identifier=IATI_IDENTIFIERS.get(title, ""),
            status_override=STATUS.get(title, ""),
            website=row["source_url"].split(" ; ")[0],
            is_published=True,
        )
        for language in ("fr", "es"):
            for field in Project.translated_fields:
                project.set_translation(field, language, row[f"{field}_{language}"])
        project.save()
        project.minerals.set(Mineral.objects.filter(slug__in=_split(row["minerals"])))
        order = 0
        if row["lead_organisation"]:
            Partnership.objects.create(
                project=project,
                organisation=_organisation(row["lead_organisation"]),
                role=Partnership.Role.LEAD,
            )
            order = 1
        for number, name in enumerate(_split(row["partners"]), start=order):
            Partnership.objects.create(
                project=project,
                organisation=_organisation(name),
                role=Partnership.Role.IMPLEMENTING,
                order=number,
            )
        for name, latitude, longitude in LOCATIONS.get(title, []):
            Location.objects.create(
                project=project, name=name, latitude=Decimal(latitude), longitude=Decimal(longitude)
            )
    command.stdout.write(f"Projects: {Project.objects.published().count()} published.")
