package analyzer_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/errcodes/errcodes/analyzer"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// writeModule writes a module of generated files into a temp dir.
func writeModule(b *testing.B, files map[string]string) string {
	dir := b.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	return dir
}

const benchAPIErr = `package apierr

import "net/http"

func Write(w http.ResponseWriter, status int, code, message string) {
	w.WriteHeader(status)
	w.Write([]byte(code + ": " + message))
}
`

// analyze loads the module's packages once and runs the analyzer over
// them b.N times, facts and all, as the standalone driver does.
func analyze(b *testing.B, dir string, wantDiags int) {
	cfg := &packages.Config{Mode: packages.LoadAllSyntax, Dir: dir, Tests: false}
	pkgs, err := packages.Load(cfg, "./...")
	if err != nil {
		b.Fatal(err)
	}
	if packages.PrintErrors(pkgs) > 0 {
		b.Fatal("packages have errors")
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		// A new Analyzer each time: no config or catalog cached across
		// iterations, as under go vet.
		a := analyzer.New(analyzer.Options{})
		graph, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
		if err != nil {
			b.Fatal(err)
		}
		n := 0
		for act := range graph.All() {
			if act.Err != nil {
				b.Fatal(act.Err)
			}
			if act.IsRoot {
				n += len(act.Diagnostics)
			}
		}
		if n != wantDiags {
			b.Fatalf("%d diagnostics, want %d", n, wantDiags)
		}
	}
}

// BenchmarkHandlers5000 checks one package of 5,000 handlers, each
// returning codes through the emitter, a wrapper and a switch.
func BenchmarkHandlers5000(b *testing.B) {
	var cat, src strings.Builder
	cat.WriteString("version: 1\ncodes:\n")
	for i := 0; i < 100; i++ {
		fmt.Fprintf(&cat, "  - code: code_%d\n    status: %d\n", i, 400+i%20)
	}
	cat.WriteString("emitters:\n  - func: example.com/big/apierr.Write\n    code: code\n    status: status\n    message: message\n")
	src.WriteString("package handlers\n\nimport (\n\t\"net/http\"\n\n\t\"example.com/big/apierr\"\n)\n\n")
	src.WriteString("func notFound(w http.ResponseWriter, code string) { apierr.Write(w, http.StatusNotFound, code, \"not found\") }\n\n")
	for i := 0; i < 5000; i++ {
		fmt.Fprintf(&src, `// Handler%[1]d serves /h/%[1]d.
func Handler%[1]d(w http.ResponseWriter, r *http.Request) {
	code := "code_%[2]d"
	if r.Method == http.MethodPost {
		code = "code_%[3]d"
	}
	if r.URL.Query().Get("x") == "" {
		notFound(w, "code_%[2]d")
		return
	}
	apierr.Write(w, %[4]d, code, "failed")
}

`, i, i%100, (i+1)%100, 400+i%20)
	}
	dir := writeModule(b, map[string]string{
		"go.mod":               "module example.com/big\n\ngo 1.22\n",
		"errcodes.yaml":        cat.String(),
		"apierr/apierr.go":     benchAPIErr,
		"handlers/handlers.go": src.String(),
	})
	// Every handler returns code_i with status 400+i%20, documented so;
	// code_(i+1) with the same status is documented with 400+(i+1)%20, and
	// notFound's 404 matches only code_4 (i%20 == 4).
	want := 0
	for i := 0; i < 5000; i++ {
		if (i+1)%100%20 != i%20 {
			want++
		}
		if 400+(i%100)%20 != 404 {
			want++
		}
	}
	analyze(b, dir, want)
}

// BenchmarkWrapperChain50 checks a chain of wrappers across 50 packages,
// each calling the previous package's wrapper, with a handler at the end.
func BenchmarkWrapperChain50(b *testing.B) {
	files := map[string]string{
		"go.mod":           "module example.com/chain\n\ngo 1.22\n",
		"errcodes.yaml":    "version: 1\ncodes:\n  - code: out_of_stock\n    status: 409\nemitters:\n  - func: example.com/chain/apierr.Write\n    code: code\n    status: status\n    message: message\n",
		"apierr/apierr.go": benchAPIErr,
	}
	files["p0/p.go"] = "package p0\n\nimport (\n\t\"net/http\"\n\n\t\"example.com/chain/apierr\"\n)\n\n// Fail writes code.\nfunc Fail(w http.ResponseWriter, code string) { apierr.Write(w, http.StatusConflict, code, \"\") }\n"
	for i := 1; i < 50; i++ {
		files[fmt.Sprintf("p%d/p.go", i)] = fmt.Sprintf("package p%[1]d\n\nimport (\n\t\"net/http\"\n\n\t\"example.com/chain/p%[2]d\"\n)\n\n// Fail forwards code.\nfunc Fail(w http.ResponseWriter, code string) { p%[2]d.Fail(w, code) }\n", i, i-1)
	}
	files["handlers/h.go"] = "package handlers\n\nimport (\n\t\"net/http\"\n\n\t\"example.com/chain/p49\"\n)\n\n// Buy serves POST /cart.\nfunc Buy(w http.ResponseWriter, r *http.Request) {\n\tp49.Fail(w, \"out_of_stock\")\n\tp49.Fail(w, \"out_of_stok\")\n}\n"
	analyze(b, writeModule(b, files), 1)
}
