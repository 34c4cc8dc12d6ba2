package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/errcodes/errcodes/catalog"
)

// warnEmptyCatalogs prints, once before a standalone run, the catalog
// files of the configs in scope that yield no code (a forced format that
// finds nothing, say): the run checks against the others, but a user who
// named a file expects it to count. catalog lint reports them as errors.
// A config or catalog that does not load is left to the run, which stops
// on it.
func warnEmptyCatalogs(configs []string, stderr io.Writer) {
	wd, _ := os.Getwd()
	for _, path := range configs {
		cfg, err := catalog.LoadConfig(path)
		if err != nil {
			continue
		}
		cat, err := cfg.LoadCatalog()
		if err != nil {
			continue
		}
		for _, e := range cat.Empty {
			pos := e.Pos
			if rel, err := filepath.Rel(wd, pos.File); err == nil && !strings.HasPrefix(rel, "..") {
				pos.File = rel
			}
			fmt.Fprintf(stderr, "errcodes: warning: %s: %s\n", pos, e.Msg)
		}
	}
}
