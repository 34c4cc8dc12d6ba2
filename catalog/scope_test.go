package catalog_test

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/errcodes/errcodes/catalog"
)

// A run from a module's root may use the config above it and every config
// inside the module, testdata included, but not what vendor or hidden
// directories hold.
func TestConfigsInScope(t *testing.T) {
	top := t.TempDir()
	write := func(rel, content string) { writeFile(t, top, rel, content) }
	write("errcodes.yaml", "version: 1\n")
	write("mod/go.mod", "module m\n")
	write("mod/api/errcodes.yaml", "version: 1\n")
	write("mod/testdata/svc/errcodes.yaml", "version: 1\n")
	write("mod/vendor/x/errcodes.yaml", "version: 1\n")
	write("mod/.hidden/errcodes.yaml", "version: 1\n")
	got := catalog.ConfigsInScope(filepath.Join(top, "mod"))
	want := []string{
		filepath.Join(top, "errcodes.yaml"),
		filepath.Join(top, "mod/api/errcodes.yaml"),
		filepath.Join(top, "mod/testdata/svc/errcodes.yaml"),
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ConfigsInScope = %q, want %q", got, want)
	}
}

// The fingerprint of a set of configs changes with any catalog file they
// name, and with a broken config's bytes.
func TestFingerprintConfigs(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "errcodes.yaml")
	os.WriteFile(path, []byte("version: 1\ncatalog: [errors.yaml]\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "errors.yaml"), []byte("codes: []\n"), 0o644)
	a := catalog.FingerprintConfigs([]string{path})
	if b := catalog.FingerprintConfigs([]string{path}); !bytes.Equal(a, b) {
		t.Error("fingerprint is not deterministic")
	}
	os.WriteFile(filepath.Join(dir, "errors.yaml"), []byte("codes: [{code: x}]\n"), 0o644)
	b := catalog.FingerprintConfigs([]string{path})
	if bytes.Equal(a, b) {
		t.Error("fingerprint did not change with the catalog file")
	}
	os.WriteFile(path, []byte("version: 1\ncatalog: [errors.yaml]\nbroken: x\n"), 0o644)
	c := catalog.FingerprintConfigs([]string{path})
	os.WriteFile(path, []byte("version: 1\ncatalog: [errors.yaml]\nbroken: y\n"), 0o644)
	if d := catalog.FingerprintConfigs([]string{path}); bytes.Equal(c, d) || bytes.Equal(b, c) {
		t.Error("fingerprint did not change with a broken config's bytes")
	}
}

// A run from a directory with a config of its own may check packages that
// the config above its module governs, and the packages of every module
// its go.work uses or that go.mod replaces with a directory.
func TestConfigsInScopeWorkspace(t *testing.T) {
	t.Setenv("GOWORK", "")
	top := t.TempDir()
	write := func(rel, content string) { writeFile(t, top, rel, content) }
	write("ws/errcodes.yaml", "version: 1\n")
	write("ws/go.work", "go 1.22\n\nuse (\n\t./svc\n\t../shared\n)\n")
	write("ws/svc/go.mod", "module example.com/svc\n\ngo 1.22\n\nreplace example.com/lib => ../../lib\n")
	write("ws/svc/api/errcodes.yaml", "version: 1\n")
	write("shared/go.mod", "module example.com/shared\n")
	write("shared/billing/errcodes.yaml", "version: 1\n")
	write("lib/go.mod", "module example.com/lib\n")
	write("lib/errcodes.yaml", "version: 1\n")
	write("unrelated/errcodes.yaml", "version: 1\n")
	got := catalog.ConfigsInScope(filepath.Join(top, "ws/svc/api"))
	want := []string{
		filepath.Join(top, "lib/errcodes.yaml"),
		filepath.Join(top, "shared/billing/errcodes.yaml"),
		filepath.Join(top, "ws/errcodes.yaml"),
		filepath.Join(top, "ws/svc/api/errcodes.yaml"),
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ConfigsInScope = %q, want %q", got, want)
	}
	t.Setenv("GOWORK", "off")
	got = catalog.ConfigsInScope(filepath.Join(top, "ws/svc/api"))
	want = []string{
		filepath.Join(top, "lib/errcodes.yaml"),
		filepath.Join(top, "ws/errcodes.yaml"),
		filepath.Join(top, "ws/svc/api/errcodes.yaml"),
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("with GOWORK=off, ConfigsInScope = %q, want %q", got, want)
	}
}

// writeFile writes content to root/rel, making its directories.
func writeFile(t *testing.T, root, rel, content string) {
	t.Helper()
	p := filepath.Join(root, rel)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}
