#!/usr/bin/env bash
# standalonebench: paired runs of `errcodes ./...` (standalone) and of a
# plain go/packages load of the same packages, with syntax and types and
# tests (the least any driver that type-checks the packages does), on a
# real codebase: Open Policy Agent, with scripts/realaudit's config. The
# order alternates (A B, B A, ...) so that other load on the machine
# falls on both. Prints each pair, the medians and their ratios, and the
# machine's load average before and after.
#
#   scripts/standalonebench.sh [-n rounds] [-audit] [workdir]
#
# With -audit it measures `errcodes audit` instead (report to /dev/null)
# against a plain load without tests, the audit's default.
#
# It downloads the pinned OPA release and its dependencies through the
# module proxy into the module cache (nothing is committed), copies it to
# workdir/opa (default: a new temp dir, kept; pass it again to reuse the
# copy), builds errcodes from this repository and the plain loader, and
# runs each once untimed to warm the build cache (go list -export compiles
# every dependency the first time). Needs /usr/bin/time (GNU) for max RSS.
set -euo pipefail
rounds=5
if [ "${1:-}" = "-n" ]; then rounds=$2; shift 2; fi
audit=
if [ "${1:-}" = "-audit" ]; then audit=1; shift; fi

MOD=github.com/open-policy-agent/opa
VER=v1.22.2

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
config=$here/realaudit/errcodes.yaml
work=${1:-$(mktemp -d "${TMPDIR:-/tmp}/standalonebench.XXXXXX")}
mkdir -p "$work"
work=$(cd "$work" && pwd)
src=$work/opa

export GOTOOLCHAIN=${GOTOOLCHAIN:-local}
export GOFLAGS=-mod=mod

step() { printf '== %s\n' "$*" >&2; }

if [ ! -f "$src/go.mod" ]; then
	step "downloading $MOD@$VER"
	dir=$(cd "$work" && go mod download -json "$MOD@$VER" |
		sed -n 's/^[[:space:]]*"Dir": "\(.*\)",\{0,1\}$/\1/p')
	[ -d "$dir" ] || { echo "standalonebench: no directory for $MOD@$VER" >&2; exit 1; }
	cp -R "$dir" "$src"
	chmod -R u+w "$src"
	(cd "$src" && go mod download)
fi

step "building errcodes and the plain loader"
(cd "$root" && go build -o "$work/errcodes" ./cmd/errcodes)
mkdir -p "$work/plainload"
cat >"$work/plainload/main.go" <<'GO'
// Command plainload loads the packages its arguments name with
// go/packages, with syntax and types of the packages named (their
// dependencies from export data) and their tests, and does nothing else:
// the baseline for errcodes standalone.
package main

import (
	"fmt"
	"os"

	"golang.org/x/tools/go/packages"
)

func main() {
	mode := packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles | packages.NeedImports |
		packages.NeedModule | packages.NeedTypes | packages.NeedTypesSizes | packages.NeedSyntax | packages.NeedTypesInfo
	tests := len(os.Args) < 2 || os.Args[1] != "-notests"
	args := os.Args[1:]
	if !tests {
		args = args[1:]
	}
	pkgs, err := packages.Load(&packages.Config{Mode: mode, Tests: tests}, args...)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	n := packages.PrintErrors(pkgs)
	fmt.Printf("%d packages, %d errors\n", len(pkgs), n)
}
GO
tools=$(cd "$root" && go list -m -f '{{.Version}}' golang.org/x/tools)
(cd "$work/plainload" && { [ -f go.mod ] || go mod init plainload >/dev/null 2>&1; } &&
	go mod edit -require=golang.org/x/tools@"$tools" && go mod tidy >/dev/null 2>&1 &&
	go build -o "$work/plainload-bin" .)

# measure cmd...: runs cmd in the OPA copy; prints "seconds maxRSS-KB
# CPU-seconds" (user and system, less disturbed by other load than the
# wall time).
measure() {
	(cd "$src" && /usr/bin/time -f '%e %M %U %S' -o "$work/time.out" "$@" >/dev/null 2>&1) || true
	tail -n 1 "$work/time.out" | awk '{printf "%s %s %.2f\n", $1, $2, $3 + $4}' # after "Command exited with non-zero status 3"
}
if [ -n "$audit" ]; then
	errcodes() { measure "$work/errcodes" audit -config="$config" -o /dev/null ./...; }
	plain() { measure "$work/plainload-bin" -notests ./...; }
else
	errcodes() { measure "$work/errcodes" -config="$config" ./...; }
	plain() { measure "$work/plainload-bin" ./...; }
fi

step "warming the build cache"
plain >/dev/null
errcodes >/dev/null

load0=$(cut -d' ' -f1-3 /proc/loadavg)
declare -a te tp re rp ce cp
for i in $(seq 1 "$rounds"); do
	if [ $((i % 2)) = 1 ]; then
		read -r e_t e_r e_c <<<"$(errcodes)"
		read -r p_t p_r p_c <<<"$(plain)"
	else
		read -r p_t p_r p_c <<<"$(plain)"
		read -r e_t e_r e_c <<<"$(errcodes)"
	fi
	te+=("$e_t"); tp+=("$p_t"); re+=("$e_r"); rp+=("$p_r"); ce+=("$e_c"); cp+=("$p_c")
	printf 'round %d: errcodes %6.2fs %5d MB %6.2fs CPU   plain load %6.2fs %5d MB %6.2fs CPU   ratios: %.2fx time %.2fx RSS %.2fx CPU   load %s\n' \
		"$i" "$e_t" $((e_r / 1024)) "$e_c" "$p_t" $((p_r / 1024)) "$p_c" \
		"$(echo "$e_t / $p_t" | bc -l)" "$(echo "$e_r / $p_r" | bc -l)" "$(echo "$e_c / $p_c" | bc -l)" "$(cut -d' ' -f1 /proc/loadavg)"
done
load1=$(cut -d' ' -f1-3 /proc/loadavg)
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
mte=$(median "${te[@]}"); mtp=$(median "${tp[@]}"); mre=$(median "${re[@]}"); mrp=$(median "${rp[@]}")
mce=$(median "${ce[@]}"); mcp=$(median "${cp[@]}")
printf 'median: errcodes %.2fs %d MB %.2fs CPU, plain load %.2fs %d MB %.2fs CPU: %.2fx time, %.2fx max RSS, %.2fx CPU\n' \
	"$mte" $((${mre%.*} / 1024)) "$mce" "$mtp" $((${mrp%.*} / 1024)) "$mcp" \
	"$(echo "$mte / $mtp" | bc -l)" "$(echo "$mre / $mrp" | bc -l)" "$(echo "$mce / $mcp" | bc -l)"
printf 'load average (1, 5, 15 min): %s before, %s after; %s CPUs\n' "$load0" "$load1" "$(nproc)"
