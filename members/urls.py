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
]
