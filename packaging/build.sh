#!/usr/bin/env bash
# Build Convivio as one folder that runs without Python (dist/convivio/), then smoke-test it.
#
#   packaging/build.sh               build, then smoke-test
#   packaging/build.sh --no-smoke    build only
#   packaging/build.sh --smoke-only  smoke-test the dist/convivio/ that is there
#
# PYTHON (default python3: CPython 3.11+ with its shared library, as pyenv and Debian build it)
# creates the build venv BUILD_VENV (default build/venv, kept between runs, git-ignored);
# BUILD_VENV=.venv builds with the development venv instead (PyInstaller is added to it).
# The venv gets the dependencies from pyproject.toml (with the postgres extra) and PyInstaller;
# the app itself is frozen from this checkout.
#
# The smoke tests run the bundle under `env -i` with an empty HOME: no venv, no Python on
# PATH, no settings. Steps that need more run when it is there: PDF pages compared with a run
# from source (poppler-utils), team mode against a throwaway PostgreSQL (postgresql), and a run
# with every Python installation on the machine hidden (root, unshare).
set -Eeuo pipefail
trap 'printf "build.sh: FAILED at line %s: %s\n" "$LINENO" "$BASH_COMMAND" >&2' ERR

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
PYTHON=${PYTHON:-python3}
VENV=${BUILD_VENV:-build/venv}
case "$VENV" in /*) ;; *) VENV="$ROOT/$VENV" ;; esac
PY="$VENV/bin/python"
DIST="$ROOT/dist/convivio"
BUNDLE="$DIST/convivio"

say() { printf '\n== %s\n' "$*"; }
fail() {
  printf 'build.sh: FAILED: %s\n' "$*" >&2
  exit 1
}

build() {
  say "build venv: $VENV"
  [ -x "$PY" ] || "$PYTHON" -m venv "$VENV"
  "$PY" -m pip install --quiet --upgrade pip
  local deps
  mapfile -t deps < <("$PY" -c 'import tomllib; p = tomllib.load(open("pyproject.toml", "rb"))["project"]; print("\n".join(p["dependencies"] + p["optional-dependencies"]["postgres"]))')
  "$PY" -m pip install --quiet "${deps[@]}" "pyinstaller>=6.10,<7"
  say "translations: .ts -> .qm"
  "$PY" packaging/i18n/compile.py >/dev/null
  say "pyinstaller packaging/pyinstaller/convivio.spec"
  "$VENV/bin/pyinstaller" --noconfirm --log-level WARN --distpath "$ROOT/dist" \
    --workpath "$ROOT/build/pyinstaller" packaging/pyinstaller/convivio.spec
}

# --- smoke tests -------------------------------------------------------------------------

WORK=""
PGROOT=""
PGBIN=""
cleanup() {
  if [ -n "$PGROOT" ] && [ -f "$PGROOT/data/postmaster.pid" ]; then
    as_postgres "$PGBIN/pg_ctl" -D "$PGROOT/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  [ -z "$PGROOT" ] || rm -rf "$PGROOT"
  [ -z "$WORK" ] || rm -rf "$WORK"
}
as_postgres() {
  # initdb and the server refuse to run as root, as CI runs.
  if [ "$(id -u)" -eq 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}

BARE=()
bundle() { "${BARE[@]}" "$BUNDLE" "$@"; }
# Runs the app from this checkout with the build venv, for comparison.
source_app() { "${BARE[@]}" PYTHONPATH="$ROOT" "$PY" -m app "$@"; }
has_command() { bundle "$1" --help >/dev/null 2>&1; }
check() { "$CHECK_PY" -c "import json, sys; $1" "${@:2}"; }

# same_pages NAME ARGS...: the PDF the bundle writes with ARGS --out has the same pages,
# pixel for pixel, as the one the source writes (so fonts, shaping and QR codes came along).
same_pages() {
  local name=$1 db=$2
  shift 2
  cp "$db" "$WORK/$name.sqlite3"
  bundle --db "$db" "$@" --out "$WORK/$name.pdf" >/dev/null
  [ "$(head -c 5 "$WORK/$name.pdf")" = "%PDF-" ] || fail "$name: not a PDF"
  if ! command -v pdftoppm >/dev/null || [ ! -x "$PY" ]; then
    echo "$name: PDF written; page comparison skipped (needs pdftoppm and $PY)"
    return
  fi
  local attempt
  for attempt in 1 2; do  # a footer may print the minute, which can turn between two runs
    source_app --db "$WORK/$name.sqlite3" "$@" --out "$WORK/$name-source.pdf" \
      >/dev/null 2>"$WORK/$name-source.err" || fail "$name from source: $(cat "$WORK/$name-source.err")"
    rm -f "$WORK/$name"-page-*.png "$WORK/$name"-source-page-*.png
    pdftoppm -r 50 -png "$WORK/$name.pdf" "$WORK/$name-page"
    pdftoppm -r 50 -png "$WORK/$name-source.pdf" "$WORK/$name-source-page"
    if diff -q <(cd "$WORK" && md5sum "$name"-page-*.png | sed "s/$name-page/P/") \
      <(cd "$WORK" && md5sum "$name"-source-page-*.png | sed "s/$name-source-page/P/") >/dev/null; then
      echo "$name: $(find "$WORK" -name "$name-page-*.png" | wc -l) page(s), identical to the source's"
      return
    fi
    [ "$attempt" = 2 ] || bundle --db "$db" "$@" --out "$WORK/$name.pdf" >/dev/null
  done
  fail "$name: the bundle's PDF pages differ from the source's"
}

smoke() {
  [ -x "$BUNDLE" ] || fail "no bundle at $BUNDLE (run without --smoke-only first)"
  CHECK_PY=$PY
  [ -x "$CHECK_PY" ] || CHECK_PY=$(command -v python3)
  local version
  version=$("$CHECK_PY" packaging/appinfo.py version)
  WORK=$(mktemp -d "${TMPDIR:-/tmp}/convivio-smoke.XXXXXX")
  trap cleanup EXIT
  mkdir "$WORK/home"
  BARE=(env -i PATH=/usr/bin:/bin HOME="$WORK/home" LANG=C.UTF-8)
  cd "$WORK"
  local db="$WORK/smoke.sqlite3"

  say "contents"
  local contents="$WORK/contents.txt"
  "$VENV/bin/pyi-archive_viewer" -l -r -b "$BUNDLE" 2>/dev/null | sed 's/^ *//' >"$contents" ||
    fail "pyi-archive_viewer could not read $BUNDLE"
  local module
  for module in app.cli.commands.demo app.services.demo_parts.venues alembic.op \
    alembic.ddl.postgresql sqlalchemy.dialects.sqlite.pysqlite \
    sqlalchemy.dialects.postgresql.psycopg psycopg keyring.backends.SecretService \
    keyring.backends.kwallet keyring.backends.libsecret keyring.backends.macOS \
    keyring.backends.Windows; do
    grep -qx "$module" "$contents" || fail "module $module is not in the bundle"
  done
  local file
  for file in resources/label_stocks.json resources/icons/org.convivio.Convivio.svg \
    resources/icons/hicolor/256x256/apps/org.convivio.Convivio.png \
    app/storage/migrations/env.py app/storage/migrations/script.py.mako \
    app/storage/migrations/versions/0001_first_schema.py reportlab/fonts/Vera.ttf \
    tzdata/zoneinfo/Asia/Kolkata PySide6/Qt/plugins/platforms/libqxcb.so \
    PySide6/Qt/plugins/platforms/libqwayland.so PySide6/Qt/plugins/platforms/libqoffscreen.so \
    PySide6/Qt/plugins/imageformats/libqsvg.so PySide6/Qt/plugins/iconengines/libqsvgicon.so \
    resources/translations/convivio_de.qm resources/translations/convivio_zh_CN.qm \
    PySide6/Qt/translations/qtbase_de.qm PySide6/Qt/translations/qtbase_zh_CN.qm; do
    [ -e "$DIST/_internal/$file" ] || fail "$file is not in the bundle"
  done
  compgen -G "$DIST/_internal/uharfbuzz/_harfbuzz*.so" >/dev/null || fail "uharfbuzz is missing"
  compgen -G "$DIST/_internal/keyring-*.dist-info/entry_points.txt" >/dev/null ||
    fail "keyring's entry points (its backend list) are missing"
  echo "modules, resources, migrations, fonts, time zones, translations and Qt plugins are there"

  say "convivio --version"
  local got
  got=$(bundle --version)
  [ "$got" = "convivio $version" ] || fail "--version printed '$got', expected 'convivio $version'"
  echo "$got"

  say "demo database"
  bundle --db "$db" demo --people 50 --events 3

  say "events list, people list"
  bundle --db "$db" events list --json >"$WORK/events.json"
  bundle --db "$db" people list --json >"$WORK/people.json"
  local event
  event=$(check '
events, people = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
assert len(events) >= 3 and len(people) >= 50, (len(events), len(people))
print(max((e for e in events if e["venue"]), key=lambda e: e["going"])["id"])
' "$WORK/events.json" "$WORK/people.json")
  echo "$(check 'print(len(json.load(open(sys.argv[1]))))' "$WORK/events.json") events," \
    "$(check 'print(len(json.load(open(sys.argv[1]))))' "$WORK/people.json") people;" \
    "exporting event $event"

  say "time zones from the bundled tzdata"
  bundle_tz() { "${BARE[@]}" PYTHONTZPATH=/nonexistent "$BUNDLE" "$@"; }
  bundle_tz --db "$db" event add --title "Smoke supper" --start 2026-12-01T18:30 \
    --end 2026-12-01T21:00 --tz Asia/Kolkata --json | grep -q '"2026-12-01T18:30:00+05:30"' ||
    fail "Asia/Kolkata did not resolve without the system's zoneinfo"
  echo "Asia/Kolkata resolved with PYTHONTZPATH=/nonexistent"

  say "exports"
  bundle --db "$db" guests export "$event" "$WORK/guests.csv"
  [ "$(wc -l <"$WORK/guests.csv")" -ge 2 ] || fail "guests export wrote no guests"
  same_pages host-sheet "$db" venue host-sheet --guest-list "$event"
  if has_command stocks; then
    bundle stocks list --json >"$WORK/stocks.json"
    local stock
    stock=$(check 'print(json.load(open(sys.argv[1]))[0]["id"])' "$WORK/stocks.json")
    echo "stocks list: $(check 'print(len(json.load(open(sys.argv[1]))))' "$WORK/stocks.json") stocks"
    if has_command badges; then
      same_pages badges "$db" badges --stock "$stock" "$event"
    fi
  fi
  if has_command invites; then
    # Invitations need the organizer's address (where the guests' calendars answer).
    bundle --db "$db" settings set organizer-email organizer@convivio.example >/dev/null
    bundle --db "$db" invites "$event" --out "$WORK/invites" >/dev/null ||
      fail "invites: no calendar files written"
    grep -q "^BEGIN:VCALENDAR" "$WORK/invites/all.ics" || fail "invites: all.ics is no calendar"
    grep -q "@org.convivio.Convivio" "$WORK/invites/all.ics" || fail "invites: UIDs lack APP_ID"
    echo "invites: $(find "$WORK/invites" -name '*.ics' | wc -l) .ics files"
  fi

  say "window (offscreen) --quit-when-ready"
  timeout 120 "${BARE[@]}" QT_QPA_PLATFORM=offscreen "$BUNDLE" --db "$db" --quit-when-ready ||
    fail "the window did not start and quit cleanly"
  echo "exit status 0"

  team_mode "$db"
  without_python
  [ -z "$(find "$DIST" -name __pycache__ -print -quit)" ] || fail "the bundle wrote __pycache__"
  echo
  echo "smoke tests passed"
}

team_mode() {
  say "team mode: a throwaway PostgreSQL server"
  PGBIN=$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$PGBIN" ] || ! command -v runuser >/dev/null; then
    echo "skipped: no PostgreSQL server binaries (Debian package postgresql)"
    return
  fi
  local sqlite=$1 password="smoke-$RANDOM$RANDOM" port=$((6543 + $$ % 1000))
  PGROOT=$(mktemp -d "${TMPDIR:-/tmp}/convivio-pg.XXXXXX")
  mkdir "$PGROOT/sock"
  printf '%s\n' "$password" >"$PGROOT/pw"
  [ "$(id -u)" -ne 0 ] || chown -R postgres "$PGROOT"
  as_postgres "$PGBIN/initdb" -D "$PGROOT/data" -U convivio -A scram-sha-256 \
    --pwfile="$PGROOT/pw" -E UTF8 --no-locale --no-sync >/dev/null
  as_postgres "$PGBIN/pg_ctl" -D "$PGROOT/data" -w -l "$PGROOT/log" -o \
    "-p $port -k $PGROOT/sock -c listen_addresses='' -c fsync=off" start >/dev/null
  PGPASSWORD=$password "$PGBIN/createdb" -h "$PGROOT/sock" -p "$port" -U convivio convivio
  local url="postgresql+psycopg://convivio@/convivio?host=$PGROOT/sock&port=$port"
  # Without a password the server refuses, and the bundle says so in one line.
  if bundle -v --db "$url" events list 2>"$WORK/nopw.txt"; then
    fail "the server accepted a connection without a password"
  fi
  grep -qi "password" "$WORK/nopw.txt" || fail "no password error: $(cat "$WORK/nopw.txt")"
  sed 's/^/without a password: /' "$WORK/nopw.txt"
  "${BARE[@]}" PGPASSWORD="$password" "$BUNDLE" copy-db --from "$sqlite" --to "$url"
  "${BARE[@]}" PGPASSWORD="$password" "$BUNDLE" --db "$url" events list --json >"$WORK/pg.json"
  bundle --db "$sqlite" events list --json >"$WORK/sqlite.json"
  check 'assert json.load(open(sys.argv[1])) == json.load(open(sys.argv[2]))' \
    "$WORK/pg.json" "$WORK/sqlite.json" || fail "events differ between PostgreSQL and SQLite"
  echo "copied the demo into PostgreSQL (migrated by the bundle); its events match"
}

without_python() {
  say "with every Python installation on this machine hidden"
  if [ "$(id -u)" -ne 0 ] || ! command -v unshare >/dev/null; then
    echo "skipped: needs root and unshare (a private mount namespace)"
    return
  fi
  # Each Python's standard library (that makes it unusable) and each venv.
  local hide=() py
  for py in python3 /usr/bin/python3 "$PY" "$ROOT/.venv/bin/python"; do
    command -v "$py" >/dev/null || continue
    while IFS= read -r dir; do hide+=("$dir"); done < <("$py" -c '
import sys, sysconfig
print(sysconfig.get_paths()["stdlib"])
if sys.prefix != sys.base_prefix:
    print(sys.prefix)')
  done
  mapfile -t hide < <(printf '%s\n' "${hide[@]}" | sort -u)
  # shellcheck disable=SC2016  # the inner script expands its own arguments
  unshare --mount --propagation private bash -euo pipefail -c '
    bundle=$1 db=$2
    shift 2
    for dir in "$@"; do mount -t tmpfs -o ro tmpfs "$dir"; done
    if env -i PATH=/usr/bin:/bin python3 -c pass 2>/dev/null; then
      echo "python3 still runs"; exit 1
    fi
    env -i PATH=/usr/bin:/bin HOME="$(dirname "$db")/home" LANG=C.UTF-8 "$bundle" --version
    env -i PATH=/usr/bin:/bin HOME="$(dirname "$db")/home" LANG=C.UTF-8 \
      "$bundle" --db "$db" demo --people 20 --events 2
    env -i PATH=/usr/bin:/bin HOME="$(dirname "$db")/home" LANG=C.UTF-8 \
      QT_QPA_PLATFORM=offscreen "$bundle" --db "$db" --quit-when-ready
  ' bash "$BUNDLE" "$WORK/nopython.sqlite3" "${hide[@]}" || fail "the bundle needs a Python"
  echo "hidden: ${hide[*]}"
}

# --- main ----------------------------------------------------------------------------------

mode=${1:-all}
case "$mode" in
  all | --no-smoke | --smoke-only) ;;
  *) fail "usage: packaging/build.sh [--no-smoke | --smoke-only]" ;;
esac
started=$SECONDS
if [ "$mode" != --smoke-only ]; then
  build
  build_seconds=$((SECONDS - started))
fi
if [ "$mode" != --no-smoke ]; then
  smoke_started=$SECONDS
  smoke
  smoke_seconds=$((SECONDS - smoke_started))
fi
say "summary"
[ -z "${build_seconds:-}" ] || echo "build: ${build_seconds}s"
[ -z "${smoke_seconds:-}" ] || echo "smoke tests: ${smoke_seconds}s"
echo "bundle: $DIST ($(du -sh "$DIST" | cut -f1), $(find "$DIST" -type f | wc -l) files)"
