import json
from urllib.parse import urlsplit

from django import template
from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.core.serializers.json import DjangoJSONEncoder
from django.urls import translate_url
from django.utils.encoding import iri_to_uri
from django.utils.html import format_html
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from eprm_hub import i18n

register = template.Library()


def _in_language(path, code, current):
    """path (of a page in the current language) in language code, always on this site."""
    url = translate_url(path, code)
    if url == path and code != current and path.startswith(f"/{current}/"):
        # A path that does not resolve (a 404) keeps its place under the other prefix.
        url = f"/{code}/{path[len(current) + 2 :]}"
    if not url.startswith("/") or not url_has_allowed_host_and_scheme(url, allowed_hosts=None):
        # "//evil.example/login" is another site to a browser: links built from the
        # request's path must stay on this one.
        url = f"/{code}/"
    return url


def _paths(request, current):
    """{code: this page's path in that language}, worked out once a request: the switcher and
    the head's alternates both need them, and each costs resolving and reversing the path."""
    paths = getattr(request, "_language_paths", None)
    if paths is None:
        path = request.path if request else "/"
        paths = {code: _in_language(path, code, current) for code, _name in settings.LANGUAGES}
        if request is not None:
            request._language_paths = paths
    return paths


@register.simple_tag(takes_context=True)
def language_versions(context):
    """This page in each of the site's languages, for the switcher (which keeps the query)."""
    request = context.get("request")
    current = get_language()
    query = request.META.get("QUERY_STRING", "") if request else ""
    query = f"?{iri_to_uri(query)}" if query else ""
    return [
        {
            "code": code,
            "name": i18n.own_name(code),
            "url": path + query,
            "current": code == current,
        }
        for code, path in _paths(request, current).items()
    ]


# Open Graph names a language with its country.
OG_LOCALES = {
    "en": "en_GB",
    "fr": "fr_FR",
    "es": "es_ES",
    "pt": "pt_PT",
    "de": "de_DE",
    "nl": "nl_NL",
}


@register.simple_tag(takes_context=True)
def page_links(context):
    """The page's canonical address and its versions in each language, absolute, for the head.

    Without the query string: a listing's filters, text, sort and page are views of one
    listing, which search engines should index once (docs/discovery.md).
    """
    request = context.get("request")
    current = get_language()
    urls = {code: absolute_url(context, path) for code, path in _paths(request, current).items()}
    return {
        "canonical": urls[current],
        "alternates": urls.items(),
        "x_default": urls[settings.LANGUAGE_CODE],
        "locale": OG_LOCALES[current],
        "other_locales": [OG_LOCALES[code] for code in urls if code != current],
    }


@register.simple_tag(takes_context=True)
def absolute_url(context, path):
    """path as a full address (https behind the production proxy), for links read off the site.
    On the site's own address when the request's Host is not one it serves (the 400 page)."""
    request = context.get("request")
    if not request:
        return path
    try:
        return request.build_absolute_uri(path)
    except DisallowedHost:
        return settings.SITE_URL + path


# As json_script escapes them: "</script>" or "<!--" in a title stays text inside the block.
_JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag
def json_ld(data):
    """schema.org data as a JSON-LD block. A data block is not a script the browser runs, so
    the content security policy, which forbids inline scripts, does not stop it."""
    if not data:
        return ""
    text = json.dumps(data, cls=DjangoJSONEncoder).translate(_JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))


@register.simple_tag(takes_context=True)
def current_section(context):
    """The part of the site the page belongs to (its app, or its URL name), for the navigation."""
    request = context.get("request")
    match = getattr(request, "resolver_match", None)
    if match is None:
        return ""
    if "/my/" in request.path:
        return "mine"  # a member's own pages, under the members app but not the directory
    return match.app_name or match.url_name or ""


@register.filter
def lang(text):
    """` lang="en"` on an element whose text is not in the page's language (a translation
    missing: eprm_hub.i18n.Text), so that screen readers and browsers read it right."""
    if getattr(text, "fallback", False):
        return format_html(' lang="{}"', text.language)
    return ""


@register.filter
def inline(name):
    """A label as a sentence writes it: in lower case ("Find a mineral"), except in German,
    whose nouns keep their capital ("Lieferkettenstufe suchen")."""
    return str(name) if get_language() == "de" else str(name).lower()


@register.filter
def host(url):
    """The host name of a URL, without a leading www."""
    name = urlsplit(url).hostname or ""
    return name.removeprefix("www.")


EURO_AFTER = {"es", "pt", "de"}


@register.filter
def euros(amount):
    """An amount in whole euros, written the way the page's language writes money."""
    if amount in (None, ""):
        return ""
    whole = f"{round(amount):,}"
    language = get_language()
    if language == "fr":
        # French groups thousands with a narrow no-break space, the sign after a no-break space.
        return whole.replace(",", "\u202f") + "\u00a0€"
    if language in EURO_AFTER:
        # 1.234.567 €, as Spanish, Portuguese and German write it.
        return whole.replace(",", ".") + "\u00a0€"
    if language == "nl":
        return "€\u00a0" + whole.replace(",", ".")
    return f"€{whole}"


@register.simple_tag
def swatch(colour):
    """A term's colour as a small square. A tag, not an include: a listing shows dozens."""
    return format_html(
        '<svg class="swatch" width="10" height="10" viewBox="0 0 10 10" aria-hidden="true" '
        'focusable="false"><rect width="10" height="10" rx="2" fill="{}"/></svg>',
        colour,
    )
