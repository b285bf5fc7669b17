from django.urls import path

from . import check_views, views

app_name = "members"

urlpatterns = [
    path("members/", views.member_list, name="list"),
    path("members/<slug:slug>/", views.member_detail, name="detail"),
    path("my/organisation/", views.mine, name="mine"),
    path("my/organisations/<slug:slug>/", views.organisation, name="organisation"),
    path("my/organisations/<slug:slug>/edit/", views.organisation_edit, name="edit"),
    path("my/organisations/<slug:slug>/history/", views.organisation_history, name="history"),
    path("my/organisations/<slug:slug>/checks/", check_views.assessments, name="assessments"),
    path(
        "my/organisations/<slug:slug>/checks/new/",
        check_views.assessment_start,
        name="assessment_start",
    ),
    path(
        "my/organisations/<slug:slug>/checks/<str:date>/",
        check_views.assessment_take,
        name="assessment",
    ),
    path(
        "my/organisations/<slug:slug>/checks/<str:date>/result/",
        check_views.assessment_result,
        name="assessment_result",
    ),
    path(
        "my/organisations/<slug:slug>/checks/<str:date>/result.pdf",
        check_views.assessment_pdf,
        name="assessment_pdf",
    ),
    path(
        "my/organisations/<slug:slug>/checks/<str:date>/result-summary.pdf",
        check_views.assessment_summary_pdf,
        name="assessment_summary_pdf",
    ),
]
