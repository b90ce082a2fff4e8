"""Log lines a log shipper can read: one line per event, optionally JSON, without secrets."""

import logging
import re

from pythonjsonlogger.json import JsonFormatter as BaseJsonFormatter

REDACTED = "[redacted]"
# Password-reset and similar links carry a token in the path; query parameters may carry one too.
SECRET_PATTERNS = [
    (re.compile(r"(/(?:password_reset|reset)/(?:confirm/)?[^/\s]+/)[^/\s?]+"), rf"\1{REDACTED}"),
    (
        re.compile(
            r"((?:password|passwd|token|secret|key|sessionid|csrftoken|csrfmiddlewaretoken)=)"
            r"[^&\s\"']+",
            re.IGNORECASE,
        ),
        rf"\1{REDACTED}",
    ),
    (re.compile(r"((?:Cookie|Authorization):\s*)[^\r\n]+", re.IGNORECASE), rf"\1{REDACTED}"),
]


def redact(text):
    for pattern, replacement in SECRET_PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class RedactSecretsFilter(logging.Filter):
    """Replaces tokens, passwords and cookie values in the message with a placeholder."""

    def filter(self, record):
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


class SkipServiceUnavailableFilter(logging.Filter):
    """No error mail per request while the database is down: the 503s are logged once anyway."""

    def filter(self, record):
        return getattr(record, "status_code", None) != 503


class SuspiciousAsWarningFilter(logging.Filter):
    """A refused Host header or a path out of the media folder: WARNING, without traceback.

    Django logs these SuspiciousOperations at ERROR with a traceback, but they are a client's
    doing (scanners send thousands) and answered with 400: worth a line, not an alarm or a mail.
    """

    def filter(self, record):
        record.levelno, record.levelname = logging.WARNING, "WARNING"
        record.exc_info = record.exc_text = None
        return True


class OneLineFormatter(logging.Formatter):
    """The usual text format, with tracebacks folded into the same line."""

    def format(self, record):
        return super().format(record).replace("\n", " | ")


class JsonFormatter(BaseJsonFormatter):
    """One JSON object per line; the request object Django attaches is left out."""

    def process_log_record(self, log_record):
        log_record.pop("request", None)
        return super().process_log_record(log_record)
