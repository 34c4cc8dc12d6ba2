#!/usr/bin/env bash
# golangci-custom: build golangci-lint with the errcodes plugin the way
# `golangci-lint custom` does, without cloning golangci-lint from GitHub:
# its module comes from the module proxy at a pinned version, the plugin
# is blank-imported into cmd/golangci-lint/plugins.go, and this
# repository replaces the errcodes module.
#
#   scripts/golangci-custom.sh [cache dir]
#
# Prints the binary's path. The binary is cached in the cache dir (default
# $ERRCODES_GCL_CACHE, else errcodes-custom-gcl next to the Go build
# cache), keyed by golangci-lint's version, the Go version and this
# repository's non-test Go sources, go.mod and go.sum: a rerun with no
# change costs nothing; the three newest builds are kept. The key is also the binary's version, which
# golangci-lint hashes into its own cache keys, as `golangci-lint custom`
# does with its plugins' hash.
set -euo pipefail

gcl_version=v2.15.0 # keep equal to the version in doc/golangci-lint.md's .custom-gcl.yml
gcl_module=github.com/golangci/golangci-lint/v2

root=$(cd "$(dirname "$0")/.." && pwd)
cache=${1:-${ERRCODES_GCL_CACHE:-$(dirname "$(go env GOCACHE)")/errcodes-custom-gcl}}
export GOWORK=off

key=$(
	cd "$root"
	{
		echo "$gcl_module@$gcl_version"
		go env GOVERSION
		cat scripts/golangci-custom.sh
		find . -name '*.go' ! -name '*_test.go' ! -path '*/testdata/*' ! -path './.git/*' | LC_ALL=C sort | xargs sha256sum
		sha256sum go.mod go.sum
	} | sha256sum | cut -c1-16
)
bin=$cache/custom-gcl-$key
if [ -x "$bin" ]; then
	echo "$bin"
	exit 0
fi

mkdir -p "$cache"
work=$(mktemp -d "$cache/build.XXXXXX")
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT

echo "golangci-custom: building $gcl_module@$gcl_version with the errcodes plugin in $work" >&2
src=$(go mod download -json "$gcl_module@$gcl_version" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
if [ -z "$src" ] || [ ! -d "$src" ]; then
	echo "golangci-custom: go mod download $gcl_module@$gcl_version gave no directory" >&2
	exit 1
fi
cp -R "$src" "$work/golangci-lint"
chmod -R u+w "$work/golangci-lint"
cd "$work/golangci-lint"

cat > cmd/golangci-lint/plugins.go <<'GO'
package main

// This file is used to declare module plugins.

import (
	_ "github.com/errcodes/errcodes/gclplugin"
)
GO
go mod edit -replace "github.com/errcodes/errcodes=$root"
go mod tidy
go build -trimpath \
	-ldflags "-s -w -X 'main.version=${gcl_version#v}-custom-gcl-errcodes-$key' -X 'main.date=$(date -u +%Y-%m-%dT%H:%M:%SZ)'" \
	-o "$work/custom-gcl" ./cmd/golangci-lint
mv "$work/custom-gcl" "$bin"
# Keep the three newest builds (another checkout may share the cache).
ls -t "$cache"/custom-gcl-* | tail -n +4 | xargs rm -f
echo "$bin"
