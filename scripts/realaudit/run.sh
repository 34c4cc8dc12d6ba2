#!/usr/bin/env bash
# realaudit: run `errcodes audit` on a real codebase with a config a user
# would write, kept beside this script, and time it. Three targets:
#
#   opa           Open Policy Agent v1.22.2 (259 packages, 930 with its
#                 dependencies); config errcodes.yaml, passed with -config.
#   distribution  the CNCF Distribution registry v3.1.2 (registered error
#                 descriptors, ctx.Errors = append(ctx.Errors,
#                 v2.ErrorCodeX.WithDetail(d))); config distribution.yaml.
#   fosite        ORY Fosite v0.49.0 (package-level *RFC6749Error values
#                 returned as errorsx.WithStack(ErrX.WithHint(h))); config
#                 fosite.yaml.
#
#   scripts/realaudit/run.sh [target] [workdir]     (target: opa)
#
# It downloads the pinned release into the module cache through the Go
# module proxy (nothing is committed), copies it to a writable work dir
# (default: a new temp dir, kept for inspection), downloads its
# dependencies, builds errcodes from this repository and runs
#
#   errcodes audit -format=markdown ./...
#
# in the copy, writing the report to <workdir>/audit.md and the timing
# (wall time, max RSS) to <workdir>/audit.time; then, for distribution and
# fosite, errcodes ./... with the findings in <workdir>/findings.txt.
# The config of distribution and fosite is copied to the root of the copy,
# as errcodes.yaml, where its maintainers would keep it: its catalog paths
# are the repository's own (docs/content/spec/api.md).
#
# Needs only the Go toolchain (OPA v1.22.2 wants go >= 1.26.0) and the
# module proxy. The first run downloads ~1,000 modules; later runs reuse
# the module cache.
set -euo pipefail

target=opa
case "${1:-}" in
opa | distribution | fosite)
	target=$1
	shift
	;;
esac

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
case "$target" in
opa)
	MOD=github.com/open-policy-agent/opa VER=v1.22.2
	config=$here/errcodes.yaml
	;;
distribution)
	MOD=github.com/distribution/distribution/v3 VER=v3.1.2
	config=$here/distribution.yaml
	;;
fosite)
	MOD=github.com/ory/fosite VER=v0.49.0
	config=$here/fosite.yaml
	;;
esac
work=${1:-$(mktemp -d "${TMPDIR:-/tmp}/realaudit.XXXXXX")}
mkdir -p "$work"
work=$(cd "$work" && pwd)
src=$work/$target

export GOTOOLCHAIN=${GOTOOLCHAIN:-local} # no toolchain downloads
export GOFLAGS=-mod=mod

step() { printf '== %s\n' "$*" >&2; }

step "downloading $MOD@$VER into the module cache"
# Outside any module, so that no go.mod or go.sum is touched.
dir=$(cd "$work" && go mod download -json "$MOD@$VER" |
	sed -n 's/^[[:space:]]*"Dir": "\(.*\)",\{0,1\}$/\1/p')
if [ -z "$dir" ] || [ ! -d "$dir" ]; then
	echo "realaudit: go mod download $MOD@$VER gave no directory" >&2
	exit 1
fi

step "copying $dir to $src"
rm -rf "$src"
cp -R "$dir" "$src"
chmod -R u+w "$src" # the module cache is read-only

if [ "$target" != opa ]; then
	# Where the project would keep its config: at its root, beside the
	# docs its catalog names.
	cp "$config" "$src/errcodes.yaml"
	config=$src/errcodes.yaml
fi

step "downloading its dependencies"
(cd "$src" && go mod download)
npkgs=$(cd "$src" && go list ./... | wc -l)
ndeps=$(cd "$src" && go list -deps ./... | wc -l)
step "$MOD@$VER: $npkgs packages, $ndeps with dependencies"

step "building errcodes from $root"
(cd "$root" && go build -o "$work/errcodes" ./cmd/errcodes)

# The first audit in a fresh copy also compiles the module's export data
# (go list -export); the second is the audit alone, as it runs on a
# developer's machine or in CI with a warm build cache.
audit() {
	local timefile=$1
	if [ -x /usr/bin/time ]; then
		timer=(/usr/bin/time -f 'wall %e s, max RSS %M KB, user %U s, sys %S s' -o "$timefile")
	else
		timer=()
	fi
	local start end
	start=$(date +%s)
	status=0
	(cd "$src" && "${timer[@]}" "$work/errcodes" audit -config="$config" -format=markdown ./... >"$work/audit.md") || status=$?
	end=$(date +%s)
	[ -s "$timefile" ] || echo "wall $((end - start)) s" >"$timefile"
}

step "errcodes audit -config=$config -format=markdown ./... (cold build cache)"
audit "$work/audit.cold.time"
step "exit status $status; $(tail -n 1 "$work/audit.cold.time")"
step "errcodes audit -config=$config -format=markdown ./... (warm)"
audit "$work/audit.time"
step "exit status $status; $(tail -n 1 "$work/audit.time")"
step "report: $work/audit.md ($(grep -m1 '^## Findings' "$work/audit.md" || echo 'no findings section'))"
grep -A6 '^## Coverage' "$work/audit.md" >&2 || true

if [ "$target" != opa ]; then
	step "errcodes ./... (findings)"
	(cd "$src" && "$work/errcodes" ./... >"$work/findings.txt" 2>&1) || true
	sed -i "s|$src/||" "$work/findings.txt"
	step "$(grep -c ': code ' "$work/findings.txt") findings in $work/findings.txt"
fi

if [ "${VET:-}" = 1 ]; then
	# For comparison: go vet with errcodes as its vet tool, on the same
	# packages, with the same warm build cache.
	step "go vet -vettool=errcodes ./..."
	(cd "$src" && /usr/bin/time -f 'wall %e s, max RSS %M KB' -o "$work/vet.time" \
		go vet -vettool="$work/errcodes" -config="$config" ./... >"$work/vet.out" 2>&1) || true
	step "$(tail -n 1 "$work/vet.time"); $(grep -c 'is not in the catalog' "$work/vet.out") findings"
fi
exit "$status"
