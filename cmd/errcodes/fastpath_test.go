package main_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// fastPathModule is a small shop: an emitter package, a handler package
// that returns a code through it, and a package that formats money and
// cannot write a code. It imports fmt and strconv, and nothing heavier, so
// that go vet starts errcodes on a few dozen standard-library units.
var fastPathModule = map[string]string{
	"go.mod":        "module example.com/shop\n\ngo 1.22\n",
	"errcodes.yaml": "version: 1\ncodes:\n  - code: order_gone\n    status: 410\nemitters:\n  - func: example.com/shop/apierr.Write\n    code: code\n    status: status\n",
	"apierr/apierr.go": `// Package apierr writes the shop's error responses.
package apierr

// A Response is what a handler answers.
type Response struct {
	Status int
	Code   string
}

// Write answers with status and code.
func Write(w *Response, status int, code string) { w.Status, w.Code = status, code }
`,
	"orders/orders.go": `// Package orders serves the shop's orders.
package orders

import "example.com/shop/apierr"

// Cancel cancels an order that may be gone.
func Cancel(w *apierr.Response, found bool) {
	if !found {
		apierr.Write(w, 404, "order_gone")
	}
}
`,
	"money/money.go": `// Package money formats amounts for receipts.
package money

import (
	"fmt"
	"strconv"
)

// DefaultCurrency is used when an order names none.
var DefaultCurrency = "EUR"

// Format formats cents in currency.
func Format(cents int64, currency string) string {
	return fmt.Sprintf("%s %s.%02d", currency, strconv.FormatInt(cents/100, 10), cents%100)
}
`,
}

// TestFastPath counts the packages errcodes checks under go vet, which
// starts it once for every package of the build, the standard library's
// included (for facts): only the two that can write a code pass the fast
// path; money, which records its variable's value without being checked,
// and fmt, strconv and the rest return before any work. ERRCODES_TRACE
// records each package that passes.
func TestFastPath(t *testing.T) {
	dir := t.TempDir() // a new directory: go vet's cache misses
	for name, content := range fastPathModule {
		os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755)
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	trace := filepath.Join(t.TempDir(), "trace")
	cmd := exec.Command("go", "vet", "-vettool="+errcodesBin, "./...")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "ERRCODES_TRACE="+trace)
	out, err := cmd.CombinedOutput()
	if exit, ok := err.(*exec.ExitError); !ok || exit.ExitCode() != 1 || !strings.Contains(string(out), `code "order_gone" is documented with status 410 Gone`) {
		t.Fatalf("go vet: %v, want exit status 1 and the status finding\n%s", err, out)
	}
	data, err := os.ReadFile(trace)
	if err != nil {
		t.Fatalf("no package was checked: %v\n%s", err, out)
	}
	got := strings.Fields(string(data))
	slices.Sort(got)
	want := []string{"example.com/shop/apierr", "example.com/shop/orders"}
	if !slices.Equal(got, want) {
		t.Errorf("go vet checked\n\t%s\nwant each of these once, and nothing else:\n\t%s",
			strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
	}
}
