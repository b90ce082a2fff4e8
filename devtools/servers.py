"""What the tools that start servers on loopback share (run_bench, run_loadtest,
run_lighthouse): a free port, waiting for a server, and the environment it runs with."""

import os
import socket
import time

HOST = "127.0.0.1"


def free_port():
    """A loopback port nobody listens on at the moment."""
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def wait_until(predicate, timeout, interval=0.2):
    """Call `predicate` until it is true (True) or `timeout` seconds have passed (False)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return False


def production_environment(**overrides):
    """This process's environment for a server the tools measure, with DEVTOOLS off: the
    server runs the apps production runs."""
    return {**os.environ, "DEVTOOLS": "false", **overrides}
