package main_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/errcodes/errcodes/internal/testmod"
)

// The end-to-end tests build the errcodes binary once and run it the ways
// users do: standalone, under go vet, with -json and -fix, and the
// catalog commands.

var errcodesBin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "errcodes-e2e")
	if err != nil {
		panic(err)
	}
	errcodesBin = filepath.Join(dir, "errcodes")
	if runtime.GOOS == "windows" {
		errcodesBin += ".exe"
	}
	// go run keeps the binaries it links in the build cache, where go
	// build links again every time: with -exec cp it copies errcodes out
	// of the cache, linked only when the code changed, instead of
	// running it.
	build := exec.Command("go", "run", "-exec", "cp", ".", errcodesBin)
	if runtime.GOOS == "windows" {
		build = exec.Command("go", "build", "-o", errcodesBin, ".")
	}
	if out, err := build.CombinedOutput(); err != nil {
		os.Stderr.Write(out)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// repoRoot is the module root, two levels above this package.
func repoRoot(t *testing.T) string {
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	return root
}

// run runs name with args in dir and returns its combined output with
// dir's path removed, and its exit code.
func run(t *testing.T, dir, name string, args ...string) (string, int) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	code := 0
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		code = exit.ExitCode()
	} else if err != nil {
		t.Fatalf("%s %s: %v", name, strings.Join(args, " "), err)
	}
	text := strings.ReplaceAll(string(out), dir+string(filepath.Separator), "")
	return text, code
}

func readWant(t *testing.T, path string) []string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(strings.TrimSpace(string(data)), "\n")
}

func lines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			out = append(out, l)
		}
	}
	return out
}

// examples returns the names of the example services under testdata/
// that have a want.txt.
func examples(t *testing.T) []string {
	t.Helper()
	wants, err := filepath.Glob(filepath.Join(repoRoot(t), "testdata", "*", "want.txt"))
	if err != nil || len(wants) == 0 {
		t.Fatalf("no testdata/*/want.txt: %v", err)
	}
	var names []string
	for _, w := range wants {
		names = append(names, filepath.Base(filepath.Dir(w)))
	}
	return names
}

// runExamples runs errcodes standalone, or go vet with errcodes (vet),
// on every example at once from the repository's root, with runShared:
// one run for all, as each is slow to start, whose output several tests
// check. It returns the output, stdout then stderr, and the exit code.
func runExamples(t *testing.T, vet bool) (string, int) {
	t.Helper()
	var args []string
	for _, name := range examples(t) {
		args = append(args, "./testdata/"+name+"/...")
	}
	name := errcodesBin
	if vet {
		name, args = "go", append([]string{"vet", "-vettool=" + errcodesBin}, args...)
	}
	stdout, stderr, code := runShared(t, repoRoot(t), name, args...)
	return stdout + stderr, code
}

// A sharedRun is the result of a command that runShared ran.
type sharedRun struct {
	once           sync.Once
	stdout, stderr string
	code           int
	err            error
}

// sharedRuns holds a *sharedRun for each directory and command line.
var sharedRuns sync.Map

// runShared runs name with args in dir, like run, once per test binary
// however many tests ask: for commands that change nothing (on the
// examples under testdata/), whose output several tests check. It
// returns the standard output and error apart, with dir's path removed,
// and the exit code.
func runShared(t *testing.T, dir, name string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	key := strings.Join(append([]string{dir, name}, args...), "\x00")
	v, _ := sharedRuns.LoadOrStore(key, new(sharedRun))
	r := v.(*sharedRun)
	r.once.Do(func() {
		r.stdout, r.stderr, r.code, r.err = execSplit(dir, name, args...)
		r.stdout = strings.ReplaceAll(r.stdout, dir+string(filepath.Separator), "")
		r.stderr = strings.ReplaceAll(r.stderr, dir+string(filepath.Separator), "")
	})
	if r.err != nil {
		t.Fatalf("%s %s: %v", name, strings.Join(args, " "), r.err)
	}
	return r.stdout, r.stderr, r.code
}

// TestExamples runs errcodes standalone on every example service under
// testdata/ and compares its findings with the service's want.txt,
// exactly: the lines under testdata/<name>/ of one run on them all.
func TestExamples(t *testing.T) {
	root := repoRoot(t)
	out, code := runExamples(t, false)
	got := lines(out)
	claimed, wantCode := 0, 0
	for _, name := range examples(t) {
		wantFile := filepath.Join(root, "testdata", name, "want.txt")
		want := readWant(t, wantFile)
		if len(want) == 1 && want[0] == "" {
			want = nil
		}
		if len(want) > 0 {
			wantCode = 3
		}
		var mine []string
		for _, l := range got {
			if strings.HasPrefix(l, "testdata/"+name+"/") {
				mine = append(mine, l)
			}
		}
		claimed += len(mine)
		t.Run(name, func(t *testing.T) {
			if strings.Join(mine, "\n") != strings.Join(want, "\n") {
				t.Errorf("output:\n%s\nwant (%s):\n%s", strings.Join(mine, "\n"), wantFile, strings.Join(want, "\n"))
			}
		})
	}
	if claimed != len(got) {
		t.Errorf("output has lines of no example:\n%s", out)
	}
	if code != wantCode {
		t.Errorf("exit code %d, want %d\n%s", code, wantCode, out)
	}
}

// TestGoVet checks the shop's findings in go vet's output, from its run
// on every example.
func TestGoVet(t *testing.T) {
	root := repoRoot(t)
	out, code := runExamples(t, true)
	if code != 1 {
		t.Errorf("exit code %d, want 1\n%s", code, out)
	}
	got := lines(out)
	for _, w := range readWant(t, filepath.Join(root, "testdata/shop/want.txt")) {
		found := false
		for _, g := range got {
			found = found || strings.HasSuffix(g, w)
		}
		if !found {
			t.Errorf("go vet output lacks %q:\n%s", w, out)
		}
	}
}

func TestJSON(t *testing.T) {
	root := repoRoot(t)
	out, code := run(t, root, errcodesBin, "-json", "./testdata/shop/orders")
	if code != 0 {
		t.Fatalf("exit code %d, want 0 with -json\n%s", code, out)
	}
	var result map[string]map[string][]struct {
		Category string `json:"category"`
		Posn     string `json:"posn"`
		Message  string `json:"message"`
	}
	if err := json.Unmarshal([]byte(out), &result); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	counts := make(map[string]int)
	for _, d := range result["github.com/errcodes/errcodes/testdata/shop/orders"]["errcodes"] {
		counts[d.Category]++
	}
	want := map[string]int{"undocumented": 4, "status": 3, "placeholder": 1, "endpoint-placeholder": 1, "directive": 1, "endpoint": 1, "message": 1}
	for cat, n := range want {
		if counts[cat] != n {
			t.Errorf("%d %s diagnostics, want %d (all: %v)", counts[cat], cat, n, counts)
		}
	}
}

// TestFix checks -fix -diff and -fix on a copy of the shop. -fix -diff
// prints a diff, with a/ and b/ paths from the working directory (there
// is no git work tree above it yet), writes nothing, and exits 0. -fix
// writes the same fixes, after which -fix -diff prints nothing, and what
// is left has no single right fix.
func TestFix(t *testing.T) {
	dir := testmod.Copy(t, "shop")
	file := filepath.Join(dir, "orders", "orders.go")
	before, _ := os.ReadFile(file)
	diff, _, code := runSplit(t, dir, "-fix", "-diff", "./...")
	after, _ := os.ReadFile(file)
	if code != 0 || string(after) != string(before) {
		t.Errorf("-fix -diff: exit %d (want 0), file changed: %v", code, string(after) != string(before))
	}
	if !strings.HasPrefix(diff, "--- a/orders/orders.go\n+++ b/orders/orders.go\n@@ -") {
		t.Errorf("-fix -diff output does not start with the diff of %s:\n%s", file, diff)
	}
	for _, want := range []string{
		`+		apierr.Write(w, http.StatusNotFound, "invalid_order_number", "Order not found")`,
		`+		apierr.Write(w, http.StatusConflict, "already_paid", "Order already paid")`,
		`+		return &apierr.Error{Status: http.StatusConflict, Code: "order_already_canceled", Message: "Order already canceled"}`,
		`+		apierr.Write(w, http.StatusNotFound, "invalid_order_number", "Order not found")`,
	} {
		if !strings.Contains(diff, want) {
			t.Errorf("-fix -diff output lacks %q:\n%s", want, diff)
		}
	}
	// The diff's labels are a/ and b/ paths from the top of the work
	// tree, and its hunk headers right: git apply takes it, also when
	// errcodes ran in a subdirectory.
	if _, err := exec.LookPath("git"); err == nil {
		if out, err := exec.Command("git", "-C", dir, "init", "-q").CombinedOutput(); err != nil {
			t.Fatalf("git init: %v\n%s", err, out)
		}
		sub, _ := run(t, filepath.Join(dir, "orders"), errcodesBin, "-fix", "-diff", "./...")
		for _, d := range []string{diff, sub} {
			if !strings.HasPrefix(d, "--- a/orders/orders.go\n+++ b/orders/orders.go\n") {
				t.Errorf("-fix -diff labels are not a/ and b/ paths from the work tree's top:\n%.200s", d)
			}
			apply := exec.Command("git", "apply", "--check", "-")
			apply.Dir, apply.Stdin = dir, strings.NewReader(d)
			if out, err := apply.CombinedOutput(); err != nil {
				t.Errorf("git apply --check of the -fix -diff output: %v\n%s", err, out)
			}
		}
	}
	// The same fixes, written.
	if out, code := run(t, dir, errcodesBin, "-fix", "./..."); code != 0 || out != "" {
		t.Errorf("-fix: exit %d, output:\n%s", code, out)
	}
	if again, _, _ := runSplit(t, dir, "-fix", "-diff", "./..."); again != "" {
		t.Errorf("-fix -diff after -fix still changes:\n%s", again)
	}
	out, _ := run(t, dir, errcodesBin, "./...")
	got := lines(out)
	// What is left has no single right fix: codes nobody documented and
	// the handler whose docs say "?".
	want := []string{
		`apierr/apierr.go:31:43: code "internal_error" is not in the catalog`,
		`orders/orders.go:87:66: message "?" is an unresolved placeholder`,
		`orders/orders.go:89:40: code "order_completed" is not in the catalog`,
		`orders/orders.go:89:86: errcodes:ignore needs a reason: //errcodes:ignore why this finding is wrong or accepted`,
		`orders/orders.go:98:1: endpoint "Get Order Details" has an unresolved "?" entry (docs/errors.yaml:22); Details returns "invalid_order_number" (404), "order_not_paid" (409)`,
		"docs/errors.yaml:22:5: \tdocumented here",
		`orders/orders.go:106:40: code "order_not_paid" is not in the catalog`,
		`orders/orders.go:119:23: code "order_already_canceled" is documented with status 409 Conflict (docs/errors.yaml:15) but returned with 404 Not Found (by respond.NotFound)`,
		"docs/errors.yaml:15:5: \tdocumented here",
		`orders/orders.go:137:54: code "out_of_stock" is not in the catalog`,
		`orders/orders.go:147:40: code "invalid_order_number" is not documented for endpoint "Get Order" (only for "Paid Order", "Complete Order", "Cancel Order")`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("after -fix:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestVetCache proves that editing a catalog file changes the next go vet
// result. go vet caches results keyed by the tool's -V=full answer and
// the package's files; it does not see files the tool reads by itself.
func TestVetCache(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) { writeFile(t, dir, name, content) }
	write("go.mod", "module example.com/cart\n\ngo 1.22\n")
	write("errcodes.yaml", "version: 1\ncatalog: [docs/errors.yaml]\nemitters:\n  - func: example.com/cart/api.fail\n    code: code\n    status: status\n")
	write("docs/errors.yaml", "codes:\n  - code: out_of_stock\n    status: 409\n")
	// The package imports nothing, so that go vet runs errcodes on it
	// alone, not on net/http's 180 dependencies too: what is tested is
	// the cache, and each edit below makes it miss for every package.
	write("api/cart.go", cartHandler)
	vet := func() (string, int) { return run(t, dir, "go", "vet", "-vettool="+errcodesBin, "./...") }
	if out, code := vet(); code != 0 {
		t.Fatalf("first go vet: exit %d, want 0\n%s", code, out)
	}
	// The docs change the status; the code did not change.
	write("docs/errors.yaml", "codes:\n  - code: out_of_stock\n    status: 410\n")
	out, code := vet()
	want := `code "out_of_stock" is documented with status 410 Gone (docs/errors.yaml:3) but returned with 409 Conflict`
	if code != 1 || !strings.Contains(out, want) {
		t.Fatalf("go vet after editing the catalog: exit %d, output:\n%s\nwant %q (a stale cached result?)", code, out, want)
	}
	// And the config itself: dropping the emitter silences the finding.
	write("errcodes.yaml", "version: 1\ncatalog: [docs/errors.yaml]\n")
	if out, code := vet(); code != 0 {
		t.Fatalf("go vet after editing errcodes.yaml: exit %d, want 0\n%s", code, out)
	}
}

// cartHandler is a package of module example.com/cart whose one handler
// returns out_of_stock with 409; it imports nothing, so that go vet runs
// errcodes on it alone.
const cartHandler = `package api

// A Response is what a handler answers: a status and an error code.
type Response struct {
	Status int
	Code   string
}

func fail(w *Response, status int, code string) {
	w.Status, w.Code = status, code
}

// AddItem serves POST /cart/items.
func AddItem(w *Response) {
	fail(w, 409, "out_of_stock")
}
`

// TestVetCacheLayouts proves, for each layout where the config a package
// uses lies outside the module go vet runs in, that editing its catalog
// changes the next go vet result: go vet's cache key must cover it.
func TestVetCacheLayouts(t *testing.T) {
	if runtime.GOOS != "linux" && runtime.GOOS != "darwin" {
		t.Skip("go vet -config is seen through the go command's arguments on Linux and macOS only")
	}
	const (
		cfg    = "version: 1\ncatalog: [docs/errors.yaml]\nemitters:\n  - func: example.com/cart/api.fail\n    code: code\n    status: status\n"
		doc409 = "codes:\n  - code: out_of_stock\n    status: 409\n"
		doc410 = "codes:\n  - code: out_of_stock\n    status: 410\n"
		want   = `code "out_of_stock" is documented with status 410 Gone (docs/errors.yaml:3) but returned with 409 Conflict`
	)
	tests := []struct {
		name    string
		files   map[string]string
		wd      string   // where go vet runs
		args    []string // after -vettool
		catalog string   // the catalog file to edit
	}{{
		name: "-config outside the module",
		files: map[string]string{
			"shared/errcodes.yaml":    cfg,
			"shared/docs/errors.yaml": doc409,
			"cart/go.mod":             "module example.com/cart\n\ngo 1.22\n",
			"cart/api/cart.go":        cartHandler,
		},
		wd:      "cart",
		args:    []string{"-config=${TOP}/shared/errcodes.yaml", "./..."},
		catalog: "shared/docs/errors.yaml",
	}, {
		// The config above the module governs api; go vet runs in a
		// directory of the module with a config of its own.
		name: "a subdirectory's config, and one above the module",
		files: map[string]string{
			"errcodes.yaml":            cfg,
			"docs/errors.yaml":         doc409,
			"cart/go.mod":              "module example.com/cart\n\ngo 1.22\n",
			"cart/api/cart.go":         cartHandler,
			"cart/tools/errcodes.yaml": "version: 1\n",
			"cart/tools/gen/gen.go":    "// Package gen generates nothing yet.\npackage gen\n",
		},
		wd:      "cart/tools",
		args:    []string{"example.com/cart/..."},
		catalog: "docs/errors.yaml",
	}, {
		name: "a go.work workspace",
		files: map[string]string{
			"go.work":               "go 1.22\n\nuse (\n\t./web\n\t./cart\n)\n",
			"web/go.mod":            "module example.com/web\n\ngo 1.22\n",
			"web/web.go":            "// Package web serves the pages.\npackage web\n",
			"cart/go.mod":           "module example.com/cart\n\ngo 1.22\n",
			"cart/errcodes.yaml":    cfg,
			"cart/docs/errors.yaml": doc409,
			"cart/api/cart.go":      cartHandler,
		},
		wd:      "web",
		args:    []string{"example.com/cart/..."},
		catalog: "cart/docs/errors.yaml",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			top := t.TempDir()
			write := func(name, content string) { writeFile(t, top, name, content) }
			for name, content := range tt.files {
				write(name, content)
			}
			args := []string{"vet", "-vettool=" + errcodesBin}
			for _, a := range tt.args {
				args = append(args, strings.ReplaceAll(a, "${TOP}", top))
			}
			vet := func() (string, int) {
				t.Setenv("GOWORK", "")
				t.Setenv("GOFLAGS", "")
				return run(t, filepath.Join(top, tt.wd), "go", args...)
			}
			if out, code := vet(); code != 0 {
				t.Fatalf("first go vet: exit %d, want 0\n%s", code, out)
			}
			write(tt.catalog, doc410)
			if out, code := vet(); code != 1 || !strings.Contains(out, want) {
				t.Fatalf("go vet after editing %s: exit %d, output:\n%s\nwant %q (a stale cached result?)", tt.catalog, code, out, want)
			}
		})
	}
}

func TestVersionCoversConfig(t *testing.T) {
	dir := testmod.Copy(t, "shop")
	v1, _ := run(t, dir, errcodesBin, "-V=full")
	v2, _ := run(t, filepath.Join(dir, "orders"), errcodesBin, "-V=full")
	if v1 != v2 {
		t.Errorf("-V=full differs between the module root and a package directory:\n%s%s", v1, v2)
	}
	if err := os.WriteFile(filepath.Join(dir, "docs", "errors.yaml"), []byte("codes: []\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	v3, _ := run(t, dir, errcodesBin, "-V=full")
	if v3 == v1 {
		t.Errorf("-V=full did not change when the catalog changed: %s", v3)
	}
	if !strings.HasPrefix(v3, "errcodes version devel ") || !strings.Contains(v3, "buildID=") {
		t.Errorf("-V=full output %q is not in the form go vet expects", v3)
	}
}

func TestNoConfig(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module example.com/none\n\ngo 1.22\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "none.go"), []byte("// Package none does nothing.\npackage none\n"), 0o644)
	out, code := run(t, dir, errcodesBin, "./...")
	if code != 1 || !strings.Contains(out, "no errcodes.yaml") {
		t.Errorf("exit %d, output %q; want exit 1 and a message that there is no errcodes.yaml", code, out)
	}

	// Under go vet it says so once, whatever the number of packages, and
	// passes (the presets still check). Each run's code differs, so that
	// go vet runs errcodes rather than replay a cached result; the
	// packages import nothing, and none is a main package (which needs
	// the runtime's), so that go vet runs it on them alone.
	for _, p := range []string{"a", "b", "c"} {
		os.MkdirAll(filepath.Join(dir, p), 0o755)
		os.WriteFile(filepath.Join(dir, p, p+".go"), []byte(fmt.Sprintf("package %s\n\nconst run = %d\n", p, time.Now().UnixNano())), 0o644)
	}
	out, code = run(t, dir, "go", "vet", "-vettool="+errcodesBin, "./...")
	if code != 0 || strings.Count(out, "errcodes: no errcodes.yaml") != 1 {
		t.Errorf("go vet with no config: exit %d, output:\n%s\nwant exit 0 and the message once", code, out)
	}
	os.WriteFile(filepath.Join(dir, "a", "errcodes.yaml"), []byte("version: 1\n"), 0o644) // a config for a subtree
	os.WriteFile(filepath.Join(dir, "b", "b2.go"), []byte(fmt.Sprintf("package b\n\nconst again = %d\n", time.Now().UnixNano())), 0o644)
	if out, code = run(t, dir, "go", "vet", "-vettool="+errcodesBin, "./..."); code != 0 || out != "" {
		t.Errorf("go vet with a config in the module: exit %d, output:\n%s\nwant nothing", code, out)
	}
}

func TestBrokenConfigStopsRun(t *testing.T) {
	dir := testmod.Copy(t, "shop")
	cfg := filepath.Join(dir, "errcodes.yaml")
	data, _ := os.ReadFile(cfg)
	data = bytes.Replace(data, []byte("status: 409"), []byte("status: 4090"), 1)
	os.WriteFile(cfg, data, 0o644)
	// Reported once, before any package is loaded: no "failed
	// prerequisites", and under go vet not once per package (go vet
	// asks -V=full once, before it runs the tool on any package).
	const msg = "errcodes.yaml:7:5: status 4090 is not an HTTP status"
	out, code := run(t, dir, errcodesBin, "./...")
	if code != 1 || strings.Count(out, msg) != 1 || strings.Contains(out, "prerequisites") {
		t.Errorf("exit %d, want 1 with the config error once; output:\n%s", code, out)
	}
	out, code = run(t, dir, "go", "vet", "-vettool="+errcodesBin, "./...")
	if code == 0 || strings.Count(out, msg) != 1 {
		t.Errorf("go vet: exit %d, want the config error once; output:\n%s", code, out)
	}
}

func TestCatalogLint(t *testing.T) {
	root := repoRoot(t)
	out, code := run(t, root, errcodesBin, "catalog", "lint", "testdata/shop/errcodes.yaml")
	want := "testdata/shop/errcodes.yaml:3:11: catalog file testdata/shop/docs/errors.yaml\n" +
		`testdata/shop/docs/errors.yaml:22:5: unresolved placeholder: code "?" for endpoint "Get Order Details"` + "\n"
	if code != 1 || out != want {
		t.Errorf("catalog lint: exit %d, output:\n%s\nwant exit 1 and:\n%s", code, out, want)
	}

	dir := t.TempDir()
	clean := filepath.Join(dir, "errcodes.yaml")
	os.WriteFile(clean, []byte("version: 1\ncodes:\n  - code: out_of_stock\n    status: 409\n"), 0o644)
	if out, code := run(t, dir, errcodesBin, "catalog", "lint"); code != 0 {
		t.Errorf("catalog lint of a clean config: exit %d\n%s", code, out)
	}

	if out, code := run(t, dir, errcodesBin, "catalog", "lint", "errcodes.yaml"); code != 0 || out != "1 codes, no problems\n" {
		t.Errorf("catalog lint of a config with no catalog files: exit %d, output:\n%s", code, out)
	}

	os.WriteFile(clean, []byte("version: 2\ncodes:\n  - code: out_of_stock\n    status: 4090\n    mesage: x\n"), 0o644)
	out, code = run(t, dir, errcodesBin, "catalog", "lint", "errcodes.yaml")
	want = "errcodes.yaml:1:1: version 2 is not supported; this errcodes reads version 1\n" +
		"errcodes.yaml:4:5: status 4090 is not an HTTP status\n" +
		`errcodes.yaml:5:5: unknown key "mesage" in code entry; did you mean "message"?` + "\n"
	if code != 1 || out != want {
		t.Errorf("catalog lint of a broken config: exit %d, output:\n%s\nwant:\n%s", code, out, want)
	}
}

// catalog lint says where each catalog file is, and warns of one outside
// the config's module and its repository, which it still reads.
func TestCatalogLintWhere(t *testing.T) {
	top := t.TempDir()
	write := func(name, content string) { writeFile(t, top, name, content) }
	codes := "codes:\n  - code: out_of_stock\n    status: 409\n"
	write("repo/.git/HEAD", "ref: refs/heads/main\n")
	write("repo/docs/errors.yaml", codes)
	write("repo/svc/go.mod", "module example.com/svc\n\ngo 1.22\n")
	write("repo/svc/api/errors.yaml", codes)
	write("elsewhere/errors.yaml", "codes:\n  - code: gone\n    status: 410\n")
	write("repo/svc/errcodes.yaml", "version: 1\ncatalog:\n  - api/errors.yaml\n  - ../docs/errors.yaml\n  - ../../elsewhere/errors.yaml\n")
	out, code := run(t, filepath.Join(top, "repo/svc"), errcodesBin, "catalog", "lint")
	out = strings.ReplaceAll(out, top+string(filepath.Separator), "")
	want := "errcodes.yaml:3:5: catalog file api/errors.yaml\n" +
		"errcodes.yaml:4:5: catalog file repo/docs/errors.yaml\n" +
		"errcodes.yaml:5:5: catalog file elsewhere/errors.yaml\n" +
		"errcodes.yaml:5:5: catalog file ../../elsewhere/errors.yaml is outside the config's module (repo/svc)\n"
	if code != 1 || out != want {
		t.Errorf("catalog lint: exit %d, output:\n%s\nwant exit 1 and:\n%s", code, out, want)
	}
	// The module alone, not in a repository: docs/ is outside it too.
	if err := os.RemoveAll(filepath.Join(top, "repo/.git")); err != nil {
		t.Fatal(err)
	}
	out, _ = run(t, filepath.Join(top, "repo/svc"), errcodesBin, "catalog", "lint")
	if !strings.Contains(out, "errcodes.yaml:4:5: catalog file ../docs/errors.yaml is outside the config's module") {
		t.Errorf("catalog lint with no repository:\n%s", out)
	}
}

// TestReadme keeps the README true: the example's output is what the
// example prints, and every output line it and the doc/ pages quote
// from testdata (on a line of its own, or in backquotes in a table) is
// one errcodes prints.
func TestReadme(t *testing.T) {
	root := repoRoot(t)
	data, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	readme := string(data)
	want := readWant(t, filepath.Join(root, "testdata/shop/want.txt"))
	_, block, ok := strings.Cut(readme, "<!-- output of the example")
	if !ok {
		t.Fatal("README has no example output block")
	}
	_, block, _ = strings.Cut(block, "```\n")
	block, _, _ = strings.Cut(block, "```")
	got := strings.TrimSuffix(strings.TrimSpace(block), "\nexit status 3")
	if got != strings.Join(want, "\n") {
		t.Errorf("README example output:\n%s\nwant (testdata/shop/want.txt):\n%s", got, strings.Join(want, "\n"))
	}
	// It is what the README's command prints, from the repository's root.
	if _, stderr, code := runShared(t, root, errcodesBin, "./testdata/shop/..."); code != 3 || strings.TrimSpace(stderr) != got {
		t.Errorf("errcodes ./testdata/shop/... from the root: exit %d, output\n%s\nnot the README's:\n%s", code, stderr, got)
	}
	inWant := make(map[string]bool)
	all, _ := filepath.Glob(filepath.Join(root, "testdata", "*", "want.txt"))
	for _, f := range all {
		for _, w := range readWant(t, f) {
			inWant[w] = true
			inWant[strings.TrimPrefix(w, "testdata/shop/")] = true
		}
	}
	pages, _ := filepath.Glob(filepath.Join(root, "doc", "*.md"))
	quoted := 0
	for _, page := range append([]string{filepath.Join(root, "README.md")}, pages...) {
		data, err := os.ReadFile(page)
		if err != nil {
			t.Fatal(err)
		}
		name, _ := filepath.Rel(root, page)
		for _, line := range strings.Split(string(data), "\n") {
			var lines []string
			if strings.HasPrefix(line, "testdata/") || strings.HasPrefix(line, "orders/orders.go:") {
				lines = append(lines, line)
			} else if strings.HasPrefix(line, "| ") {
				for _, m := range tableOutput.FindAllStringSubmatch(line, -1) {
					lines = append(lines, m[1])
				}
			}
			for _, l := range lines {
				quoted++
				if !inWant[l] {
					t.Errorf("%s quotes output errcodes does not print: %s", name, l)
				}
			}
		}
	}
	if quoted < 20 {
		t.Errorf("README and doc/ quote %d output lines; is the test reading them?", quoted)
	}

	// Every doc/ page is linked from the README, and every relative link
	// of the README and the pages leads to a file of the repository.
	for _, page := range pages {
		if !strings.Contains(readme, "](doc/"+filepath.Base(page)) {
			t.Errorf("README does not link doc/%s", filepath.Base(page))
		}
	}
	for _, page := range append([]string{filepath.Join(root, "README.md")}, pages...) {
		data, _ := os.ReadFile(page)
		for _, m := range markdownLink.FindAllStringSubmatch(string(data), -1) {
			target, _, _ := strings.Cut(m[1], "#")
			if target == "" || strings.Contains(target, "://") {
				continue
			}
			if _, err := os.Stat(filepath.Join(filepath.Dir(page), target)); err != nil {
				name, _ := filepath.Rel(root, page)
				t.Errorf("%s links %s, which does not exist", name, m[1])
			}
		}
	}
}

// markdownLink is the target of a Markdown link or image.
var markdownLink = regexp.MustCompile(`\]\(([^)\s]+)\)`)

// tableOutput is a finding quoted in backquotes in a Markdown table.
var tableOutput = regexp.MustCompile("`(testdata/[^`]*:[0-9]+:[0-9]+: [^`]*)`")

// The seed docs load unmodified, and catalog show -json reports them in
// the stable JSON form.
func TestCatalogShowSeeds(t *testing.T) {
	root := repoRoot(t)
	for _, tc := range []struct {
		seed         string
		codes, holes int
	}{
		{"000_5e2a471fc6f96318.txt", 21, 2},
		{"001_38ddf1450b35f244.txt", 20, 0},
		{"002_5f8eed8a9648f658.txt", 39, 0},
		{"003_bad9894f524535f0.txt", 63, 0},
		{"004_65729825f79028f7.txt", 16, 0},
	} {
		t.Run(tc.seed, func(t *testing.T) {
			path := filepath.Join("catalog", "testdata", "seeds", tc.seed)
			out, errOut, code := runSplit(t, root, "catalog", "show", "-json", path)
			if code != 0 {
				t.Fatalf("exit %d\n%s%s", code, out, errOut)
			}
			var cat struct {
				Codes []struct {
					Code      string   `json:"code"`
					Name      string   `json:"name"`
					Status    int      `json:"status"`
					Messages  []string `json:"messages"`
					Endpoints []string `json:"endpoints"`
					Fields    []string `json:"fields"`
					Reasons   []string `json:"reasons"`
					Pos       string   `json:"pos"`
				} `json:"codes"`
				Placeholders []struct {
					Endpoint string `json:"endpoint"`
					Pos      string `json:"pos"`
				} `json:"placeholders"`
			}
			if err := json.Unmarshal([]byte(out), &cat); err != nil {
				t.Fatalf("%v\n%s", err, out)
			}
			if len(cat.Codes) != tc.codes || len(cat.Placeholders) != tc.holes {
				t.Errorf("%d codes and %d placeholders, want %d and %d", len(cat.Codes), len(cat.Placeholders), tc.codes, tc.holes)
			}
			for _, c := range cat.Codes {
				if c.Code == "" || !strings.HasPrefix(c.Pos, path+":") || c.Messages == nil || c.Endpoints == nil {
					t.Errorf("bad code entry %+v", c)
				}
			}
		})
	}
}

// catalog convert prints a canonical YAML catalog that loads back to the
// same codes, with all their statuses: the seeds, and a Swagger 2.0 and
// an OpenAPI 3 file (whose per-operation statuses become the code's).
func TestCatalogConvertRoundTrip(t *testing.T) {
	root := repoRoot(t)
	seeds, _ := filepath.Glob(filepath.Join(root, "catalog", "testdata", "seeds", "*.txt"))
	for _, f := range []string{"catalog/testdata/mdendpoints/registry.md", "catalog/testdata/toml/errors.toml", "testdata/registry/docs/api.md"} {
		seeds = append(seeds, filepath.Join(root, f))
	}
	seeds = append(seeds, filepath.Join(root, "catalog", "testdata", "swagger", "notes.yaml"),
		filepath.Join(root, "catalog", "testdata", "openapi", "invoices.yaml"))
	for _, seed := range seeds {
		t.Run(filepath.Base(seed), func(t *testing.T) {
			yml, code := run(t, root, errcodesBin, "catalog", "convert", seed)
			if code != 0 {
				t.Fatalf("convert: exit %d\n%s", code, yml)
			}
			converted := filepath.Join(t.TempDir(), "errors.yaml")
			os.WriteFile(converted, []byte(yml), 0o644)
			strip := func(js string) string {
				var v struct {
					Codes        []map[string]any `json:"codes"`
					Placeholders []map[string]any `json:"placeholders"`
				}
				if err := json.Unmarshal([]byte(js), &v); err != nil {
					t.Fatalf("%v\n%s", err, js)
				}
				for _, list := range [][]map[string]any{v.Codes, v.Placeholders} {
					for _, m := range list {
						delete(m, "pos")
						delete(m, "by_endpoint") // a YAML catalog ties no status to an endpoint
					}
				}
				out, _ := json.Marshal(v)
				return string(out)
			}
			a, _, _ := runSplit(t, root, "catalog", "show", "-json", seed)
			b, _, code := runSplit(t, root, "catalog", "show", "-json", converted)
			if code != 0 {
				t.Fatalf("show converted: exit %d\n%s\n%s", code, b, yml)
			}
			if strip(a) != strip(b) {
				t.Errorf("converted catalog differs:\n%s\n%s", strip(a), strip(b))
			}
		})
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
