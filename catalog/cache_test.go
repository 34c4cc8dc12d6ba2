package catalog_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/errcodes/errcodes/catalog"
)

func TestLoadCatalogCached(t *testing.T) {
	dir := t.TempDir()
	cacheDir := filepath.Join(dir, "cache")
	cfgPath := filepath.Join(dir, "errcodes.yaml")
	os.WriteFile(cfgPath, []byte("version: 1\ncatalog: [errors.yaml]\ncodes:\n  - code: already_paid\n    status: 409\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "errors.yaml"), []byte(`codes:
  - code: invalid_order_number
    status: 404
    endpoints: [Paid Order]
  - code: 1003
    name: ProductNotFound
  - code: "?"
    endpoints: [Get Order Details]
`), 0o644)
	load := func() *catalog.Catalog {
		t.Helper()
		cfg, err := catalog.LoadConfig(cfgPath)
		if err != nil {
			t.Fatal(err)
		}
		cat, err := cfg.LoadCatalogCached(cacheDir)
		if err != nil {
			t.Fatal(err)
		}
		return cat
	}
	show := func(cat *catalog.Catalog) []byte {
		data, err := cat.JSON()
		if err != nil {
			t.Fatal(err)
		}
		return data
	}
	first := load()
	entries := cacheEntries(cacheDir)
	if len(entries) != 1 {
		t.Fatalf("cache holds %d files, want 1", len(entries))
	}
	second := load() // from the cache
	if !bytes.Equal(show(first), show(second)) {
		t.Errorf("cached catalog differs:\n%s\n%s", show(first), show(second))
	}
	if second.Lookup("ProductNotFound") == nil || !second.HasEndpoint("Get Order Details") || !second.HasEndpoint("Paid Order") {
		t.Error("cached catalog lost its indexes")
	}

	// An edited catalog file is a new key: never a stale entry.
	os.WriteFile(filepath.Join(dir, "errors.yaml"), []byte("codes:\n  - code: out_of_stock\n    status: 409\n"), 0o644)
	if third := load(); third.Lookup("out_of_stock") == nil || third.Lookup("invalid_order_number") != nil {
		t.Error("edited catalog read from a stale cache entry")
	}

	// A corrupt entry is parsed anew.
	entries = cacheEntries(cacheDir)
	for _, e := range entries {
		os.WriteFile(filepath.Join(cacheDir, e.Name()), []byte("not gob"), 0o644)
	}
	if cat := load(); cat.Lookup("out_of_stock") == nil {
		t.Error("corrupt cache entry not replaced by a parse")
	}
}

// A cache entry that still decodes but is not what errcodes wrote for its
// key, such as another config's entry copied over it, is parsed anew.
func TestCacheEntryVerified(t *testing.T) {
	dir := t.TempDir()
	cacheDir := filepath.Join(dir, "cache")
	load := func(name, code string) *catalog.Catalog {
		t.Helper()
		path := filepath.Join(dir, name)
		os.WriteFile(path, []byte("version: 1\ncodes:\n  - code: "+code+"\n    status: 409\n"), 0o644)
		cfg, err := catalog.LoadConfig(path)
		if err != nil {
			t.Fatal(err)
		}
		cat, err := cfg.LoadCatalogCached(cacheDir)
		if err != nil {
			t.Fatal(err)
		}
		return cat
	}
	load("a.yaml", "out_of_stock")
	entries := cacheEntries(cacheDir)
	aEntry := filepath.Join(cacheDir, entries[0].Name())
	load("b.yaml", "already_paid")
	entries = cacheEntries(cacheDir)
	for _, e := range entries {
		if p := filepath.Join(cacheDir, e.Name()); p != aEntry {
			data, _ := os.ReadFile(p)
			os.WriteFile(aEntry, data, 0o644) // b's entry, under a's key
		}
	}
	if cat := load("a.yaml", "out_of_stock"); cat.Lookup("out_of_stock") == nil || cat.Lookup("already_paid") != nil {
		t.Error("a cache entry copied from another key was trusted")
	}
}

// cacheEntries returns the catalogs cached in dir: its files but the
// mark of the last trim (internal/cachedir).
func cacheEntries(dir string) []os.DirEntry {
	all, _ := os.ReadDir(dir)
	var entries []os.DirEntry
	for _, e := range all {
		if e.Name() != "trim.txt" {
			entries = append(entries, e)
		}
	}
	return entries
}
