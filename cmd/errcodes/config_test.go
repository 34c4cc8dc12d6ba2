package main_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/errcodes/errcodes/internal/testmod"
)

// An empty -config= (an unset variable in a CI script) is an error, not
// "the nearest errcodes.yaml": with none, errcodes would check nothing
// and pass. Standalone it is a usage error; under go vet, one line for
// each package go vet starts errcodes on, without the usage.
func TestEmptyConfigFlag(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module example.com/cart\n\ngo 1.22\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "cart.go"), []byte("// Package cart keeps carts.\npackage cart\n\n// Size is a cart's size.\nfunc Size(items []string) int { return len(items) }\n"), 0o644)
	const msg = "empty path; name an errcodes.yaml, or leave -config out"

	out, code := run(t, dir, errcodesBin, "-config=", "./...")
	if code != 2 || !strings.Contains(out, `invalid value "" for flag -config: `+msg) {
		t.Errorf("errcodes -config= ./...: exit %d, want 2 and the flag's error\n%s", code, out)
	}
	out, code = run(t, dir, "go", "vet", "-vettool="+errcodesBin, "-config=", "./...")
	if code != 1 || !strings.Contains(out, "errcodes: -config: "+msg) || strings.Contains(out, "Usage") {
		t.Errorf("go vet -config=: exit %d, want 1 and one line, no usage\n%s", code, out)
	}
}

// catalog show prints the docs' text: a terminal escape in a code is
// shown as one, not sent to the terminal.
func TestCatalogShowQuotesControlCharacters(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "errors.yaml")
	os.WriteFile(path, []byte("codes:\n  - code: \"gone\\e[2J\"\n    status: 410\n    endpoints: [\"Get\\aOrder\"]\n"), 0o644)
	out, code := run(t, dir, errcodesBin, "catalog", "show", path)
	if code != 0 || strings.ContainsAny(out, "\x1b\x07") || !strings.Contains(out, `gone\x1b[2J`) || !strings.Contains(out, `Get\aOrder`) {
		t.Errorf("catalog show: exit %d, want the code and endpoint with their escapes shown\n%q", code, out)
	}
}

// catalog lint lists problems in file order, warnings and placeholders
// mixed; catalog show prints the warnings it counts.
func TestCatalogLintOrderAndShowWarnings(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "errcodes.yaml"), []byte("version: 1\ncatalog: [errors.md]\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "errors.md"), []byte(`### Order
    - Paid Order
        - error_code: ? | error_message: ?
        - error_message: Order not found
        - error_code: already_paid | error_message: ?
`), 0o644)
	out, code := runLint(t, dir)
	want := `errors.md:3: unresolved placeholder: code "?" for endpoint "Paid Order"
errors.md:4: entry has no code
errors.md:5: unresolved placeholder: code "already_paid" has message "?" for endpoint "Paid Order"
`
	if code != 1 || out != want {
		t.Errorf("catalog lint: exit %d\n%s\nwant exit 1 and:\n%s", code, out, want)
	}
	out, code = run(t, dir, errcodesBin, "catalog", "show")
	if code != 0 || !strings.Contains(out, "warning: errors.md:4: entry has no code\n") || !strings.Contains(out, "1 warnings") {
		t.Errorf("catalog show: exit %d, does not print the warning it counts:\n%s", code, out)
	}
}

// An emitter whose package is not in the build (written without the
// module path, or misspelt) is an error naming it, its position and the
// closest package; one that matches nothing in a whole-program run is a
// warning.
func TestEmitterPackageMissing(t *testing.T) {
	const real = "github.com/errcodes/errcodes/testdata/shop/apierr.Write"
	// One copy of the shop, whose config each case edits: a new copy
	// would compile its packages again for their export data.
	dir := testmod.Copy(t, "shop")
	cfg := filepath.Join(dir, "errcodes.yaml")
	emitter := real
	for i, tc := range []struct{ emitter, want string }{
		{"apierr.Write", "errcodes.yaml:9:5: emitter apierr.Write: no package apierr in the build; did you mean github.com/errcodes/errcodes/testdata/shop/apierr?"},
		{"github.com/errcodes/errcodes/testdata/shop/apierrs.Write", "errcodes.yaml:9:5: emitter github.com/errcodes/errcodes/testdata/shop/apierrs.Write: no package github.com/errcodes/errcodes/testdata/shop/apierrs in the build; did you mean github.com/errcodes/errcodes/testdata/shop/apierr?"},
	} {
		edit(t, cfg, "func: "+emitter, "func: "+tc.emitter)
		emitter = tc.emitter
		drivers := [][]string{{"./..."}, {"audit"}, {"vet"}}
		if i > 0 {
			drivers = drivers[:1] // the same check: one driver is enough
		}
		for _, args := range drivers {
			var out string
			var code int
			if args[0] == "vet" {
				// go vet asks -V=full once, before any package: it stops there.
				out, code = run(t, dir, "go", "vet", "-vettool="+errcodesBin, "./...")
			} else {
				out, code = run(t, dir, errcodesBin, args...)
			}
			if code != 1 || strings.Count(out, tc.want) != 1 {
				t.Errorf("%s with emitter %s: exit %d, want 1 with, once,\n\t%s\noutput:\n%s", args[0], tc.emitter, code, tc.want, out)
			}
		}
	}

	edit(t, cfg, "func: "+emitter, "func: "+real)
	data, _ := os.ReadFile(cfg)
	os.WriteFile(cfg, append(data, "  - func: github.com/errcodes/errcodes/testdata/shop/apierr.Gone\n    code: 1\n"...), 0o644)
	os.WriteFile(filepath.Join(dir, "apierr", "gone.go"), []byte("package apierr\n\nimport \"net/http\"\n\n// Gone writes a 410 error; nothing calls it.\nfunc Gone(w http.ResponseWriter, code string) { Write(w, http.StatusGone, code, \"Gone\") }\n"), 0o644)
	const warning = "warning: errcodes.yaml:17:5: emitter github.com/errcodes/errcodes/testdata/shop/apierr.Gone matched no call or literal in the packages loaded"
	for _, args := range [][]string{{"./..."}, {"audit"}} {
		out, code := run(t, dir, errcodesBin, args...)
		if strings.Count(out, warning) != 1 || code == 1 {
			t.Errorf("errcodes %s with an emitter nothing calls: exit %d, want one warning\n\t%s\noutput:\n%s", args[0], code, warning, out)
		}
	}
}
