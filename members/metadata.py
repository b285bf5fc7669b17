"""What a member's page tells search engines: its schema.org description, as JSON-LD.

Only what the directory shows everyone: never a contact, and none of the parts an
organisation may keep for members (supply chain, disclosures, steps), whoever is looking.
"""

from eprm_hub.schema_org import CONTEXT, EPRM


def json_ld(request, organisation):
    """Listed members only: the page of any other organisation is for editors."""
    if not (organisation.is_member and organisation.is_public):
        return None
    data = {
        "@context": CONTEXT,
        "@type": "Organization",
        "name": organisation.name,
        "description": organisation.description,
        "url": organisation.website,
        "mainEntityOfPage": request.build_absolute_uri(organisation.get_absolute_url()),
        "memberOf": EPRM,
    }
    if organisation.country:
        data["address"] = {"@type": "PostalAddress", "addressCountry": organisation.country.code}
    if organisation.logo:
        data["logo"] = request.build_absolute_uri(organisation.logo.url)
    return {key: value for key, value in data.items() if value}
