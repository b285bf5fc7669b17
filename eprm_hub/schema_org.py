"""What the apps' schema.org data share (resources/, members/ and projects/ metadata.py)."""

# With schema.org as the vocabulary, the data expands to schema.org IRIs without fetching
# schema.org's remote context: a JSON-LD processor reads it offline, search engines alike.
CONTEXT = {"@vocab": "https://schema.org/"}

EPRM = {
    "@type": "Organization",
    "name": "European Partnership for Responsible Minerals",
    "url": "https://europeanpartnership-responsibleminerals.eu/",
}


def terms(items):
    """The labels of vocabulary terms, in the page's language."""
    return [item.label for item in items]
