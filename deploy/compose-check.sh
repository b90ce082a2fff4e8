#!/bin/sh
# make compose-check: can a container engine here run deploy/compose.yaml and the Dockerfile?
#
# 1. Runs a one-file image (the host's /bin/true, imported locally: nothing is pulled) with
#    podman. Where that fails, it prints the engine's exact error and says so.
# 2. Validates deploy/compose.yaml against the Compose schema with docker-compose's own
#    `config` (Debian's docker-compose 1.29, which predates the top-level `name:` key: it is
#    left out of the copy it checks; `.env.example` stands in for `.env`).
# 3. Lets podman parse the Dockerfile (`podman build --pull=never`): every stage and step is
#    read; with no base image on the machine it stops at the first FROM, which is expected.
#
# Starting the stack itself (build, up, /healthz/ through nginx, publish a page, down) needs an
# engine that can run containers; docs/betrieb.md says what stops podman here.
set -eu
cd "$(dirname "$0")/.."
status=0

if ! command -v podman >/dev/null || ! command -v docker-compose >/dev/null; then
    echo "compose-check needs podman and docker-compose: apt-get install podman docker-compose" >&2
    exit 2
fi

probe=integrationsnetz-compose-check-probe
tar -C / -ch bin/true lib/x86_64-linux-gnu/libc.so.6 lib64/ld-linux-x86-64.so.2 \
    | podman import --quiet - "$probe" >/dev/null
if error=$(podman run --rm "$probe" /bin/true 2>&1); then
    echo "podman runs containers here; the full stack check (build, up, publish) is not written yet."
    status=1
else
    echo "podman cannot run containers on this machine:"
    echo "    $error"
fi
podman rmi --force "$probe" >/dev/null 2>&1 || true

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/deploy"
grep -v '^name:' deploy/compose.yaml > "$work/deploy/compose.yaml"
cp .env.example "$work/.env"
if (cd "$work/deploy" && POSTGRES_PASSWORD=check SERVER_NAME=www.example.org \
        docker-compose -f compose.yaml config --quiet); then
    echo "deploy/compose.yaml: valid (docker-compose $(docker-compose version --short) config)."
else
    echo "deploy/compose.yaml: INVALID (see above)." >&2
    status=1
fi

output=$(podman build --pull=never --no-cache -f Dockerfile -t "$probe" . 2>&1 || true)
first_from=$(sed -n 's/^FROM \([^ ]*\).*/\1/p' Dockerfile | head -n 1)
if echo "$output" | grep -q "STEP 1/.*FROM $first_from" \
        && echo "$output" | grep -q "$first_from: image not known"; then
    echo "Dockerfile: parsed by podman; stops at 'FROM $first_from' (no base image here, none can be pulled)."
elif echo "$output" | grep -q "COMMIT $probe"; then
    echo "Dockerfile: built."
    podman rmi --force "$probe" >/dev/null 2>&1 || true
else
    echo "Dockerfile: podman could not parse it:" >&2
    echo "$output" >&2
    status=1
fi
exit $status
