from django.urls import path

from . import views

# At the site root, so that the worker's scope is the whole site without a special header.
urlpatterns = [
    path("service-worker.js", views.service_worker, name="service_worker"),
]
