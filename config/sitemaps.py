"""The sitemap: every public page, in English and French, each with its other language as an
hreflang alternate. Only what a visitor may see: published resources and projects, members
listed in the directory."""

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.db.models import Max
from django.urls import reverse

from members.models import Organisation
from projects.models import Project
from resources.models import Resource


class HubSitemap(Sitemap):
    i18n = True  # every item once per language, under /en/ and /fr/
    alternates = True
    # Items a page; with two languages a page holds twice as many URLs, under the 50,000
    # the protocol allows.
    limit = 10_000

    def get_urls(self, page=1, site=None, protocol=None):
        urls = super().get_urls(page, site, protocol)
        # x-default is the English page, as in the pages' own <head>: Django's x_default gives
        # the address without a language, which redirects by the browser's.
        for url in urls:
            default = {a["lang_code"]: a["location"] for a in url["alternates"]}
            url["alternates"].append(
                {"lang_code": "x-default", "location": default[settings.LANGUAGE_CODE]}
            )
        return urls


class PagesSitemap(HubSitemap):
    def items(self):
        return [
            "home",
            "about",
            "resources:list",
            "members:list",
            "projects:list",
            "guidance:rules",
            "guidance:path",
        ]

    def location(self, name):
        return reverse(name)


class ModelSitemap(HubSitemap):
    def lastmod(self, item):
        return item.updated

    def get_latest_lastmod(self):
        # The index's <lastmod> in one query, rather than from every row.
        return self.items().aggregate(latest=Max("updated"))["latest"]


class ResourcesSitemap(ModelSitemap):
    def items(self):
        return Resource.objects.published().only("slug", "updated").order_by("pk")


class MembersSitemap(ModelSitemap):
    def items(self):
        return Organisation.objects.visible().only("slug", "updated").order_by("pk")


class ProjectsSitemap(ModelSitemap):
    def items(self):
        return Project.objects.published().only("slug", "updated").order_by("pk")


SITEMAPS = {
    "pages": PagesSitemap,
    "resources": ResourcesSitemap,
    "members": MembersSitemap,
    "projects": ProjectsSitemap,
}
