from django.urls import path

from . import views

app_name = "accessibility"

urlpatterns = [
    path("darstellung/", views.set_preferences, name="preferences"),
    path("barriere-melden/", views.barrier_report, name="barrier_report"),
    path("barriere-melden/danke/", views.barrier_report_thanks, name="barrier_report_thanks"),
]
