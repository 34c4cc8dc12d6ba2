package main

import (
	"fmt"
	"go/build"
	"os"
	"path/filepath"
	"strings"

	"github.com/errcodes/errcodes/analyzer"
	"github.com/errcodes/errcodes/catalog"
)

// warnVetNoConfig says, once per go vet run, that no errcodes.yaml
// governs the module go vet checks: go vet would otherwise pass, green in
// CI, checking only what the presets see, with no catalog. go vet starts
// errcodes once per package, in the package's directory, with the
// package's .cfg file in a work directory of its own under the run's
// $WORK: the first process for a package of the user's code that has no
// config above it creates a marker in $WORK, and only that one looks for
// a config anywhere in the module and, finding none, says so. Packages of
// the standard library and of the module cache return at once; so does
// every package under a config. go vet replays a cached result without
// running errcodes: the message comes with the runs that check code.
func warnVetNoConfig(args []string) {
	if len(args) == 0 {
		return
	}
	cfgFile := args[len(args)-1]
	for _, a := range args {
		if strings.HasPrefix(strings.TrimLeft(a, "-"), analyzer.FlagConfig+"=") {
			return // a config named for every package
		}
	}
	wd, err := os.Getwd()
	if err != nil || under(wd, build.Default.GOROOT) || under(wd, modCache()) || catalog.FindConfig(wd) != "" {
		return
	}
	work := filepath.Dir(filepath.Dir(cfgFile))
	marker, err := os.OpenFile(filepath.Join(work, "errcodes-noconfig"), os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return // another process of this run has looked
	}
	marker.Close()
	if len(catalog.ConfigsInScope(wd)) == 0 {
		root := wd
		for d := wd; filepath.Dir(d) != d; d = filepath.Dir(d) {
			if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
				root = d
				break
			}
		}
		fmt.Fprintf(os.Stderr, "errcodes: no %s in the module at %s or above it: go vet checks only what the framework presets see, with no catalog; write one (see doc/config.md) or pass -config\n", catalog.ConfigName, root)
	}
}

// under reports whether dir is root or below it.
func under(dir, root string) bool {
	if root == "" {
		return false
	}
	rel, err := filepath.Rel(root, dir)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// modCache returns the module cache's directory, as the go command finds it.
func modCache() string {
	if dir := os.Getenv("GOMODCACHE"); dir != "" {
		return dir
	}
	if gopath := filepath.SplitList(build.Default.GOPATH); len(gopath) > 0 && gopath[0] != "" {
		return filepath.Join(gopath[0], "pkg", "mod")
	}
	return ""
}
