#!/usr/bin/env bash
# vetbench: paired runs of `go vet -vettool` with errcodes and with a
# no-op vet tool (unitchecker with one analyzer that does nothing), on the
# packages given (default ./...), in the current module. Each round
# rebuilds both tools with a new nonce, so go vet's cache misses every
# package for both; the order alternates. Prints each pair and the ratio
# of the medians.
#
#   scripts/vetbench.sh [-n rounds] [packages]
set -euo pipefail
rounds=5
if [ "${1:-}" = "-n" ]; then rounds=$2; shift 2; fi
pkgs=("${@:-./...}")
here=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/noop"
cat > "$work/noop/go.mod" <<'MOD'
module noop

go 1.22
MOD
cat > "$work/noop/main.go" <<'GO'
// Command noop is a vet tool that analyses nothing: the baseline.
package main

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/unitchecker"
)

var nonce string

var a = &analysis.Analyzer{Name: "noop", Doc: "noop: nothing", Run: func(*analysis.Pass) (any, error) { return nil, nil }}

func main() { _ = nonce; unitchecker.Main(a) }
GO
tools=$(cd "$here" && go list -m -f '{{.Version}}' golang.org/x/tools)
(cd "$work/noop" && go mod edit -require=golang.org/x/tools@"$tools" && go mod tidy >/dev/null 2>&1)

vet() { # tool -> seconds
	local start end
	start=$(date +%s.%N)
	go vet -vettool="$1" "${pkgs[@]}" >/dev/null 2>&1 || true
	end=$(date +%s.%N)
	echo "$end - $start" | bc
}

declare -a tn te
for i in $(seq 1 "$rounds"); do
	(cd "$work/noop" && go build -ldflags="-X=main.nonce=$i$RANDOM" -o "$work/noop-bin" .)
	(cd "$here" && go build -ldflags="-X=main.version=bench$i$RANDOM" -o "$work/errcodes-bin" ./cmd/errcodes)
	if [ $((i % 2)) = 0 ]; then
		n=$(vet "$work/noop-bin"); e=$(vet "$work/errcodes-bin")
	else
		e=$(vet "$work/errcodes-bin"); n=$(vet "$work/noop-bin")
	fi
	tn+=("$n"); te+=("$e")
	printf 'round %d: noop %.2fs  errcodes %.2fs\n' "$i" "$n" "$e"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
mn=$(median "${tn[@]}"); me=$(median "${te[@]}")
printf 'median: noop %.2fs  errcodes %.2fs  ratio %.3fx\n' "$mn" "$me" "$(echo "$me / $mn" | bc -l)"
