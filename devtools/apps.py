from django.apps import AppConfig


class DevtoolsConfig(AppConfig):
    # No models and nothing in the admin: the app only brings its management commands.
    name = "devtools"
