from django.urls import path

from . import views

app_name = "members"

urlpatterns = [
    path("members/", views.member_list, name="list"),
    path("members/<slug:slug>/", views.member_detail, name="detail"),
    path("my/organisation/", views.mine, name="mine"),
    path("my/organisations/<slug:slug>/", views.organisation, name="organisation"),
    path("my/organisations/<slug:slug>/edit/", views.organisation_edit, name="edit"),
    path("my/organisations/<slug:slug>/history/", views.organisation_history, name="history"),
    path("my/organisations/<slug:slug>/checks/", views.assessments, name="assessments"),
    path(
        "my/organisations/<slug:slug>/checks/new/",
        views.assessment_start,
        name="assessment_start",
    ),
    path(
        "my/organisations/<slug:slug>/checks/<str:date>/",
        views.assessment_take,
        name="assessment",
    ),
    path(
        "my/organisations/<slug:slug>/checks/<str:date>/result/",
        views.assessment_result,
        name="assessment_result",
    ),
]
