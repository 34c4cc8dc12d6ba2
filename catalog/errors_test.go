package catalog_test

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"

	"github.com/errcodes/errcodes/catalog"
)

// A catalog.Error wraps the error it comes from, through the ErrorList
// the loaders return, as modfile.Error does: a missing file is
// fs.ErrNotExist, while the message stays errcodes' own.
func TestErrorUnwrap(t *testing.T) {
	dir := t.TempDir()
	config := filepath.Join(dir, "errcodes.yaml")
	if err := os.WriteFile(config, []byte("version: 1\ncatalog: [docs/errors.yaml]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, missingCatalog := catalog.LoadConfig(config)
	_, missingConfig := catalog.LoadConfig(filepath.Join(dir, "none.yaml"))
	_, missingFile := catalog.LoadCatalogFile(filepath.Join(dir, "none.yaml"), "")
	_, missingFS := catalog.LoadConfigFS(fstest.MapFS{
		"errcodes.yaml": {Data: []byte("version: 1\ncatalog: [docs/errors.yaml]\n")},
	}, "errcodes.yaml")
	for _, tc := range []struct {
		name string
		err  error
		msg  string
	}{
		{"missing catalog file", missingCatalog, config + ":2:11: catalog file docs/errors.yaml: no such file"},
		{"missing config", missingConfig, filepath.Join(dir, "none.yaml") + ": no such file"},
		{"missing catalog", missingFile, filepath.Join(dir, "none.yaml") + ": no such file"},
		{"missing embedded catalog file", missingFS, "errcodes.yaml:2:11: catalog file docs/errors.yaml: no such file (embed it with the config)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.err == nil || tc.err.Error() != tc.msg {
				t.Fatalf("error %v, want %s", tc.err, tc.msg)
			}
			if !errors.Is(tc.err, fs.ErrNotExist) {
				t.Errorf("errors.Is(%v, fs.ErrNotExist) = false", tc.err)
			}
			var e *catalog.Error
			if !errors.As(tc.err, &e) || e.Error() != tc.msg {
				t.Fatalf("errors.As(%v, *catalog.Error) = %v", tc.err, e)
			}
			var pe *fs.PathError
			if !errors.As(e, &pe) || errors.Unwrap(e) != e.Err {
				t.Errorf("%v does not wrap the *fs.PathError it comes from (Err %#v)", e, e.Err)
			}
		})
	}

	// A parser's error is kept too.
	_, err := catalog.ParseFile("openapi.json", []byte(`{"openapi": "3.0.0", "paths": {`), "openapi")
	var syntax *json.SyntaxError
	if !errors.As(err, &syntax) {
		t.Errorf("errors.As(%v, *json.SyntaxError) = false", err)
	}

	// A problem errcodes finds itself comes from no other error.
	_, err = catalog.ParseConfig("errcodes.yaml", []byte("catalog: []\n"))
	var e *catalog.Error
	if !errors.As(err, &e) || e.Err != nil || errors.Unwrap(e) != nil {
		t.Errorf("ParseConfig of a config with no version: %v, Err %v; want a *catalog.Error with no Err", err, e)
	}
}
