#!/usr/bin/env bash
# vetbench: paired runs of errcodes and of a no-op vet tool (unitchecker
# with one analyzer that declares a fact type and does nothing):
#
#  1. start-up: 300 starts of each tool (`TOOL -flags`, which is all
#     initialisation), alternating, per round; the CPU time of each;
#  2. `go vet -vettool` on the packages given (default ./...) in the
#     current module. Each round rebuilds both tools with a new nonce, so
#     go vet's cache misses every package for both.
#
# The order alternates between rounds. Prints each pair, its ratio, and
# the median of the ratios.
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

type fact struct{}

func (*fact) AFact() {}

var a = &analysis.Analyzer{Name: "noop", Doc: "noop: nothing", FactTypes: []analysis.Fact{new(fact)},
	Run: func(*analysis.Pass) (any, error) { return nil, nil }}

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

starts() { # tool -> CPU seconds (user+sys) of 300 starts
	/usr/bin/time -f '%U %S' bash -c 'for i in $(seq 300); do "$0" -flags >/dev/null; done' "$1" 2>&1 >/dev/null |
		tail -1 | awk '{print $1 + $2}'
}

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

declare -a rs rv
for i in $(seq 1 "$rounds"); do
	(cd "$work/noop" && go build -ldflags="-X=main.nonce=$i$RANDOM" -o "$work/noop-bin" .)
	(cd "$here" && go build -ldflags="-X=main.version=bench$i$RANDOM" -o "$work/errcodes-bin" ./cmd/errcodes)
	if [ $((i % 2)) = 0 ]; then
		sn=$(starts "$work/noop-bin"); se=$(starts "$work/errcodes-bin")
		n=$(vet "$work/noop-bin"); e=$(vet "$work/errcodes-bin")
	else
		se=$(starts "$work/errcodes-bin"); sn=$(starts "$work/noop-bin")
		e=$(vet "$work/errcodes-bin"); n=$(vet "$work/noop-bin")
	fi
	r1=$(echo "$se / $sn" | bc -l); r2=$(echo "$e / $n" | bc -l)
	rs+=("$r1"); rv+=("$r2")
	printf 'round %d: start-up (300) noop %.2fs errcodes %.2fs %.3fx | go vet noop %.2fs errcodes %.2fs %.3fx\n' \
		"$i" "$sn" "$se" "$r1" "$n" "$e" "$r2"
done
printf 'median of the ratios: start-up %.3fx, go vet %.3fx (load: %s)\n' "$(median "${rs[@]}")" "$(median "${rv[@]}")" "$(cut -d' ' -f1-3 /proc/loadavg)"
