#!/usr/bin/env bash
# Runs a command as on a machine without the system packages of scripts/system_deps.sh: soffice,
# chromium, PostgreSQL's programs and fontconfig's tools are left off PATH, the tests look for
# PostgreSQL nowhere else (SHENBAO_TEST_PG_BIN=none, tests/pg_server.py) and the CJK font lookup
# (eval_sets/generator/fonts.py) searches only an empty folder; scripts/system_deps.sh only reports
# (as on a machine where it cannot install). Used to check that the suite then skips what needs
# them, with the reason, and fails nothing:
#   scripts/without_system_deps.sh make test
set -euo pipefail
bare="$(mktemp -d "${TMPDIR:-/tmp}/shenbao-bare.XXXXXX")"
trap 'rm -rf "$bare"' EXIT
mkdir "$bare/bin" "$bare/fonts"
hidden='^(soffice|libreoffice.*|lowriter|chromium.*|fc-match|fc-list|initdb|pg_ctl|postgres)$'
IFS=: read -ra dirs <<<"$PATH"
for dir in "${dirs[@]}"; do
  [ -d "$dir" ] || continue
  for program in "$dir"/*; do
    name="${program##*/}"
    [[ "$name" =~ $hidden ]] && continue
    [ -x "$program" ] && [ ! -e "$bare/bin/$name" ] && ln -s "$program" "$bare/bin/$name"
  done
done
PATH="$bare/bin" SHENBAO_FONT_DIRS="$bare/fonts" SHENBAO_TEST_PG_BIN=none SHENBAO_SYSTEM_DEPS=check "$@"
