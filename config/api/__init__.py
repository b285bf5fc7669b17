"""The Hub's read API, /api/v1/: the three listings and their items as JSON, on top of the
facet engine, and the shared vocabulary. Built with django-ninja (docs/api.md)."""

import json

from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import path, re_path, reverse
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.html import format_html_join
from django.utils.log import log_response
from django.views.decorators.csrf import csrf_exempt
from ninja import NinjaAPI
from ninja.errors import ValidationError
from ninja.renderers import JSONRenderer

from members.search import CATALOGUE as MEMBERS
from projects.search import CATALOGUE as PROJECTS
from resources.search import CATALOGUE as RESOURCES

from ..middleware import DATABASE_ERRORS
from . import members, projects, resources, rules, vocabulary
from .listing import LANG_PARAMETER, LANGUAGES, ApiError, parameters

DESCRIPTION = """The public content of the EPRM Due Diligence Hub, read-only, as JSON.

The three listings take the same parameters as the Hub's pages and answer with the same
counts: free text (`q`), every facet (repeat a parameter for several values), years, `sort`,
`page` and `page_size` (1 to 100). A parameter or value the listing does not know is not an
error: the answer names it in `ignored`. Names, labels and texts are in the language of `lang`
(`en`, `fr`, `es`, `pt`, `de` or `nl`), else of the Accept-Language header, else English; a
text not given in that language comes in its original one, as on the Hub's pages.

Errors are JSON, `{"error": "…"}`, with a 4xx status. Every answer has an ETag: send it back
in If-None-Match for a 304 while nothing it shows has changed. No key is needed; every GET
answer carries `Access-Control-Allow-Origin: *`. The API only reads: every operation
answers GET and HEAD, OPTIONS is the CORS preflight (If-None-Match may be sent), and any other
method is a 405."""

# Each listing's path in the document, and the catalogue whose parameters it takes.
LISTINGS = {
    "/api/v1/resources/": RESOURCES,
    "/api/v1/members/": MEMBERS,
    "/api/v1/projects/": PROJECTS,
}


class Renderer(JSONRenderer):
    json_dumps_params = {"ensure_ascii": False}  # names such as "Étain" as they are


class HubAPI(NinjaAPI):
    def get_openapi_schema(self, *args, **kwargs):
        """ninja's document, with each listing's query parameters derived from its catalogue
        (the facets' values as they are now) and the language on every item. In English,
        whatever the request's language: one document for every client."""
        with translation.override("en"):
            return self._with_parameters(super().get_openapi_schema(*args, **kwargs))

    def _with_parameters(self, schema):
        for address, operations in schema["paths"].items():
            get = operations.get("get")
            if not get:
                continue
            if address in LISTINGS:
                get["parameters"] = parameters(LISTINGS[address])
            elif address == "/api/v1/rules/":
                get["parameters"] = [*rules.parameters(), LANG_PARAMETER]
            elif not address.startswith("/api/v1/vocabulary/"):
                get["parameters"] = [*get.get("parameters", []), LANG_PARAMETER]
        return schema


def docs_page(request):
    """The documentation page, in the Hub's layout and languages (/en/api/, /fr/api/):
    Swagger UI from django-ninja's static files, started by a script file, as the content
    security policy allows no inline script."""
    url = reverse("api:openapi-json")
    # No deep links: Swagger UI would put a link inside each operation's button; no syntax
    # colours: some are too pale on its dark code blocks.
    settings = {
        "url": url,
        "deepLinking": False,
        "syntaxHighlight": False,
        "defaultModelsExpandDepth": 0,
    }
    codes = format_html_join(", ", "<code>{}</code>", ((code,) for code in LANGUAGES))
    context = {"swagger_settings": json.dumps(settings), "openapi_url": url, "codes": codes}
    return render(request, "api/docs.html", context)


def docs_redirect(request):
    return redirect("api_docs")


api = HubAPI(
    title="EPRM Due Diligence Hub API",
    version="1",
    description=DESCRIPTION,
    urls_namespace="api",
    renderer=Renderer(),
    docs_url=None,  # docs_page below, in the Hub's languages
    openapi_url="/openapi.json",
)
api.add_router("/resources/", resources.router)
api.add_router("/members/", members.router)
api.add_router("/projects/", projects.router)
api.add_router("/vocabulary/", vocabulary.router)
api.add_router("/rules/", rules.router)


@api.exception_handler(ApiError)
def api_error(request, error):
    return api.create_response(request, {"error": error.message}, status=error.status)


@api.exception_handler(ValidationError)
def invalid(request, error):
    problems = "; ".join(
        f"{'.'.join(str(part) for part in e['loc'][1:]) or e['loc'][0]}: {e['msg']}"
        for e in error.errors
    )
    return api.create_response(request, {"error": problems}, status=400)


@api.exception_handler(Http404)
def not_found(request, error):
    return api.create_response(request, {"error": "Not found."}, status=404)


@api.exception_handler(Exception)
def server_error(request, error):
    """Any other error is JSON too, and logged (and mailed to the ADMINS) as Django logs a
    500. A database that is away is left to DatabaseUnavailableMiddleware's 503."""
    if isinstance(error, DATABASE_ERRORS):
        raise error
    response = api.create_response(request, {"error": "Internal server error."}, status=500)
    log_response(
        "Internal Server Error: %s",
        request.path,
        response=response,
        request=request,
        exception=error,
    )
    return response


ALLOWED = "GET, HEAD, OPTIONS"
PREFLIGHT = {
    "Access-Control-Allow-Methods": ALLOWED,
    # If-None-Match for conditional requests, Accept-Language beyond the safelisted values.
    "Access-Control-Allow-Headers": "If-None-Match, Accept-Language",
    "Access-Control-Max-Age": "86400",  # a day: browsers cap it lower (Chrome 2 hours)
}


def endpoint(view, found=True):
    """An address of the API, readable by any site from a browser, without credentials:
    GET; HEAD, answered as GET (the server sends no body); OPTIONS, the CORS preflight; any
    other method a JSON 405 naming these in Allow (before the CSRF check, which would answer
    an HTML 403: nothing here changes anything). found=False: the unknown addresses, a 404
    whatever the method."""

    def wrapped(request, *args, **kwargs):
        method = request.method
        if method == "OPTIONS":
            response = HttpResponse(status=204)
            response["Allow"] = ALLOWED
            for header, value in PREFLIGHT.items():
                response[header] = value
        elif method in ("GET", "HEAD") or not found:
            request.method = "GET"  # ninja answers HEAD as the GET it declares
            try:
                response = view(request, *args, **kwargs)
            finally:
                request.method = method
        else:
            response = JsonResponse(
                {"error": f"The API is read-only: {method} is not allowed; use {ALLOWED}."},
                status=405,
            )
            response["Allow"] = ALLOWED
        response["Access-Control-Allow-Origin"] = "*"
        response["Access-Control-Expose-Headers"] = "ETag"
        patch_vary_headers(response, ["Accept-Language"])
        return response

    return csrf_exempt(wrapped)


def unknown_path(request, rest):
    return JsonResponse({"error": f"No such address in the API: /api/v1/{rest}"}, status=404)


def _urls():
    patterns, app_name, namespace = api.urls
    for pattern in patterns:
        pattern.callback = endpoint(pattern.callback)
    patterns.append(path("docs/", docs_redirect))
    patterns.append(re_path(r"^(?P<rest>.*)$", endpoint(unknown_path, found=False)))
    return patterns, app_name, namespace


urls = _urls()
