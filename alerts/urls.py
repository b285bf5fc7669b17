from django.urls import path

from . import views

app_name = "alerts"

urlpatterns = [
    path("new/", views.new, name="new"),
    path("confirm/<str:token>/", views.confirm, name="confirm"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("manage/<str:token>/", views.manage, name="manage"),
    path("my-organisation/", views.organisation_digest, name="organisation_digest"),
]
