package main

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"go/build"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/errcodes/errcodes/analyzer"
	"github.com/errcodes/errcodes/catalog"
	"github.com/errcodes/errcodes/internal/load"
	"golang.org/x/mod/modfile"
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
	// go vet asks -V=full once, before it runs errcodes on any package: a
	// broken config nearest the working directory (the one go vet ./...
	// uses) is reported here once, and go vet stops. Others are reported
	// by the packages they govern.
	wd, _ := os.Getwd()
	if near := catalog.FindConfig(wd); near != "" {
		if printConfigErrors(analyzer.CheckConfigs([]string{near}), os.Stderr) {
			return 1
		}
		// An emitter whose package is not in the module (nor a
		// standard or other module's package) would check nothing.
		if modPath, modDir := mainModule(wd); modPath != "" && !inWorkspace(modDir) {
			if cfg, err := catalog.LoadConfig(near); err == nil {
				if errs := load.MissingEmittersInModule(cfg, modPath, modDir); len(errs) > 0 {
					printConfigErrors(errs, os.Stderr)
					return 1
				}
			}
		}
	}
	h.Write(catalog.FingerprintConfigs(configs))
	fmt.Printf("errcodes version devel comments-go-here buildID=%02x\n", h.Sum(nil))
	return 0
}

// printConfigErrors prints err, the problems of configs, one a line, and
// reports whether there were any.
func printConfigErrors(err error, stderr io.Writer) bool {
	if err == nil {
		return false
	}
	var b strings.Builder
	var list catalog.ErrorList
	if errors.As(err, &list) {
		for _, e := range list {
			fmt.Fprintln(&b, e)
		}
	} else {
		fmt.Fprintf(&b, "errcodes: %v\n", err)
	}
	stderr.Write(relativePaths([]byte(b.String())))
	return true
}

// mainModule returns the path and directory of the module dir is in, from
// its go.mod, or "" when there is none.
func mainModule(dir string) (string, string) {
	for d := dir; ; d = filepath.Dir(d) {
		if data, err := os.ReadFile(filepath.Join(d, "go.mod")); err == nil {
			return modfile.ModulePath(data), d
		}
		if filepath.Dir(d) == d {
			return "", ""
		}
	}
}

// inWorkspace reports whether a go.work file above dir may add modules
// to the build (GOWORK=off says it does not): their packages are not
// looked for.
func inWorkspace(dir string) bool {
	if os.Getenv("GOWORK") == "off" {
		return false
	}
	if w := os.Getenv("GOWORK"); w != "" {
		return true
	}
	for d := dir; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.work")); err == nil {
			return true
		}
		if filepath.Dir(d) == d {
			return false
		}
	}
}

// relevantConfigs returns those of configs (absolute paths) that may
// govern a package the patterns match: for a directory pattern (./x,
// ./x/...) the config nearest above the directory and, with /..., those
// below it, outside testdata; for any other pattern, the one nearest the
// working directory.
func relevantConfigs(configs, patterns []string) []string {
	wd, err := os.Getwd()
	if err != nil {
		return configs
	}
	keep := make(map[string]bool)
	for _, p := range patterns {
		rec := false
		base := p
		if b, ok := strings.CutSuffix(p, "/..."); ok {
			base, rec = b, true
		} else if p == "..." {
			base, rec = ".", true
		}
		if !build.IsLocalImport(base) && !filepath.IsAbs(base) {
			if c := catalog.FindConfig(wd); c != "" {
				keep[c] = true
			}
			continue
		}
		dir := base
		if !filepath.IsAbs(dir) {
			dir = filepath.Join(wd, dir)
		}
		if c := catalog.FindConfig(dir); c != "" {
			keep[c] = true
		}
		if !rec {
			continue
		}
		for _, c := range configs {
			rel, err := filepath.Rel(dir, c)
			if err != nil || strings.HasPrefix(rel, "..") || slices.Contains(strings.Split(filepath.ToSlash(rel), "/"), "testdata") {
				continue
			}
			keep[c] = true
		}
	}
	var out []string
	for _, c := range configs {
		if keep[c] {
			out = append(out, c)
		}
	}
	for c := range keep {
		if !slices.Contains(out, c) {
			out = append(out, c) // a -config, or a config outside the module
		}
	}
	sort.Strings(out)
	return out
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
