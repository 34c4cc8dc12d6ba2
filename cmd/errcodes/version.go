package main

import (
	"crypto/sha256"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

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
	for _, path := range configsInScope() {
		fmt.Fprintf(h, "config %s\n", path)
		cfg, err := catalog.LoadConfig(path)
		if err != nil {
			// A broken config is reported by the run itself; hash its
			// bytes so that fixing it invalidates the cache.
			data, _ := os.ReadFile(path)
			h.Write(data)
			continue
		}
		h.Write(cfg.Fingerprint())
	}
	fmt.Printf("errcodes version devel comments-go-here buildID=%02x\n", h.Sum(nil))
	return 0
}

// configsInScope returns the configs a run from the working directory may
// use: the nearest errcodes.yaml above it, and every errcodes.yaml inside
// the enclosing module (packages below may have configs of their own).
func configsInScope() []string {
	wd, err := os.Getwd()
	if err != nil {
		return nil
	}
	found := make(map[string]bool)
	if p := catalog.FindConfig(wd); p != "" {
		found[p] = true
	}
	root := wd
	for dir := wd; ; dir = filepath.Dir(dir) {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			root = dir
			break
		}
		if filepath.Dir(dir) == dir {
			break
		}
	}
	filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() {
			name := d.Name()
			// testdata is walked: its packages can be named explicitly
			// (go vet ./testdata/shop/...).
			if path != root && (strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") ||
				name == "vendor" || name == "node_modules") {
				return filepath.SkipDir
			}
			return nil
		}
		if d.Name() == catalog.ConfigName {
			found[path] = true
		}
		return nil
	})
	paths := make([]string, 0, len(found))
	for p := range found {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	return paths
}
