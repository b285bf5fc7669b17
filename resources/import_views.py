"""The resource list's Import and Export in the admin (a mixin of ResourceAdmin).

Import: upload a CSV file; it is checked (a dry run: new, updated and unchanged counts, or
every problem), and imported when the editor confirms. Each upload is an ImportJob, whose
page shows the progress of a background check or import and its outcome (resources/jobs.py).
Export: the resources of the list, as filtered, in the import format.
"""

import csv
import io
import itertools

from django.contrib import messages
from django.contrib.admin.options import IncorrectLookupParameters
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse, HttpResponseBadRequest, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from eprm_hub.spreadsheets import BOM, neutralised

from . import jobs
from .columns import COLUMNS
from .forms import ImportForm
from .importing import export_lines
from .models import ImportJob

# Problems listed on a job's page; all of them are in its CSV download.
PROBLEMS_SHOWN = 500
# Seconds between two reloads of the page of a job that is waiting or running.
REFRESH_SECONDS = 2


class ImportExportAdmin:
    """Import and Export for ResourceAdmin."""

    def resource_page(self, route, view, name):
        """A page of the resource admin, behind its login, named `resources_resource_<name>`."""
        return path(route, self.admin_site.admin_view(view), name=f"resources_resource_{name}")

    def get_urls(self):
        page = self.resource_page
        return [
            page("import/", self.import_view, "import"),
            page("import/<int:pk>/", self.import_job_view, "import_job"),
            page("import/<int:pk>/confirm/", self.import_confirm_view, "import_confirm"),
            page("import/<int:pk>/again/", self.import_again_view, "import_again"),
            page("import/<int:pk>/problems.csv", self.import_problems_view, "import_problems"),
            page("export/", self.export_view, "export"),
            *super().get_urls(),
        ]

    def has_import_permission(self, request):
        """Importing adds and changes resources: it takes both permissions."""
        return self.has_add_permission(request) and self.has_change_permission(request)

    def changelist_view(self, request, extra_context=None):
        extra_context = {"can_import": self.has_import_permission(request), **(extra_context or {})}
        return super().changelist_view(request, extra_context)

    def _import_context(self, request, title, **context):
        if not self.has_import_permission(request):
            raise PermissionDenied
        return {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": title,
            **context,
        }

    def import_view(self, request):
        context = self._import_context(request, _("Import resources"))
        form = ImportForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            job = jobs.create(
                form.cleaned_data["file"],
                form.rows,
                request.user,
                translation.get_language(),
                form.format_read,
            )
            jobs.start(job, ImportJob.Action.CHECK)
            return redirect("admin:resources_resource_import_job", job.pk)
        context |= {
            "form": form,
            "columns": ",".join(COLUMNS),
            "small_file_rows": jobs.SMALL_FILE_ROWS,
            "recent": ImportJob.objects.select_related("created_by")[:10],
        }
        # A file refused is a bad request, with the form saying why.
        status = 400 if form.is_bound else 200
        return TemplateResponse(
            request, "admin/resources/resource/import.html", context, status=status
        )

    def import_job_view(self, request, pk):
        job = get_object_or_404(ImportJob.objects.select_related("created_by"), pk=pk)
        context = self._import_context(request, job.file_name)
        interrupted = jobs.interrupted(job)
        waiting = job.state in (ImportJob.State.QUEUED, ImportJob.State.RUNNING)
        context |= {
            "job": job,
            "interrupted": interrupted,
            "waiting": waiting and not interrupted,
            "refresh_seconds": REFRESH_SECONDS,
            "problems": job.problems[:PROBLEMS_SHOWN],
            "more_problems": max(0, len(job.problems) - PROBLEMS_SHOWN),
            "can_run_again": interrupted or job.state == ImportJob.State.FAILED,
        }
        return TemplateResponse(request, "admin/resources/resource/import_job.html", context)

    @staticmethod
    def _job_page(job):
        return redirect("admin:resources_resource_import_job", job.pk)

    def import_confirm_view(self, request, pk):
        return require_POST(self._import_confirm)(request, pk)

    def _import_confirm(self, request, pk):
        self._import_context(request, "")
        job = get_object_or_404(ImportJob, pk=pk)
        # Once only, however often the button is pressed.
        confirmed = ImportJob.objects.filter(pk=pk, state=ImportJob.State.CHECKED).update(
            action=ImportJob.Action.IMPORT, state=ImportJob.State.QUEUED
        )
        if confirmed:
            job.refresh_from_db()
            jobs.start(job, ImportJob.Action.IMPORT)
        return self._job_page(job)

    def import_again_view(self, request, pk):
        return require_POST(self._import_again)(request, pk)

    def _import_again(self, request, pk):
        self._import_context(request, "")
        job = get_object_or_404(ImportJob, pk=pk)
        if not jobs.run_again(job):
            messages.warning(request, _("This import is not one to run again."))
        return self._job_page(job)

    def import_problems_view(self, request, pk):
        self._import_context(request, "")
        job = get_object_or_404(ImportJob, pk=pk)
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(["line", "column", "value", "problem", "allowed"])
        for problem in job.problems:
            writer.writerow(
                neutralised(str(problem[key]))
                for key in ("line", "column", "value", "message", "allowed")
            )
        response = HttpResponse(BOM + out.getvalue(), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="import-{job.pk}-problems.csv"'
        return response

    def export_view(self, request):
        """The resources of the list as it is filtered and searched, in the import format."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        try:
            queryset = self.get_changelist_instance(request).get_queryset(request)
        except IncorrectLookupParameters:
            return HttpResponseBadRequest(_("These filters are not the list's."))
        lines = itertools.chain([BOM], export_lines(queryset))
        response = StreamingHttpResponse(lines, content_type="text/csv; charset=utf-8")
        name = f"resources-{timezone.localdate():%Y-%m-%d}.csv"
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        return response
