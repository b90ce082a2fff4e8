"""devtools is installed where DEBUG or DEVTOOLS is on (and in the tests), never by default."""

import json
import os
import subprocess
import sys
from pathlib import Path

from django.core.management import get_commands, load_command_class

import pytest

ROOT = Path(__file__).resolve().parents[2]
COMMANDS = ["bench_data", "bench_pages", "run_bench", "run_loadtest", "run_lighthouse"]
PRINT_APPS = (
    "import json; from integrationsnetz import settings; "
    "print(json.dumps([settings.DEVTOOLS, 'devtools' in settings.INSTALLED_APPS]))"
)


def settings_with(**variables):
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DEBUG", "DEVTOOLS", "DJANGO_SETTINGS_MODULE"}
    }
    env.update(SECRET_KEY="installation-test-key", EMAIL_URL="dummymail://", **variables)
    result = subprocess.run(  # noqa: S603 (fixed command line)
        [sys.executable, "-c", PRINT_APPS],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout)


@pytest.mark.parametrize(
    ("variables", "installed"),
    [
        ({}, False),
        ({"DEBUG": "false"}, False),
        ({"DEBUG": "true"}, True),
        ({"DEBUG": "false", "DEVTOOLS": "true"}, True),
        ({"DEBUG": "true", "DEVTOOLS": "false"}, False),
    ],
)
def test_devtools_is_installed_only_with_debug_or_the_explicit_switch(variables, installed):
    assert settings_with(**variables) == [installed, installed]


def test_the_production_image_leaves_the_development_tools_out():
    ignored = (ROOT / ".dockerignore").read_text().split("\n")
    assert "devtools" in ignored


@pytest.mark.parametrize("name", COMMANDS)
def test_every_tool_is_a_command_of_devtools_with_its_help(name):
    assert get_commands()[name] == "devtools"
    command = load_command_class("devtools", name)
    assert "--help" in command.create_parser("manage.py", name).format_help()
