package gclplugin_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/errcodes/errcodes/gclplugin"
)

const inline = `version: 1
codes:
  - code: gone
    status: 410
emitters:
  - func: example.com/api.Write
    code: code
    status: status
`

// An inline catalog is used for every package, and each message starts
// with its category, which golangci-lint would otherwise drop.
func TestInlineCatalog(t *testing.T) {
	t.Setenv("ERRCODES_CACHE", "off")
	p, err := gclplugin.New(map[string]any{"catalog": inline})
	if err != nil {
		t.Fatal(err)
	}
	if mode := p.GetLoadMode(); mode != "typesinfo" {
		t.Errorf("load mode %q, want typesinfo", mode)
	}
	as, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	if len(as) != 2 || as[0].Name != "errcodes" || !strings.HasPrefix(as[1].Name, "errcodes_") {
		t.Fatalf("analyzers %v, want errcodes (the linter's name, which golangci-lint does not print) and errcodes_FINGERPRINT", as)
	}
	if err := analysis.Validate(as); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, analysistest.TestData(), as[0], "example.com/api")
}

func TestSettingsErrors(t *testing.T) {
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	broken := filepath.Join(dir, "errcodes.yaml")
	os.WriteFile(broken, []byte("version: 1\ncatalog: [missing.yaml]\ncodes:\n  - code: x\n    mesage: y\n"), 0o644)
	badCatalog := filepath.Join(dir, "bad", "errcodes.yaml")
	os.MkdirAll(filepath.Dir(badCatalog), 0o755)
	os.WriteFile(badCatalog, []byte("version: 1\ncatalog: [errors.yaml]\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "bad", "errors.yaml"), []byte("codes:\n  - code: a\n    status: 4090\n"), 0o644)
	for _, tc := range []struct {
		name     string
		settings any
		want     string
	}{
		{"unknown", map[string]any{"confg": "errcodes.yaml"}, `errcodes: unknown setting "confg" (known: config, catalog)`},
		{"type", map[string]any{"config": 3}, `errcodes: setting config must be a string, not int`},
		{"list", []any{"config"}, `errcodes: settings must be a mapping with config or catalog, not []interface {}`},
		{"both", map[string]any{"config": "a.yaml", "catalog": "version: 1"}, `errcodes: set config or catalog, not both`},
		{"missing", map[string]any{"config": filepath.Join(dir, "nope.yaml")}, "errcodes: setting config:\n" + filepath.Join(dir, "nope.yaml") + ": no such file"},
		{"broken", map[string]any{"config": broken}, "errcodes: setting config:\n" +
			broken + `:2:11: catalog file missing.yaml: no such file` + "\n" +
			broken + `:5:5: unknown key "mesage" in code entry; did you mean "message"?`},
		{"catalog file", map[string]any{"config": badCatalog}, "errcodes: setting config:\n" +
			filepath.Join(dir, "bad", "errors.yaml") + `:3:5: status 4090 is not an HTTP status`},
		{"inline", map[string]any{"catalog": "version: 1\ncodes:\n  - code: x\n    status: 4090\n"}, "errcodes: setting catalog:\n" +
			filepath.Join(wd, "settings.catalog") + `:4:5: status 4090 is not an HTTP status`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := gclplugin.New(tc.settings)
			if err == nil || err.Error() != tc.want {
				t.Errorf("error:\n%v\nwant:\n%s", err, tc.want)
			}
		})
	}
}

// The analyzer that does the work is named after a fingerprint of the
// config and catalog files, which golangci-lint hashes into its cache
// keys: an edited catalog changes it.
func TestFingerprint(t *testing.T) {
	dir := t.TempDir()
	config := filepath.Join(dir, "errcodes.yaml")
	os.WriteFile(config, []byte("version: 1\ncatalog: [errors.yaml]\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "errors.yaml"), []byte("codes: [{code: a}]\n"), 0o644)
	t.Chdir(dir)
	for _, tc := range []struct {
		name     string
		settings any
	}{
		{"config", map[string]any{"config": "errcodes.yaml"}},
		{"inline", map[string]any{"catalog": "version: 1\ncatalog: [errors.yaml]\n"}},
		{"per package", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			names := func() string {
				t.Helper()
				p, err := gclplugin.New(tc.settings)
				if err != nil {
					t.Fatal(err)
				}
				as, err := p.BuildAnalyzers()
				if err != nil {
					t.Fatal(err)
				}
				var names []string
				for _, a := range as {
					names = append(names, a.Name)
				}
				return strings.Join(names, ",")
			}
			a := names()
			if b := names(); a != b {
				t.Errorf("analyzers changed from %s to %s with no edit", a, b)
			}
			os.WriteFile(filepath.Join(dir, "errors.yaml"), []byte("codes: [{code: b}]\n"), 0o644)
			defer os.WriteFile(filepath.Join(dir, "errors.yaml"), []byte("codes: [{code: a}]\n"), 0o644)
			if c := names(); c == a {
				t.Errorf("analyzers %s did not change with the catalog file", c)
			}
		})
	}
}

// Relative paths are relative to the directory of .golangci.yml, found
// from the working directory up, as an editor may run golangci-lint in a
// package's directory.
func TestRelativePaths(t *testing.T) {
	top := t.TempDir()
	os.WriteFile(filepath.Join(top, ".golangci.yml"), []byte("version: \"2\"\n"), 0o644)
	os.MkdirAll(filepath.Join(top, "api", "orders"), 0o755)
	os.WriteFile(filepath.Join(top, "api", "errcodes.yaml"), []byte("version: 1\ncatalog: [errors.yaml]\n"), 0o644)
	os.WriteFile(filepath.Join(top, "api", "errors.yaml"), []byte("codes: [{code: a}]\n"), 0o644)
	t.Chdir(filepath.Join(top, "api", "orders"))
	for _, settings := range []map[string]any{
		{"config": "api/errcodes.yaml"},
		{"catalog": "version: 1\ncatalog: [api/errors.yaml]\n"},
	} {
		if _, err := gclplugin.New(settings); err != nil {
			t.Errorf("New(%v): %v", settings, err)
		}
	}
	_, err := gclplugin.New(map[string]any{"config": "errcodes.yaml"})
	if want := filepath.Join(top, "errcodes.yaml") + ": no such file"; err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("error %v, want one citing %s", err, want)
	}
}
