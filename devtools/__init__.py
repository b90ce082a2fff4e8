"""Development tools: benchmarks, load test, Lighthouse, the TCP proxy and the bench data.

Installed only where DEVTOOLS is on (its default is DEBUG; the Makefile's bench, load test and
Lighthouse targets and the tests switch it on), never in production; no runtime module imports
it (tests/test_imports.py). docs/werkzeuge.md describes the tools.
"""
