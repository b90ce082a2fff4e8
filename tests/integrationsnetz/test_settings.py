import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _run_check(**env_overrides):
    env = {key: value for key, value in os.environ.items() if key not in {"SECRET_KEY", "DEBUG"}}
    env.update(env_overrides)
    env["DJANGO_SETTINGS_MODULE"] = "integrationsnetz.settings"
    return subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_start_without_secret_key_and_debug_off_fails_naming_the_variable():
    result = _run_check(DEBUG="false")
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr
    assert "Traceback" not in result.stderr


def test_start_with_secret_key_and_debug_off_succeeds():
    result = _run_check(DEBUG="false", SECRET_KEY="a-long-random-production-value")
    assert result.returncode == 0, result.stderr


def test_makemigrations_finds_nothing_to_do():
    result = subprocess.run(
        [sys.executable, "manage.py", "makemigrations", "--check", "--dry-run"],
        cwd=ROOT,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "tests.settings"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _production_environment(**overrides):
    """The environment documented in .env.example, with a real key: what production runs with."""
    env = {"PATH": os.environ["PATH"], "HOME": os.environ.get("HOME", "/tmp")}  # noqa: S108
    for line in (ROOT / ".env.example").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            key, _, value = line.partition("=")
            env[key.strip()] = value.strip().strip('"')
    env["SECRET_KEY"] = "production-like-key-0123456789-abcdefghijklmnopqrstuvwxyz-ABCDEFG"
    env["DJANGO_SETTINGS_MODULE"] = "integrationsnetz.settings"
    env.update(overrides)
    return env


def _manage(*args, env):
    return subprocess.run(  # noqa: S603 (fixed arguments from this file)
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_deploy_check_has_no_warnings_with_the_production_environment():
    result = _manage("check", "--deploy", "--fail-level", "WARNING", env=_production_environment())
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_deploy_check_catches_a_missing_hsts_setting():
    env = _production_environment(SECURE_HSTS_SECONDS="0")
    result = _manage("check", "--deploy", "--fail-level", "WARNING", env=env)
    assert result.returncode != 0
    assert "security.W004" in result.stderr


def _load_settings(env, code=""):
    """Only import the settings module (start-up checks live there): fast, no Django set-up."""
    return subprocess.run(  # noqa: S603 (fixed arguments from this file)
        [sys.executable, "-c", f"import integrationsnetz.settings as settings\n{code}"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.parametrize("email_url", ["consolemail://", "memorymail://", "filemail:///tmp/m"])
def test_start_refuses_mail_that_never_leaves_the_server_with_debug_off(email_url):
    result = _load_settings(_production_environment(EMAIL_URL=email_url))
    assert result.returncode != 0
    assert "Configuration error: EMAIL_URL" in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_no_mail_at_all_can_be_chosen_explicitly():
    result = _load_settings(_production_environment(EMAIL_URL="dummymail://"))
    assert result.returncode == 0, result.stderr


def test_console_mail_is_fine_for_development():
    env = _production_environment(DEBUG="true", EMAIL_URL="consolemail://")
    assert _load_settings(env).returncode == 0


@pytest.mark.parametrize(("behind_proxy", "expected"), [("false", "None"), ("true", "https")])
def test_the_proxy_header_is_trusted_only_behind_a_proxy(behind_proxy, expected):
    env = _production_environment(BEHIND_PROXY=behind_proxy)
    result = _load_settings(env, "print(getattr(settings, 'SECURE_PROXY_SSL_HEADER', None))")
    assert result.returncode == 0, result.stderr
    assert expected in result.stdout
