from django.urls import path

from . import views

app_name = "projects"

urlpatterns = [
    path("", views.project_list, name="list"),
    path("overview/", views.overview, name="overview"),
    path("export.csv", views.export_csv, name="export_csv"),
    path("iati.xml", views.iati_all, name="iati"),
    path("feed/", views.ProjectFeed(), name="feed"),
    path("<slug:slug>/", views.project_detail, name="detail"),
    path("<slug:slug>/iati.xml", views.iati_one, name="iati_one"),
]
