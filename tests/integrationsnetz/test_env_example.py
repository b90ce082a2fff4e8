"""`.env.example` and the table in docs/betrieb.md name every environment variable the code reads.

The variables read are found by parsing the runtime sources (not by importing them): calls of
django-environ's `env.<type>("NAME", …)` and reads of `os.environ` / `os.getenv`. Runtime means
every tracked Python file except the tests, the docs' screenshot script, the development tools
and management commands (run by hand, configured by their arguments).
"""

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NAME = re.compile(r"[A-Z][A-Z0-9_]*")
# Read by libraries from the environment, never by our code: boto3's credentials for S3_BUCKET.
READ_BY_LIBRARIES = {"AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"}
# "NAME=value" is a set variable, "#NAME=value" an optional one left at its default.
ASSIGNMENT = re.compile(r"^#?([A-Z][A-Z0-9_]*)=", re.MULTILINE)
# A row of the configuration table: | `NAME` | or | `NAME`, `OTHER` | in the first column.
TABLE_ROW = re.compile(r"^\| ((?:`[A-Z][A-Z0-9_]*`(?:, )?)+) \|", re.MULTILINE)


def runtime_sources():
    # Not runtime: the tests, the docs' screenshot script, the development tools; not ours at
    # all: the virtualenv and npm's packages.
    excluded = {"tests", "docs", "devtools", ".venv", "node_modules", ".git"}
    sources = []
    for path in ROOT.rglob("*.py"):
        parts = path.relative_to(ROOT).parts
        if excluded.isdisjoint(parts) and "/management/commands/" not in path.as_posix():
            sources.append(path)
    return sources


def is_os_environ(node):
    return (
        isinstance(node, ast.Attribute)
        and node.attr == "environ"
        and isinstance(node.value, ast.Name)
        and node.value.id == "os"
    )


def first_name_argument(call):
    first = call.args[0] if call.args else None
    if isinstance(first, ast.Constant) and isinstance(first.value, str):
        return first.value if NAME.fullmatch(first.value) else None
    return None


def names_read(source):
    """The environment variables a Python source reads, by name."""
    names = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            func = node.func
            reads = (
                # env("NAME") and env.str("NAME"), env.db("NAME") … (django-environ)
                (isinstance(func, ast.Name) and func.id == "env")
                or (
                    isinstance(func, ast.Attribute)
                    and isinstance(func.value, ast.Name)
                    and func.value.id == "env"
                )
                # os.environ.get("NAME"), os.getenv("NAME")
                or (
                    isinstance(func, ast.Attribute)
                    and func.attr == "get"
                    and is_os_environ(func.value)
                )
                or (
                    isinstance(func, ast.Attribute)
                    and func.attr == "getenv"
                    and isinstance(func.value, ast.Name)
                    and func.value.id == "os"
                )
            )
            if reads and (name := first_name_argument(node)):
                names.add(name)
        elif (
            # os.environ["NAME"] (not an assignment to it)
            isinstance(node, ast.Subscript)
            and is_os_environ(node.value)
            and isinstance(node.ctx, ast.Load)
            and isinstance(node.slice, ast.Constant)
        ):
            names.add(node.slice.value)
    return names


@pytest.fixture(scope="module")
def read_by_code():
    sources = runtime_sources()
    # The parser must see the settings and the server's configuration, or it proves nothing.
    assert ROOT / "integrationsnetz" / "settings.py" in sources
    assert ROOT / "deploy" / "gunicorn.conf.py" in sources
    names = set().union(*(names_read(path.read_text()) for path in sources))
    return names | READ_BY_LIBRARIES


def test_the_parser_finds_each_way_of_reading_a_variable():
    source = (
        "import os\n"
        "A = env.int('A_INT', default=1)\n"
        "B = env('B_PLAIN')\n"
        "C = os.environ.get('C_GET', '1')\n"
        "D = os.environ['D_ITEM']\n"
        "E = os.getenv('E_GETENV')\n"
        "os.environ['NOT_READ'] = '1'\n"
        "os.environ.setdefault('NOT_READ_EITHER', '1')\n"
        "F = {**os.environ}\n"
    )
    assert names_read(source) == {"A_INT", "B_PLAIN", "C_GET", "D_ITEM", "E_GETENV"}


def test_the_settings_read_the_variables_they_are_known_for(read_by_code):
    assert {
        "SECRET_KEY",
        "DATABASE_URL",
        "CACHE_URL",
        "S3_BUCKET",
        "WEB_CONCURRENCY",
    } <= read_by_code


def test_env_example_lists_every_variable_the_code_reads(read_by_code):
    listed = set(ASSIGNMENT.findall((ROOT / ".env.example").read_text()))
    assert sorted(read_by_code - listed) == [], "read by the code, missing from .env.example"


def test_env_example_lists_no_variable_the_code_does_not_read(read_by_code):
    listed = set(ASSIGNMENT.findall((ROOT / ".env.example").read_text()))
    assert sorted(listed - read_by_code) == [], "in .env.example, read by nothing"


def test_env_example_lists_each_variable_once():
    listed = ASSIGNMENT.findall((ROOT / ".env.example").read_text())
    assert sorted({name for name in listed if listed.count(name) > 1}) == []


def test_the_operations_guide_tables_exactly_the_variables_the_code_reads(read_by_code):
    rows = TABLE_ROW.findall((ROOT / "docs" / "betrieb.md").read_text())
    tabled = {name for row in rows for name in re.findall(r"`([A-Z][A-Z0-9_]*)`", row)}
    assert sorted(read_by_code - tabled) == [], "read by the code, missing from docs/betrieb.md"
    assert sorted(tabled - read_by_code) == [], "in docs/betrieb.md's table, read by nothing"
