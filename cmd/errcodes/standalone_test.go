package main_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// The standalone driver loads only the main module's packages from
// source; these tests hold it to go vet, which analyses every package,
// and to singlechecker's command line, which it replaces.

// diagnosticLine matches a finding as errcodes and go vet print it.
var diagnosticLine = regexp.MustCompile(`^\S+\.go:\d+:\d+: `)

// findings returns the sorted, distinct findings in Go files in out,
// with paths relative to root: not the lines of related information,
// which point into catalogs.
func findings(out, root string) []string {
	var list []string
	for _, l := range strings.Split(out, "\n") {
		l = strings.TrimPrefix(strings.TrimSpace(l), "./")
		l = strings.TrimPrefix(l, root+string(filepath.Separator))
		if diagnosticLine.MatchString(l) {
			list = append(list, filepath.ToSlash(l))
		}
	}
	slices.Sort(list)
	return slices.Compact(list)
}

// TestStandaloneMatchesVet checks every example service under testdata/
// with want.txt standalone and under go vet, which runs the analyzer on
// every package, with facts from all: both must find the same.
func TestStandaloneMatchesVet(t *testing.T) {
	root := repoRoot(t)
	vetOut, vetCode := runExamples(t, true)
	out, code := runExamples(t, false)
	vet, got := findings(vetOut, root), findings(out, root)
	if vetCode != 1 || len(vet) == 0 {
		t.Fatalf("go vet: exit %d, %d findings, want exit 1 and findings:\n%s", vetCode, len(vet), vetOut)
	}
	if code != 3 {
		t.Errorf("standalone: exit %d, want 3", code)
	}
	if strings.Join(got, "\n") != strings.Join(vet, "\n") {
		t.Errorf("standalone findings:\n%s\n\ngo vet findings:\n%s", strings.Join(got, "\n"), strings.Join(vet, "\n"))
	}
}

// TestStandaloneModuleImports checks one package of an example whose
// handlers answer through a wrapper in another package of the module:
// that package is not named, but is loaded from source for its facts.
func TestStandaloneModuleImports(t *testing.T) {
	root := repoRoot(t)
	var want []string
	for _, w := range readWant(t, filepath.Join(root, "testdata/shop/want.txt")) {
		if strings.HasPrefix(w, "testdata/shop/orders/") {
			want = append(want, w)
		}
	}
	if !strings.Contains(strings.Join(want, "\n"), "(by respond.NotFound)") {
		t.Fatal("testdata/shop/want.txt has no finding through the respond.NotFound wrapper")
	}
	slices.Sort(want)
	out, code := run(t, root, errcodesBin, "./testdata/shop/orders")
	if got := findings(out, root); code != 3 || strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("exit %d, findings:\n%s\nwant exit 3 and:\n%s", code, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// writeModule writes files, by slash-separated path, into a new
// directory and returns it.
func writeModule(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// cartModule is a module whose one handler returns a documented code
// with its documented status, with a test file as given.
func cartModule(t *testing.T, test string) string {
	return writeModule(t, map[string]string{
		"go.mod":           "module example.com/cart\n\ngo 1.22\n",
		"errcodes.yaml":    "version: 1\ncatalog: [docs/errors.yaml]\nemitters:\n  - func: example.com/cart/api.fail\n    code: code\n    status: status\n",
		"docs/errors.yaml": "codes:\n  - code: out_of_stock\n    status: 409\n",
		"api/cart.go": `package api

import "net/http"

func fail(w http.ResponseWriter, status int, code string) {
	w.WriteHeader(status)
	w.Write([]byte(code))
}

// AddItem serves POST /cart/items.
func AddItem(w http.ResponseWriter, r *http.Request) {
	fail(w, http.StatusConflict, "out_of_stock")
}
`,
		"api/cart_test.go": test,
	})
}

// TestStandaloneExitStatus checks singlechecker's exit statuses: 0 when
// nothing is found, 1 when a package does not load, 3 when there are
// findings (0 with -json or -fix), 2 for a bad flag.
func TestStandaloneExitStatus(t *testing.T) {
	root := repoRoot(t)
	clean := cartModule(t, "package api\n\nimport \"testing\"\n\nfunc TestAddItem(t *testing.T) {}\n")
	brokenTest := cartModule(t, "package api\n\nfunc helper() int { return \"x\" }\n")
	for _, tc := range []struct {
		dir  string
		args []string
		code int
		out  string // a line the output has
	}{
		{clean, []string{"./..."}, 0, ""},
		{root, []string{"./testdata/shop/..."}, 3, `testdata/shop/orders/orders.go:49:19: code "already_paid"`},
		{root, []string{"-json", "./testdata/shop/..."}, 0, `"category": "status"`},
		{root, []string{"-c=1", "./testdata/shop/orders"}, 3, "49\t\t\t" + `apierr.Write(w, http.StatusBadRequest, "already_paid", "Order already paid")`},
		// A type error in a test file fails the package's test variant,
		// unless -test=false leaves tests out.
		{brokenTest, []string{"./..."}, 1, `api/cart_test.go:3:28: cannot use "x"`},
		{brokenTest, []string{"-test=false", "./..."}, 0, ""},
		{clean, []string{"./nothing/..."}, 1, "lstat ./nothing/: no such file or directory"},
		{clean, []string{"-nosuchflag", "./..."}, 2, "flag provided but not defined: -nosuchflag"},
		{clean, nil, 2, "Usage:\n  errcodes [flags] [packages]"},
	} {
		var out string
		var code int
		if tc.dir == root { // the examples, as other tests run them
			stdout, stderr, c := runShared(t, root, errcodesBin, tc.args...)
			out, code = stdout+stderr, c
		} else {
			out, code = run(t, tc.dir, errcodesBin, tc.args...)
		}
		if code != tc.code || !strings.Contains(out, tc.out) {
			t.Errorf("errcodes %s: exit %d, want %d with %q; output:\n%s", strings.Join(tc.args, " "), code, tc.code, tc.out, out)
		}
	}
}

// TestStandaloneLoadErrors checks what is printed for packages that do
// not type-check, as singlechecker prints it: go/packages' errors, once
// (not again as go list's compiler output), then the analyses that could
// not run, in text and in JSON.
func TestStandaloneLoadErrors(t *testing.T) {
	dir := writeModule(t, map[string]string{
		"go.mod":        "module example.com/broken\n\ngo 1.22\n",
		"errcodes.yaml": "version: 1\n",
		"a/a.go":        "package a\n\nfunc F() int { return \"x\" }\n",
		"b/b.go":        "package b\n\nimport \"example.com/broken/a\"\n\nfunc G() int { return a.F() }\n",
		"c/c.go":        "package c\n\nimport \"example.com/nowhere/x\"\n\nvar _ = x.Y\n",
	})
	// b alone: a is loaded from source, as a module package b imports.
	out, code := run(t, dir, errcodesBin, "./b")
	want := `a/a.go:3:23: cannot use "x" (untyped string constant) as int value in return statement` + "\n" +
		"errcodes: analysis skipped due to errors in package\n" +
		"errcodes: failed prerequisites: errcodes@example.com/broken/a\n"
	if code != 1 || out != want {
		t.Errorf("errcodes ./b: exit %d, output:\n%s\nwant exit 1 and:\n%s", code, out, want)
	}

	out, code = run(t, dir, errcodesBin, "./...")
	if code != 1 || strings.Count(out, `cannot use "x"`) != 1 || strings.Contains(out, "-: #") ||
		!strings.Contains(out, "no required module provides package example.com/nowhere/x") ||
		!strings.Contains(out, "errcodes: failed prerequisites: errcodes@example.com/nowhere/x") {
		t.Errorf("errcodes ./...: exit %d, output:\n%s", code, out)
	}

	stdout, _, code := runSplit(t, dir, "-json", "./...")
	var tree map[string]map[string]struct {
		Error string `json:"error"`
	}
	if err := json.Unmarshal([]byte(stdout), &tree); err != nil {
		t.Fatalf("-json: %v\n%s", err, stdout)
	}
	wantErrs := map[string]string{
		"example.com/broken/a":  "analysis skipped due to errors in package",
		"example.com/broken/b":  "failed prerequisites: errcodes@example.com/broken/a",
		"example.com/broken/c":  "failed prerequisites: errcodes@example.com/nowhere/x",
		"example.com/nowhere/x": "analysis skipped due to errors in package",
	}
	for pkg, msg := range wantErrs {
		if got := tree[pkg]["errcodes"].Error; got != msg {
			t.Errorf("-json: %s: error %q, want %q", pkg, got, msg)
		}
	}
	if code != 1 || len(tree) != len(wantErrs) {
		t.Errorf("-json: exit %d, want 1; output:\n%s", code, stdout)
	}
}
