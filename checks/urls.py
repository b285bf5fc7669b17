from django.urls import path

from . import views

app_name = "checks"

CHECKS = "my/organisations/<slug:slug>/checks/"

urlpatterns = [
    path(CHECKS, views.check_list, name="list"),
    path(f"{CHECKS}new/", views.check_start, name="start"),
    path(f"{CHECKS}<str:date>/", views.check_take, name="take"),
    path(f"{CHECKS}<str:date>/result/", views.check_result, name="result"),
    path(f"{CHECKS}<str:date>/result.pdf", views.check_pdf, name="pdf"),
    path(f"{CHECKS}<str:date>/result-summary.pdf", views.check_summary_pdf, name="summary_pdf"),
]
