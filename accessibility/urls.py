from django.urls import path

from . import views

app_name = "accessibility"

urlpatterns = [
    path("darstellung/", views.set_preferences, name="preferences"),
]
