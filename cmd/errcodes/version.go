package main

import (
	"crypto/sha256"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/errcodes/errcodes/analyzer"
	"github.com/errcodes/errcodes/catalog"
)

// version is errcodes' version, set by the release build with
// -ldflags=-X=main.version=v1.2.3; it is part of the -V=full hash.
var version = "devel"

// printVersion answers -V=full, which go vet asks once per run and hashes
// into the cache key of every result. go vet does not hash files a tool
// reads on its own, so the version must cover the configs and catalog
// files the run will use: otherwise an edited catalog would leave every
// cached result standing.
func printVersion() int {
	h := sha256.New()
	fmt.Fprintf(h, "errcodes %s\n", version)
	exe, err := os.Executable()
	if err == nil {
		var f *os.File
		if f, err = os.Open(exe); err == nil {
			_, err = io.Copy(h, f)
			f.Close()
		}
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "errcodes: %v\n", err)
		return 1
	}
	configs := configsInScope()
	for _, p := range vetConfigFlags() {
		if !slices.Contains(configs, p) {
			configs = append(configs, p)
		}
	}
	slices.Sort(configs)
	h.Write(catalog.FingerprintConfigs(configs))
	fmt.Printf("errcodes version devel comments-go-here buildID=%02x\n", h.Sum(nil))
	return 0
}

// configsInScope returns the configs a run from the working directory
// may use.
func configsInScope() []string {
	wd, err := os.Getwd()
	if err != nil {
		return nil
	}
	return catalog.ConfigsInScope(wd)
}

// vetConfigFlags returns the configs named by -config in the go vet (or go
// fix) command that asks for -V=full, absolute. go vet asks without the
// tool's flags, and hashes them, not the file they name, into its cache
// keys; so errcodes reads them where go vet does: in $GOFLAGS and on the
// go command's own command line, the nearest ancestor process that is a
// go vet (a -toolexec program may sit between). Where a system does not
// show another process's arguments (see processArgs), only $GOFLAGS is
// seen.
func vetConfigFlags() []string {
	var paths []string
	add := func(args []string) {
		for _, p := range configFlags(args) {
			if !filepath.IsAbs(p) {
				if abs, err := filepath.Abs(p); err == nil {
					p = abs
				}
			}
			if !slices.Contains(paths, p) {
				paths = append(paths, p)
			}
		}
	}
	add(strings.Fields(os.Getenv("GOFLAGS")))
	pid := os.Getppid()
	for range 4 {
		args, ppid := processArgs(pid)
		if rest, ok := goVetArgs(args); ok {
			add(rest)
			break
		}
		if ppid <= 1 || ppid == pid {
			break
		}
		pid = ppid
	}
	return paths
}

// goVetArgs returns the arguments after "vet" (or "fix") when args are
// the command line of a go vet (or go fix) command.
func goVetArgs(args []string) ([]string, bool) {
	if len(args) < 2 || strings.TrimSuffix(filepath.Base(args[0]), ".exe") != "go" {
		return nil, false
	}
	for i := 1; i < len(args); i++ {
		switch a := args[i]; {
		case a == "-C" || a == "--C":
			i++ // go -C dir vet: the go command's own flag and its value
		case strings.HasPrefix(a, "-"):
		case a == "vet" || a == "fix":
			return args[i+1:], true
		default:
			return nil, false
		}
	}
	return nil, false
}

// configFlags returns the values of the -config flags in args, in order.
func configFlags(args []string) []string {
	var vals []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if !strings.HasPrefix(a, "-") {
			continue
		}
		name, val, hasVal := strings.Cut(strings.TrimPrefix(strings.TrimPrefix(a, "-"), "-"), "=")
		if name != analyzer.FlagConfig {
			continue
		}
		if !hasVal {
			if i+1 == len(args) {
				break
			}
			i++
			val = args[i]
		}
		if val != "" {
			vals = append(vals, val)
		}
	}
	return vals
}
