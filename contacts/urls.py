from django.urls import path

from . import views

app_name = "contacts"

urlpatterns = [
    path("<slug:slug>.vcf", views.vcard, name="vcard"),
]
