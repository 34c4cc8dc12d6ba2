package main_test

import (
	"errors"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
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

// A vetRun is go vet's run on a module, with ERRCODES_TRACE set.
type vetRun struct {
	dir     string   // the module
	out     string   // go vet's output, with dir's path removed
	code    int      // its exit status
	checked []string // the packages that passed the fast path, sorted
	err     error
}

// shopVet is the one go vet run, in a new directory (so that go vet's
// cache misses), on the module fastPathModule writes and, when there is a
// C compiler, cgoPay as its package pay, which TestFastPath and
// TestCgoPackageIsChecked both check: a run on a new module costs more
// than their checks, as go vet starts errcodes on every unit of the
// standard library it imports.
var shopVet struct {
	once sync.Once
	vetRun
}

// hasCgo reports whether there is a C compiler for cgo.
func hasCgo() bool {
	_, err := exec.LookPath("gcc")
	return err == nil
}

// runShopVet runs shopVet, the first time it is called.
func runShopVet(t *testing.T) vetRun {
	t.Helper()
	shopVet.once.Do(func() { shopVet.vetRun = vetShop() })
	if shopVet.err != nil {
		t.Fatal(shopVet.err)
	}
	return shopVet.vetRun
}

func vetShop() (r vetRun) {
	files := maps.Clone(fastPathModule)
	if hasCgo() {
		files["pay/pay.go"] = cgoPay
		files["errcodes.yaml"] = strings.Replace(files["errcodes.yaml"], "emitters:\n",
			"  - code: card_declined\n    status: 402\nemitters:\n  - func: example.com/shop/pay.fail\n    code: code\n    status: status\n", 1)
	}
	// Under TestMain's directory, which outlives the tests.
	top, err := os.MkdirTemp(filepath.Dir(errcodesBin), "vet")
	if err != nil {
		return vetRun{err: err}
	}
	r.dir = filepath.Join(top, "shop")
	for name, content := range files {
		p := filepath.Join(r.dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return vetRun{err: err}
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			return vetRun{err: err}
		}
	}
	trace := filepath.Join(top, "trace")
	cmd := exec.Command("go", "vet", "-vettool="+errcodesBin, "./...")
	cmd.Dir = r.dir
	cmd.Env = append(os.Environ(), "ERRCODES_TRACE="+trace)
	out, err := cmd.CombinedOutput()
	r.out = strings.ReplaceAll(string(out), r.dir+string(filepath.Separator), "")
	var exit *exec.ExitError
	if !errors.As(err, &exit) {
		return vetRun{err: fmt.Errorf("go vet: %v, want exit status 1\n%s", err, out)}
	}
	r.code = exit.ExitCode()
	if data, err := os.ReadFile(trace); err == nil {
		r.checked = strings.Fields(string(data))
		slices.Sort(r.checked)
	}
	return r
}

// TestFastPath counts the packages errcodes checks under go vet, which
// starts it once for every package of the build, the standard library's
// included (for facts): only those that can write a code pass the fast
// path (apierr, orders, and pay when there is cgo); money, which records
// its variable's value without being checked, and fmt, strconv and the
// rest return before any work. ERRCODES_TRACE records each package that
// passes.
func TestFastPath(t *testing.T) {
	vet := runShopVet(t)
	if vet.code != 1 || !strings.Contains(vet.out, `code "order_gone" is documented with status 410 Gone`) {
		t.Fatalf("go vet: exit %d, want exit status 1 and the status finding\n%s", vet.code, vet.out)
	}
	if len(vet.checked) == 0 {
		t.Fatalf("no package was checked\n%s", vet.out)
	}
	want := []string{"example.com/shop/apierr", "example.com/shop/orders"}
	if hasCgo() {
		want = append(want, "example.com/shop/pay")
	}
	if !slices.Equal(vet.checked, want) {
		t.Errorf("go vet checked\n\t%s\nwant each of these once, and nothing else:\n\t%s",
			strings.Join(vet.checked, "\n\t"), strings.Join(want, "\n\t"))
	}
}
