"""The house the README describes is what the import statements show: runtime code never
imports the development tools, and no project module imports one that imports it back, at
module level or from inside a function (an import moved into a function to dodge a cycle is
still a cycle)."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = sorted(path.parent.name for path in ROOT.glob("*/__init__.py"))
# Runtime: every app folder but the development tools and the tests, and what runs them.
RUNTIME = [name for name in PACKAGES if name not in {"devtools", "tests"}]
RUNTIME_SCRIPTS = [ROOT / "manage.py", *sorted((ROOT / "deploy").glob("*.py"))]


def project_modules():
    """{dotted name: path} of every module in the project's packages."""
    modules = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = path.relative_to(ROOT).with_suffix("").parts
            if parts[-1] == "__init__":
                parts = parts[:-1]
            modules[".".join(parts)] = path
    return modules


MODULES = project_modules()


def imports(path, module=None):
    """(imported name, local) for each import in the file; `local` when it sits in a function.

    Names are absolute: relative imports are resolved against `module`, and
    `from package import name` gives `package.name` where that is a module of the project.
    """
    is_package = path.name == "__init__.py"

    def names(node):
        if isinstance(node, ast.Import):
            return [alias.name for alias in node.names]
        base = node.module or ""
        if node.level:
            parts = module.split(".")
            if not is_package:
                parts = parts[:-1]
            parts = parts[: len(parts) - node.level + 1]
            base = ".".join([*parts, base] if base else parts)
        return [
            f"{base}.{alias.name}" if f"{base}.{alias.name}" in MODULES else base
            for alias in node.names
        ]

    def walk(node, local):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Import | ast.ImportFrom):
                for name in names(child):
                    yield name, local
            else:
                is_function = isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef)
                yield from walk(child, local or is_function)

    yield from walk(ast.parse(path.read_text(), filename=str(path)), False)


def project_module(name):
    """The project module an imported name belongs to (`news.models.NewsIndexPage` is in
    `news.models`), or None for a library."""
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name or None


def import_graph(with_local):
    graph = {}
    for module, path in MODULES.items():
        targets = {
            project_module(name) for name, local in imports(path, module) if with_local or not local
        }
        graph[module] = targets - {None, module}
    return graph


def cycles(graph):
    """The groups of modules that import each other (strongly connected components of more
    than one module; Tarjan's algorithm, iterative)."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []
    for start in graph:
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, targets = work[-1]
            for target in targets:
                if target not in index:
                    index[target] = low[target] = len(index)
                    stack.append(target)
                    on_stack.add(target)
                    work.append((target, iter(sorted(graph[target]))))
                    break
                if target in on_stack:
                    low[node] = min(low[node], index[target])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    group = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        group.append(member)
                        if member == node:
                            break
                    if len(group) > 1:
                        found.append(sorted(group))
    return found


def test_the_import_graph_sees_relative_function_local_and_package_imports():
    graph = import_graph(with_local=True)
    # `from .models import ...` in a package's module, `from . import signals` in a function.
    assert "news.models" in graph["news.wagtail_hooks"]
    assert "integrationsnetz.signals" in graph["integrationsnetz.apps"]
    assert "integrationsnetz.signals" not in import_graph(with_local=False)["integrationsnetz.apps"]
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_runtime_module_imports_the_development_tools():
    offenders = []
    files = [
        (module, path) for module, path in MODULES.items() if module.partition(".")[0] in RUNTIME
    ]
    files += [(None, path) for path in RUNTIME_SCRIPTS]
    for module, path in files:
        for name, _local in imports(path, module):
            if name == "devtools" or name.startswith("devtools."):
                offenders.append(f"{path.relative_to(ROOT)} imports {name}")
    assert RUNTIME and not offenders


def test_no_project_modules_import_each_other():
    assert cycles(import_graph(with_local=False)) == []


def test_no_function_local_import_closes_a_cycle():
    assert cycles(import_graph(with_local=True)) == []
