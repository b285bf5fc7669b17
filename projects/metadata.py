"""What a project's page tells search engines: its schema.org description, as JSON-LD."""

from eprm_hub.schema_org import CONTEXT, EPRM, terms


def _when(date, year):
    return date.isoformat() if date else str(year or "")


def json_ld(request, project):
    """Published projects only. schema.org's Project (still pending there) is the nearest type:
    an organisation for a while, with a funder, members and places. It has Organization's
    properties only (tests/schema_org.py): its start and end are the organisation's founding
    and dissolution dates, as schema.org defines no startDate or endDate for it."""
    if not project.is_published:
        return None
    data = {
        "@context": CONTEXT,
        "@type": "Project",
        "name": project.in_language("title"),
        "description": project.in_language("summary"),
        "url": project.website,
        "mainEntityOfPage": request.build_absolute_uri(project.get_absolute_url()),
        "foundingDate": _when(project.start_date, project.start_year),
        "dissolutionDate": _when(project.end_date, project.end_year),
        "funder": EPRM,
        "keywords": terms(project.minerals.all()),
        "location": [
            {
                "@type": "Place",
                "name": country.name,
                "address": {"@type": "PostalAddress", "addressCountry": country.code},
            }
            for country in project.countries
        ],
        "member": [
            {"@type": "Organization", "name": part.organisation.name}
            for part in project.partnerships.all()
        ],
    }
    if project.eprm_grant is not None:
        data["funding"] = {
            "@type": "MonetaryGrant",
            "funder": EPRM,
            "amount": {
                "@type": "MonetaryAmount",
                "value": float(project.eprm_grant),
                "currency": "EUR",
            },
        }
    return {key: value for key, value in data.items() if value}
