package catalog_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/errcodes/errcodes/catalog"
)

// writeLargeCatalog writes an errcodes.yaml and a catalog file of n codes,
// each with a status, a message and two endpoints, as a large API's docs.
func writeLargeCatalog(b *testing.B, n int) string {
	dir := b.TempDir()
	var sb strings.Builder
	sb.WriteString("codes:\n")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&sb, "  - code: resource_%d_invalid\n    status: %d\n    message: \"Resource %d is invalid: {field}\"\n    endpoints: [Get Resource %d, Update Resource %d]\n",
			i, 400+i%30, i, i%200, i%200)
	}
	os.WriteFile(filepath.Join(dir, "errors.yaml"), []byte(sb.String()), 0o644)
	cfg := "version: 1\ncatalog: [errors.yaml]\nemitters:\n  - func: example.com/api/apierr.New\n    code: 0\n    status: 1\n"
	path := filepath.Join(dir, "errcodes.yaml")
	os.WriteFile(path, []byte(cfg), 0o644)
	return path
}

// BenchmarkLoad5000 measures what a package that can emit pays under go
// vet, where each package is its own process: the config and a catalog of
// 5,000 codes.
func BenchmarkLoad5000(b *testing.B) {
	path := writeLargeCatalog(b, 5000)
	b.ReportAllocs()
	for b.Loop() {
		cfg, err := catalog.LoadConfig(path)
		if err != nil {
			b.Fatal(err)
		}
		cat, err := cfg.LoadCatalog()
		if err != nil {
			b.Fatal(err)
		}
		if len(cat.Codes) != 5000 {
			b.Fatalf("%d codes", len(cat.Codes))
		}
	}
}

// BenchmarkLoadConfig measures what every package governed by the config
// pays, emitter or not: errcodes.yaml alone, catalog files unread.
func BenchmarkLoadConfig(b *testing.B) {
	path := writeLargeCatalog(b, 5000)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := catalog.LoadConfig(path); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoad5000Cached is BenchmarkLoad5000 when the parsed catalog is
// in the cache, as it is for every package after the first under go vet.
func BenchmarkLoad5000Cached(b *testing.B) {
	path := writeLargeCatalog(b, 5000)
	dir := b.TempDir()
	b.ReportAllocs()
	for b.Loop() {
		cfg, err := catalog.LoadConfig(path)
		if err != nil {
			b.Fatal(err)
		}
		cat, err := cfg.LoadCatalogCached(dir)
		if err != nil {
			b.Fatal(err)
		}
		if len(cat.Codes) != 5000 || cat.Lookup("resource_4999_invalid") == nil {
			b.Fatalf("%d codes", len(cat.Codes))
		}
	}
}
