package load

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"
)

// writeModule writes files (path: content) under dir.
func writeModule(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// ids returns the IDs of pkgs, sorted.
func ids(pkgs []*packages.Package) []string {
	var out []string
	for _, p := range pkgs {
		out = append(out, p.ID)
	}
	slices.Sort(out)
	return out
}

// TestProgramHint loads a module whose ./... imports a package of its
// own testdata directory, as Open Policy Agent's does: the first run
// lists the import graph, the next ones use the hint it left and list
// nothing, and a run after the imports changed notices the stale hint
// and lists again. Every run gives the same packages a listing gives.
func TestProgramHint(t *testing.T) {
	t.Setenv("ERRCODES_CACHE", t.TempDir())
	dir := t.TempDir()
	writeModule(t, dir, map[string]string{
		"go.mod":                   "module example.com/svc\n\ngo 1.22\n",
		"api/api.go":               "package api\n\nimport _ \"example.com/svc/testdata/cases\"\n",
		"api/api_test.go":          "package api\n\nimport \"testing\"\n\nfunc TestX(t *testing.T) {}\n",
		"testdata/cases/c.go":      "package cases\n",
		"testdata/other/o.go":      "package other\n",
		"store/store.go":           "package store\n",
		"_scratch/s/s.go":          "package s\n",
		"testdata/cases/c_test.go": "package cases\n\nimport \"testing\"\n\nfunc TestC(t *testing.T) {}\n",
	})
	cfg := &packages.Config{Dir: dir, Tests: true}

	var order []string // the roots of the last run, in the order Program gave
	run := func(wantListing bool, wantAll ...string) {
		t.Helper()
		before := listings.Load()
		roots, all, err := Program(cfg, "./...")
		if err != nil {
			t.Fatal(err)
		}
		if listed := listings.Load() > before; listed != wantListing {
			t.Errorf("listed the import graph: %v, want %v", listed, wantListing)
		}
		wantRoots := []string{"example.com/svc/api", "example.com/svc/api [example.com/svc/api.test]",
			"example.com/svc/api.test", "example.com/svc/store"}
		if got := ids(roots); !slices.Equal(got, wantRoots) {
			t.Errorf("roots %q, want %q", got, wantRoots)
		}
		var got []string
		for _, p := range roots {
			got = append(got, p.ID)
		}
		if order != nil && !slices.Equal(got, order) {
			t.Errorf("roots in the order %q, the last run's were in %q", got, order)
		}
		order = got
		var fromSource []string
		for _, p := range all {
			if len(p.Syntax) > 0 && p.ID == p.PkgPath && !strings.HasSuffix(p.ID, ".test") {
				fromSource = append(fromSource, p.PkgPath)
			}
		}
		slices.Sort(fromSource)
		if !slices.Equal(fromSource, wantAll) {
			t.Errorf("loaded from source %q, want %q", fromSource, wantAll)
		}
	}
	run(true, "example.com/svc/api", "example.com/svc/store", "example.com/svc/testdata/cases")
	run(false, "example.com/svc/api", "example.com/svc/store", "example.com/svc/testdata/cases")

	// The import moves to another package of testdata: the hint's
	// package is loaded but the new one is not, so Program lists again.
	writeModule(t, dir, map[string]string{
		"api/api.go": "package api\n\nimport _ \"example.com/svc/testdata/other\"\n",
	})
	run(true, "example.com/svc/api", "example.com/svc/store", "example.com/svc/testdata/other")
	run(false, "example.com/svc/api", "example.com/svc/store", "example.com/svc/testdata/other")

	// The package the hint names is gone.
	if err := os.RemoveAll(filepath.Join(dir, "testdata/other")); err != nil {
		t.Fatal(err)
	}
	writeModule(t, dir, map[string]string{"api/api.go": "package api\n"})
	run(true, "example.com/svc/api", "example.com/svc/store")
	run(false, "example.com/svc/api", "example.com/svc/store")
}

// TestProgramHintNamed checks that a hint naming a directory the
// patterns match is not used: its package is a root, not an extra.
func TestProgramHintNamed(t *testing.T) {
	t.Setenv("ERRCODES_CACHE", t.TempDir())
	dir := t.TempDir()
	writeModule(t, dir, map[string]string{
		"go.mod":         "module example.com/svc\n\ngo 1.22\n",
		"api/api.go":     "package api\n\nimport _ \"example.com/svc/store\"\n",
		"store/store.go": "package store\n",
	})
	cfg := &packages.Config{Dir: dir}
	hintFor(cfg, []string{"./api"}).write([]extra{{"example.com/svc/store", filepath.Join(dir, "store")}})
	h := hintFor(cfg, []string{"./..."})
	h.write([]extra{{"example.com/svc/store", filepath.Join(dir, "store")}}) // wrong: ./... names store
	before := listings.Load()
	roots, _, err := Program(cfg, "./...")
	if err != nil {
		t.Fatal(err)
	}
	if listings.Load() == before {
		t.Error("used a hint naming a package the patterns match")
	}
	if got, want := ids(roots), []string{"example.com/svc/api", "example.com/svc/store"}; !slices.Equal(got, want) {
		t.Errorf("roots %q, want %q", got, want)
	}
	if extras, ok := h.read(); !ok || len(extras) != 0 {
		t.Errorf("hint after the run: %v, %v; want none", extras, ok)
	}

	// ./api imports store without naming it: the hint written above
	// is right, and used.
	before = listings.Load()
	roots, all, err := Program(cfg, "./api")
	if err != nil {
		t.Fatal(err)
	}
	if listings.Load() != before {
		t.Error("listed despite a right hint")
	}
	if got, want := ids(roots), []string{"example.com/svc/api"}; !slices.Equal(got, want) {
		t.Errorf("roots %q, want %q", got, want)
	}
	if got, want := ids(all), []string{"example.com/svc/api", "example.com/svc/store"}; !slices.Equal(got, want) {
		t.Errorf("all %q, want %q", got, want)
	}
}

func TestUnnamed(t *testing.T) {
	dir := filepath.FromSlash("/m")
	for _, tc := range []struct {
		patterns []string
		extra    string
		want     bool
	}{
		{[]string{"./..."}, "/m/testdata/x", true},
		{[]string{"./..."}, "/m/a/testdata", true},
		{[]string{"./..."}, "/m/_tools/x", true},
		{[]string{"./..."}, "/m/.hidden/x", true},
		{[]string{"./..."}, "/m/vendor/x", true},
		{[]string{"./..."}, "/m/a/b", false},
		{[]string{"./..."}, "/m", false},
		{[]string{"./a/..."}, "/m/b", true},
		{[]string{"./a/..."}, "/m/a/b", false},
		{[]string{"./a"}, "/m/a/b", true},
		{[]string{"./a"}, "/m/a", false},
		{[]string{"."}, "/m", false},
		{[]string{"../other/..."}, "/other/x", false},
		{[]string{"../other/..."}, "/m/x", true},
		{[]string{"./a", "./..."}, "/m/b", false},
	} {
		e := []extra{{"example.com/x", filepath.FromSlash(tc.extra)}}
		if got := unnamed(dir, tc.patterns, e); got != tc.want {
			t.Errorf("unnamed(%q, %s) = %v, want %v", tc.patterns, tc.extra, got, tc.want)
		}
	}
	for _, p := range []string{"example.com/x/...", "all", "std", "./a/.../b", "file=x.go"} {
		if h := hintFor(&packages.Config{Dir: "/m"}, []string{p}); h.file != "" {
			t.Errorf("pattern %q is hinted", p)
		}
	}
}
