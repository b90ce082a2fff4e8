# syntax=docker/dockerfile:1
# Multi-stage build: wheels are built in the first stage, the runtime image holds no compiler.

FROM python:3.11-slim-bookworm AS build
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1
WORKDIR /build
COPY requirements/base.txt requirements.txt
RUN python -m venv /venv \
    && /venv/bin/pip install --require-hashes -r requirements.txt

FROM python:3.11-slim-bookworm AS runtime
# FORWARDED_ALLOW_IPS: only this address may tell gunicorn the visitor's scheme (compose.yaml
# sets nginx's address).
ENV PATH="/venv/bin:$PATH" \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    DJANGO_SETTINGS_MODULE=integrationsnetz.settings \
    PORT=8000 \
    FORWARDED_ALLOW_IPS=127.0.0.1
# espeak-ng (Debian): the server's own speech synthesis for the read-aloud audio files
# (read_aloud/audio.py); no third-party speech service is ever called. opus-tools (opusenc)
# compresses them to Ogg Opus, a tenth of WAV's size, for visitors on prepaid plans.
RUN apt-get update \
    && apt-get install -y --no-install-recommends espeak-ng opus-tools \
    && rm -rf /var/lib/apt/lists/*
RUN groupadd --system app && useradd --system --gid app --home-dir /app --shell /usr/sbin/nologin app
COPY --from=build /venv /venv
WORKDIR /app
COPY --chown=app:app . .
# collectstatic needs settings but no secrets or database: a throwaway key only for this step.
RUN SECRET_KEY=collectstatic-only EMAIL_URL=dummymail:// DEBUG=false python manage.py collectstatic --no-input \
    && mkdir -p /app/media && chown app:app /app/media
USER app
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD python -c "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz/' % os.environ.get('PORT', '8000'), timeout=4)"
# Threaded workers, timeouts, access log format: deploy/gunicorn.conf.py. Run it behind nginx
# (deploy/compose.yaml), never published to the internet on its own.
CMD ["gunicorn", "-c", "deploy/gunicorn.conf.py", "integrationsnetz.wsgi:application"]
