"""What a resource's page tells search engines: its schema.org description, as JSON-LD."""

from eprm_hub.schema_org import CONTEXT, terms

from .models import Resource

# schema.org has no type for guidance, standards, tools or case studies: they stay
# CreativeWork, and their genre says which. A tool may be an application, a spreadsheet or a
# checklist, so nothing narrower is true of them all.
TYPES = {
    "regulation": "Legislation",
    "report": "Report",
    "template": "DigitalDocument",
    "training": "LearningResource",
    "database": "Dataset",
    "website": "WebSite",
}


def json_ld(request, resource):
    """Published resources only: a draft's or an archived resource's page is for editors.
    The resource has `facts`, {facet: Terms}, as its page reads them."""
    if resource.status != Resource.Status.PUBLISHED:
        return None
    minerals = terms(resource.facts["mineral"])
    data = {
        "@context": CONTEXT,
        "@type": TYPES.get(resource.resource_type.slug, "CreativeWork"),
        "name": resource.in_language("title"),
        "description": resource.in_language("summary"),
        "url": resource.url,
        "mainEntityOfPage": request.build_absolute_uri(resource.get_absolute_url()),
        "genre": resource.resource_type.label,
        "inLanguage": resource.languages,
        "keywords": minerals
        + terms(resource.facts["need"])
        + [tag.name for tag in resource.tags.all()],
        "about": [{"@type": "Thing", "name": name} for name in minerals],
    }
    if resource.publisher:
        data["publisher"] = {"@type": "Organization", "name": resource.publisher.name}
        if resource.publisher.website:
            data["publisher"]["url"] = resource.publisher.website
    if resource.year:
        data["datePublished"] = str(resource.year)
    return {key: value for key, value in data.items() if value}
