from django.urls import path

from . import views

app_name = "two_factor"

urlpatterns = [
    path("", views.account, name="account"),
    path("set-up/", views.enrol, name="enrol"),
    path("code/", views.verify, name="verify"),
    path("recovery-codes/", views.recovery_codes, name="recovery_codes"),
    path("turn-off/", views.disable, name="disable"),
]
