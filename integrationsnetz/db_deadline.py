"""A database that stops answering on an open connection costs a web request seconds, not minutes.

PostgreSQL can hang without closing anything: a stalled disk, a stuck server process, a
network device that keeps a long-lived connection half-open. The far end's kernel may go on
acknowledging every packet, so neither TCP keepalives nor `tcp_user_timeout` notice, and the
server's `statement_timeout` never runs. libpq itself waits for ever; the request would wait
until gunicorn kills a sync worker (30 s), and a gthread worker's thread is never killed.

So a watchdog thread per process looks at the database connection of every running request
every 0.1 s (requests register through `DatabaseDeadlineMiddleware`). When a query has had no
answer for `DB_QUERY_TIMEOUT` seconds, or any other call (the health check Django sends at the
start of a request, a commit) has been waiting for `OTHER_CALL_SECONDS`, it shuts the
connection's socket down. The waiting call then fails at once with OperationalError, which
`DatabaseUnavailableMiddleware` answers with the German 503 page; the next request opens a
new connection, bounded by `connect_timeout`. Management commands are not watched: a
migration may rightly run long.

A call is "waiting" while libpq's transaction status is ACTIVE (a command in flight,
`Connection.info.transaction_status`); queries Django runs are timed from their start through
an execute wrapper, the only public hook Django has around them.
"""

import logging
import os
import socket
import threading
import time

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections

from psycopg.pq import TransactionStatus

logger = logging.getLogger(__name__)

POLL_SECONDS = 0.1
# A health check ("SELECT 1") or a commit answers in milliseconds on a working server.
OTHER_CALL_SECONDS = 1.5
# An abandoned connection is logged at most this often; the 503s are logged by the middleware.
LOG_INTERVAL = 60


class Watch:
    """One request's database connection, as the watchdog sees it."""

    def __init__(self, wrapper, query_seconds):
        self.wrapper = wrapper
        self.query_seconds = query_seconds
        self.query_started = None
        self.waiting_since = None

    def query(self, execute, sql, params, many, context):
        """Execute wrapper: times the query from its start."""
        self.waiting_since = None
        self.query_started = time.monotonic()
        try:
            return execute(sql, params, many, context)
        finally:
            self.query_started = None
            self.waiting_since = None

    def overdue(self, now):
        """The psycopg connection to cut, or None; called by the watchdog under its lock."""
        pg = self.wrapper.connection
        if pg is None or not is_waiting(pg):
            self.waiting_since = None
            return None
        started = self.query_started
        if started is not None:
            return pg if now - started > self.query_seconds else None
        if self.waiting_since is None:
            self.waiting_since = now
            return None
        return pg if now - self.waiting_since > OTHER_CALL_SECONDS else None


def is_waiting(pg):
    try:
        return pg.info.transaction_status == TransactionStatus.ACTIVE
    except Exception:  # a closed connection has no status: nothing to wait for
        return False


def shut_down(wrapper, pg):
    """Shut the socket down under libpq's feet: its wait returns, the call fails."""
    try:
        duplicate = os.dup(pg.fileno())
    except Exception:  # closed meanwhile: the call is over
        return False
    # The duplicate keeps this very socket: even if the connection were closed now and its
    # number reused, only the abandoned connection is shut down.
    with socket.socket(fileno=duplicate) as sock:
        if wrapper.connection is not pg or not is_waiting(pg):
            return False
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            return False
    return True


class Watchdog:
    def __init__(self):
        self.condition = threading.Condition()
        self.watches = set()
        self.pid = None
        self.last_logged = -LOG_INTERVAL

    def add(self, watch):
        with self.condition:
            if self.pid != os.getpid():
                # Started by the first request of each process: a thread does not survive
                # gunicorn's fork of a preloaded application.
                self.pid = os.getpid()
                threading.Thread(target=self.run, name="db-deadline", daemon=True).start()
            self.watches.add(watch)
            self.condition.notify()

    def remove(self, watch):
        with self.condition:
            self.watches.discard(watch)

    def run(self):
        while True:
            with self.condition:
                while not self.watches:
                    self.condition.wait()
                self.check(time.monotonic())
            time.sleep(POLL_SECONDS)

    def check(self, now):
        for watch in list(self.watches):
            pg = watch.overdue(now)
            if pg is not None and shut_down(watch.wrapper, pg):
                watch.waiting_since = None
                if now - self.last_logged > LOG_INTERVAL:
                    self.last_logged = now
                    logger.warning(
                        "The database did not answer in time; the connection was abandoned."
                    )


watchdog = Watchdog()


class DatabaseDeadlineMiddleware:
    """Registers the request's PostgreSQL connection with the watchdog while it runs."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.query_seconds = settings.DB_QUERY_TIMEOUT

    def __call__(self, request):
        wrapper = connections[DEFAULT_DB_ALIAS]
        if wrapper.vendor != "postgresql" or not self.query_seconds:
            return self.get_response(request)
        watch = Watch(wrapper, self.query_seconds)
        watchdog.add(watch)
        try:
            with wrapper.execute_wrapper(watch.query):
                return self.get_response(request)
        finally:
            watchdog.remove(watch)
