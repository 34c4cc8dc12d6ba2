package main

import (
	"crypto/sha256"
	"fmt"
	"io"
	"os"

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
	h.Write(catalog.FingerprintConfigs(configsInScope()))
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
