package load_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/errcodes/errcodes/internal/load"
	"github.com/errcodes/errcodes/internal/testmod"
	"golang.org/x/tools/go/packages"
)

// TestProgram loads one package of an example service: it, and the
// module's packages it imports, come from source; net/http from export
// data; and Prune leaves the source packages' imports among themselves.
func TestProgram(t *testing.T) {
	cfg := &packages.Config{Dir: testmod.Root(t), Mode: packages.NeedName} // Mode is ignored
	roots, all, err := load.Program(cfg, "./testdata/shop/orders")
	if err != nil {
		t.Fatal(err)
	}
	const shop = "github.com/errcodes/errcodes/testdata/shop/"
	if len(roots) != 1 || roots[0].PkgPath != shop+"orders" {
		t.Fatalf("roots %v, want [%sorders]", roots, shop)
	}
	fromSource := make(map[string]bool)
	for _, p := range all {
		if len(p.Syntax) == 0 || p.TypesInfo == nil {
			t.Errorf("%s: not loaded from source", p.ID)
		}
		fromSource[p.PkgPath] = true
	}
	for _, want := range []string{"orders", "apierr", "respond"} {
		if !fromSource[shop+want] {
			t.Errorf("%s%s not loaded from source (all: %v)", shop, want, all)
		}
	}
	if fromSource["net/http"] {
		t.Error("net/http loaded from source")
	}
	if http := roots[0].Imports["net/http"]; http == nil || http.Types == nil || len(http.Syntax) > 0 {
		t.Errorf("net/http: %v, want a package from export data", http)
	}

	load.Prune(all)
	for path := range roots[0].Imports {
		if !strings.HasPrefix(path, shop) {
			t.Errorf("orders still imports %s after Prune", path)
		}
	}
	if len(roots[0].Imports) != 2 {
		t.Errorf("orders imports %d packages after Prune, want apierr and respond", len(roots[0].Imports))
	}
}

// TestProgramCompileErrors checks that a package that does not compile
// has its errors once: go/types', not again as go list -export's
// compiler output.
func TestProgramCompileErrors(t *testing.T) {
	dir := t.TempDir()
	for name, content := range map[string]string{
		"go.mod": "module example.com/broken\n\ngo 1.22\n",
		"a/a.go": "package a\n\nfunc F() int { return \"x\" }\n",
		"b/b.go": "package b\n\nimport \"example.com/broken/a\"\n\nvar _ = a.F\n",
	} {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	roots, all, err := load.Program(&packages.Config{Dir: dir}, "./b")
	if err != nil {
		t.Fatal(err)
	}
	if len(roots) != 1 || len(all) != 2 {
		t.Fatalf("roots %v, all %v; want b, and a and b", roots, all)
	}
	a := roots[0].Imports["example.com/broken/a"]
	if a == nil || len(a.Errors) != 1 || a.Errors[0].Kind != packages.TypeError || !a.IllTyped || !roots[0].IllTyped {
		t.Errorf("package a: %+v; want one type error, and both ill-typed", a)
	}
}
