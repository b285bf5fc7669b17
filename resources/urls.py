from django.urls import path

from . import views

app_name = "resources"

urlpatterns = [
    path("", views.resource_list, name="list"),
    path("export.csv", views.export_csv, name="export_csv"),
    path("export.json", views.export_json, name="export_json"),
    path("feed/", views.ResourceFeed(), name="feed"),
    path("<slug:slug>/", views.resource_detail, name="detail"),
    path("<slug:slug>/report-link/", views.report_broken_link, name="report_link"),
]
