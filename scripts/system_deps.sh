#!/usr/bin/env bash
# Brings a Debian/Ubuntu machine to what shenbao uses beyond Python, installing only what is missing:
#   libreoffice-writer-nogui  soffice: real page numbers for DOCX files (citations, page images)
#   python3-uno               LibreOffice's Python bridge: one long-lived soffice renders every DOCX
#                             of a package in turn (extractors/office_server.py) instead of one
#                             soffice start per file
#   fonts-noto-cjk            the CJK fonts LibreOffice lays Chinese DOCX out with
#   fonts-wqy-microhei        WenQuanYi Micro Hei, the TrueType CJK font that test fixtures and
#                             the eval-set generator draw with (found by name)
#   fontconfig                fc-match / fc-list, to find those fonts by name
#   chromium                  the real-browser test of the workspace (tests only)
#   postgresql                PostgreSQL's server programs: the review store's tests initdb and start
#                             a server of their own in a temp folder (tests only; they never use
#                             the cluster the Debian package itself may set up)
#
#   scripts/system_deps.sh            what the test suite needs (make test, .ci/run)
#   scripts/system_deps.sh --run      what the workspace needs (make run: no chromium)
#   scripts/system_deps.sh --check    report only, install nothing
#   scripts/system_deps.sh --strict   exit 1 if anything is still missing (CI: nothing may skip)
#
# Idempotent: each piece is checked (command -v, fc-list) and apt-get installs only the missing
# packages, as root or through passwordless sudo. When it cannot install (no apt-get, not root and
# no sudo, no network) it prints exactly what is missing and exits 0: the tests that need a
# missing piece then skip with the reason in pytest's summary (tests/system_deps.py).
# SHENBAO_SYSTEM_DEPS=check in the environment means --check (a machine you do not administer).
set -uo pipefail

mode=test
install=yes
strict=no
for arg in "$@"; do
  case "$arg" in
    --run) mode=run ;;
    --check) install=no ;;
    --strict) strict=yes ;;
    -h|--help) awk 'NR>1 && /^#/{sub(/^# ?/, ""); print; next} NR>1{exit}' "$0"; exit 0 ;;
    *) echo "system_deps.sh: unknown argument $arg (see --help)" >&2; exit 2 ;;
  esac
done
[ "${SHENBAO_SYSTEM_DEPS:-}" = "check" ] && install=no

# The interpreters extractors/office_server.py tries (find_uno_python).
has_uno() {
  local python
  for python in python3 /usr/bin/python3 /usr/lib/libreoffice/program/python; do
    command -v "$python" >/dev/null 2>&1 && "$python" -c "import uno" >/dev/null 2>&1 && return 0
  done
  return 1
}
has_family() { command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list "$1" family 2>/dev/null)" ]; }
# Debian keeps the server's programs in /usr/lib/postgresql/<major>/bin, off PATH (tests/pg_server.py looks there too).
has_postgres() {
  [ "${SHENBAO_TEST_PG_BIN:-}" = none ] && return 1  # scripts/without_system_deps.sh
  command -v initdb >/dev/null 2>&1 || compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null
}

missing_packages() {
  local missing=()
  command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
  has_uno || missing+=(python3-uno)
  command -v fc-list >/dev/null 2>&1 || missing+=(fontconfig)
  has_family "Noto Sans CJK SC" || missing+=(fonts-noto-cjk)
  if [ "$mode" = test ]; then
    has_family "WenQuanYi Micro Hei" || missing+=(fonts-wqy-microhei)
    command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || missing+=(chromium)
    has_postgres || missing+=(postgresql)
  fi
  echo "${missing[*]}"
}

why() {
  case "$1" in
    libreoffice-writer-nogui) echo "no soffice: DOCX files get locators instead of page numbers; LibreOffice tests skip" ;;
    python3-uno) echo "no python3-uno: each DOCX starts a LibreOffice of its own (slower); the converter's tests skip" ;;
    fontconfig) echo "no fc-list/fc-match: fonts cannot be found by name" ;;
    fonts-noto-cjk) echo "no Noto Sans CJK: LibreOffice lays Chinese out differently; page-number tests skip" ;;
    fonts-wqy-microhei) echo "no WenQuanYi Micro Hei: tests drawing Chinese fixtures skip" ;;
    chromium) echo "no chromium: the real-browser workspace test skips" ;;
    postgresql) echo "no PostgreSQL server: the review store's tests on PostgreSQL skip" ;;
  esac
}

missing="$(missing_packages)"
if [ -z "$missing" ]; then
  echo "system_deps: all present ($mode)"
  exit 0
fi

if [ "$install" = yes ]; then
  sudo=""
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      sudo="sudo -n"
    else
      install=no
      reason="not root and no passwordless sudo"
    fi
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    install=no
    reason="no apt-get (not Debian/Ubuntu)"
  fi
fi

if [ "$install" = yes ]; then
  echo "system_deps: installing $missing"
  # shellcheck disable=SC2086 # the package list is meant to split
  if $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq \
     && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null; then
    hash -r
    missing="$(missing_packages)"
    [ -z "$missing" ] && { echo "system_deps: all present ($mode)"; exit 0; }
    reason="still missing after apt-get install"
  else
    reason="apt-get failed"
  fi
fi

echo "system_deps: missing ${missing} (${reason:-check only})" >&2
for package in $missing; do
  echo "  $package: $(why "$package")" >&2
done
echo "  install them with: sudo apt-get install --no-install-recommends $missing" >&2
[ "$strict" = yes ] && exit 1
exit 0
