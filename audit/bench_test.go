package audit_test

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/errcodes/errcodes/audit"
)

// The audit of a large module must take well less time than go vet takes
// on it with errcodes as its vet tool: it loads the module's packages
// once, in one process, where go vet starts one per package.
//
//	go test ./audit -run '^$' -bench 'Large' -benchtime 3x
//
// Both benchmarks run on the same generated module with a warm build
// cache; each go vet run first edits the catalog, which changes
// errcodes' -V=full hash, so go vet re-runs the tool on every package as
// it would after a catalog edit, instead of replaying its cache.

const largePackages = 1000

// writeLargeModule writes a module of n handler packages to dir. Each
// package has three handlers that return codes through a configured
// emitter and a wrapper of it in another package, and imports two of the
// packages before it, so that facts flow along a real import graph.
func writeLargeModule(tb testing.TB, dir string, n int) {
	tb.Helper()
	write := func(name, content string) {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o777); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o666); err != nil {
			tb.Fatal(err)
		}
	}
	write("go.mod", "module example.com/large\n\ngo 1.26\n")
	var codes strings.Builder
	for i := range n {
		fmt.Fprintf(&codes, "  - code: not_found_%d\n    status: 404\n  - code: conflict_%d\n    status: 409\n", i, i)
	}
	write("errcodes.yaml", "version: 1\ncatalog: [errors.yaml]\nemitters:\n  - func: example.com/large/apierr.Write\n    code: code\n    status: status\n    message: msg\n")
	write("errors.yaml", "codes:\n"+codes.String())
	write("apierr/apierr.go", `package apierr

import "net/http"

// Write writes an error response.
func Write(w http.ResponseWriter, status int, code, msg string) {
	w.WriteHeader(status)
	w.Write([]byte(code + ": " + msg))
}
`)
	write("respond/respond.go", `package respond

import (
	"net/http"

	"example.com/large/apierr"
)

// NotFound writes a 404 error.
func NotFound(w http.ResponseWriter, code string) { apierr.Write(w, http.StatusNotFound, code, "not found") }
`)
	for i := range n {
		var imports, uses strings.Builder
		for _, j := range []int{i - 1, i / 2} {
			if j >= 0 && j < i && !strings.Contains(imports.String(), fmt.Sprintf("/p%04d\"", j)) {
				fmt.Fprintf(&imports, "\tp%04d \"example.com/large/p%04d\"\n", j, j)
				fmt.Fprintf(&uses, "\tp%04d.Get(w, r)\n", j)
			}
		}
		write(fmt.Sprintf("p%04d/handlers.go", i), fmt.Sprintf(`package p%04d

import (
	"net/http"

	"example.com/large/apierr"
	"example.com/large/respond"
%s)

// Get returns the item.
func Get(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("id") == "" {
		respond.NotFound(w, "not_found_%d")
		return
	}
}

// Update updates the item.
func Update(w http.ResponseWriter, r *http.Request) {
	code := "conflict_%d"
	if r.Method == http.MethodDelete {
		code = "gone_%d"
	}
	apierr.Write(w, http.StatusConflict, code, "conflict")
}

// Chain calls the handlers it imports.
func Chain(w http.ResponseWriter, r *http.Request) {
%s}
`, i, imports.String(), i, i, i, uses.String()))
	}
}

// largeModule generates the module once per benchmark and warms the build
// cache with its export data.
func largeModule(b *testing.B) string {
	b.Helper()
	dir := b.TempDir()
	writeLargeModule(b, dir, largePackages)
	cmd := exec.Command("go", "build", "./...")
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		b.Fatalf("go build: %v\n%s", err, out)
	}
	return dir
}

func BenchmarkAuditLarge(b *testing.B) {
	dir := largeModule(b)
	for b.Loop() {
		r, err := audit.Run(audit.Options{Dir: dir})
		if err != nil {
			b.Fatal(err)
		}
		if r.Packages != largePackages+2 || len(r.Findings) != largePackages {
			b.Fatalf("%d packages, %d findings; want %d, %d", r.Packages, len(r.Findings), largePackages+2, largePackages)
		}
	}
}

func BenchmarkVetLarge(b *testing.B) {
	dir := largeModule(b)
	bin := filepath.Join(b.TempDir(), "errcodes")
	build := exec.Command("go", "build", "-o", bin, "github.com/errcodes/errcodes/cmd/errcodes")
	if out, err := build.CombinedOutput(); err != nil {
		b.Fatalf("go build: %v\n%s", err, out)
	}
	catalog := filepath.Join(dir, "errors.yaml")
	base, err := os.ReadFile(catalog)
	if err != nil {
		b.Fatal(err)
	}
	i := 0
	for b.Loop() {
		b.StopTimer()
		i++
		// A new catalog: a new -V=full, so go vet runs the tool again.
		if err := os.WriteFile(catalog, fmt.Appendf(append([]byte(nil), base...), "# run %d\n", i), 0o666); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		cmd := exec.Command("go", "vet", "-vettool="+bin, "./...")
		cmd.Dir = dir
		out, err := cmd.CombinedOutput()
		if n := strings.Count(string(out), "is not in the catalog"); n != largePackages {
			b.Fatalf("go vet: %d findings, want %d (%v)\n%.2000s", n, largePackages, err, out)
		}
	}
}
