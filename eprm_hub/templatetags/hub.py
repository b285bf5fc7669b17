from urllib.parse import urlsplit

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.html import format_html
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language, get_language_info

register = template.Library()


@register.simple_tag(takes_context=True)
def language_versions(context):
    """This page in each of the site's languages, for the switcher and hreflang links."""
    request = context.get("request")
    path = request.get_full_path() if request else "/"
    current = get_language()
    versions = []
    for code, _name in settings.LANGUAGES:
        url = translate_url(path, code)
        if url == path and code != current and path.startswith(f"/{current}/"):
            # A path that does not resolve (a 404) keeps its place under the other prefix.
            url = f"/{code}/{path[len(current) + 2 :]}"
        if not url.startswith("/") or not url_has_allowed_host_and_scheme(url, allowed_hosts=None):
            # "//evil.example/login" is another site to a browser: links built from the
            # request's path must stay on this one.
            url = f"/{code}/"
        versions.append(
            {
                "code": code,
                "name": get_language_info(code)["name_local"],
                "url": url,
                "current": code == current,
            }
        )
    return versions


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
def host(url):
    """The host name of a URL, without a leading www."""
    name = urlsplit(url).hostname or ""
    return name.removeprefix("www.")


@register.filter
def euros(amount):
    """An amount in whole euros, written the way the page's language writes money."""
    if amount in (None, ""):
        return ""
    whole = f"{round(amount):,}"
    if get_language() == "fr":
        # French groups thousands with a narrow no-break space, the sign after a no-break space.
        return whole.replace(",", "\u202f") + "\u00a0€"
    return f"€{whole}"


@register.simple_tag
def swatch(colour):
    """A term's colour as a small square. A tag, not an include: a listing shows dozens."""
    return format_html(
        '<svg class="swatch" width="10" height="10" viewBox="0 0 10 10" aria-hidden="true" '
        'focusable="false"><rect width="10" height="10" rx="2" fill="{}"/></svg>',
        colour,
    )
