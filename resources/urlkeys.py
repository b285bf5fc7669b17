"""One document, many addresses: the key under which two links of the same document meet.

`http://www.oecd.org/guidance/`, `https://oecd.org/guidance?utm_source=newsletter` and
`https://OECD.org/guidance` are one document; the duplicate detector (resources/duplicates.py)
compares resources by this key. It leaves out what never changes the document: the scheme,
a leading `www.`, the default port, a trailing slash, tracking parameters, the case of the
host, and the order of the other parameters. It keeps the path's case and the fragment: the
demo library has two supplements of one OECD guidance at one DOI, told apart by their
fragment (`…-en#supplement-on-gold`).
"""

from urllib.parse import parse_qsl, urlencode, urlsplit

# Parameters that say who sent the visitor, not which document: analytics and ad-click ids.
TRACKING = {
    "fbclid",
    "gclid",
    "dclid",
    "gbraid",
    "wbraid",
    "msclkid",
    "yclid",
    "twclid",
    "igshid",
    "mc_cid",
    "mc_eid",
    "_ga",
    "_gl",
    "_hsenc",
    "_hsmi",
    "mkt_tok",
}


def is_tracking(name):
    name = name.lower()
    return name.startswith("utm_") or name in TRACKING


def url_key(url):
    """The link without what never changes the document, as `host/path?query#fragment`."""
    try:
        parts = urlsplit(url.strip())
        host = (parts.hostname or "").rstrip(".")
        port = parts.port
    except ValueError:  # not a link a URLField would take; compared as it is written
        return url.strip().lower()
    host = host.removeprefix("www.")
    if port and port not in (80, 443):
        host = f"{host}:{port}"
    path = parts.path.rstrip("/")
    query = sorted(
        (name, value)
        for name, value in parse_qsl(parts.query, keep_blank_values=True)
        if not is_tracking(name)
    )
    key = host + path
    if query:
        key += "?" + urlencode(query)
    if parts.fragment:
        key += "#" + parts.fragment
    return key[:500]
