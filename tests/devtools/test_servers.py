import itertools
import socket

from devtools.servers import HOST, free_port, production_environment, wait_until


def test_a_free_port_has_nobody_listening():
    port = free_port()
    with socket.socket() as sock:
        assert sock.connect_ex((HOST, port)) != 0


def test_wait_until_returns_as_soon_as_the_condition_holds():
    calls = itertools.count(1)
    assert wait_until(lambda: next(calls) == 3, timeout=5, interval=0)
    assert next(calls) == 4


def test_wait_until_gives_up_after_the_timeout():
    assert wait_until(lambda: False, timeout=0.05, interval=0.01) is False


def test_servers_the_tools_measure_run_without_the_development_tools(monkeypatch):
    monkeypatch.setenv("DEVTOOLS", "true")
    monkeypatch.setenv("DATABASE_URL", "postgres://bench")
    env = production_environment(LOG_LEVEL="WARNING")
    assert env["DEVTOOLS"] == "false"
    assert env["DATABASE_URL"] == "postgres://bench"
    assert env["LOG_LEVEL"] == "WARNING"
