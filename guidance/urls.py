from django.urls import path

from . import path_views, rules_views

app_name = "guidance"

urlpatterns = [
    path("rules/", rules_views.rules, name="rules"),
    path("path/", path_views.path_page, name="path"),
]
