from django.urls import path

from . import views

app_name = "offline"

# Per language (i18n_patterns): /offline/, /ar/offline/, /gespeichert/, /ar/gespeichert/.
urlpatterns = [
    path("offline/", views.offline_page, name="offline_page"),
    path("gespeichert/", views.saved_pages, name="saved_pages"),
]
