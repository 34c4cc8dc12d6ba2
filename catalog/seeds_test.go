package catalog_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/errcodes/errcodes/catalog"
)

// The seed docs in testdata are the published files, unmodified: when the
// shared seeds are checked out beside the repository, they are the same
// bytes.
func TestSeedsUnmodified(t *testing.T) {
	shared, _ := filepath.Glob("../../shared/seeds/*.txt")
	if len(shared) == 0 {
		t.Skip("../shared/seeds is not checked out beside the repository")
	}
	for _, s := range shared {
		want, _ := os.ReadFile(s)
		got, err := os.ReadFile(filepath.Join("testdata", "seeds", filepath.Base(s)))
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("testdata/seeds/%s differs from %s (%v)", filepath.Base(s), s, err)
		}
	}
}

// Each seed is detected as its own format, from its content: the files
// all end in .txt.
func TestDetectSeeds(t *testing.T) {
	for seed, want := range map[string]string{
		"000_5e2a471fc6f96318.txt": "sectioned-list",
		"001_38ddf1450b35f244.txt": "json-headings",
		"002_5f8eed8a9648f658.txt": "typescript",
		"003_bad9894f524535f0.txt": "markdown-table",
		"004_65729825f79028f7.txt": "status-groups",
	} {
		data, err := os.ReadFile(filepath.Join("testdata", "seeds", seed))
		if err != nil {
			t.Fatal(err)
		}
		if got := catalog.DetectFormat(seed, data); got != want {
			t.Errorf("%s detected as %q, want %q", seed, got, want)
		}
	}
}
