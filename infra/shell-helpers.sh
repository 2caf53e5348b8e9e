# Sourced by infra/bootstrap.sh and infra/build.sh: messages, timing and freshness checks.
say() { echo "${SAY_PREFIX:-bootstrap}: $*"; }
now() { date +%s%N; }
ms_since() { echo "$(( ($(now) - $1) / 1000000 )) ms"; }
# true when any file under $1 (dir or file) is newer than $2, or $2 is missing
newer_than() { [ ! -e "$2" ] || [ -n "$(find "$1" -newer "$2" -print -quit 2>/dev/null)" ]; }
# true when version $1 >= version $2 (dotted numbers, no leading v)
version_at_least() { [ "$(printf '%s\n%s\n' "$1" "$2" | sort -V | head -n1)" = "$2" ]; }
