package main_test

import (
	"strings"
	"testing"
)

// cgoPay is a package whose every file uses cgo: go vet and the loaders
// give the analyzer the files cgo generated in the build cache, whose
// directory has no errcodes.yaml above it. Their //line directives name
// the package's own files, whose directory does.
const cgoPay = `// Package pay charges cards through a C library.
package pay

/*
static int charge(int cents) { return cents > 0 ? 0 : 1; }
*/
import "C"

// A Response is what a handler answers.
type Response struct {
	Status int
	Code   string
}

func fail(w *Response, status int, code string) { w.Status, w.Code = status, code }

// Charge charges cents.
func Charge(w *Response, cents int) {
	if C.charge(C.int(cents)) != 0 {
		fail(w, 402, "card_declinde")
	}
}
`

// TestCgoPackageIsChecked checks cgoPay as the package pay of the
// fast-path shop, standalone and in shopVet's go vet run.
func TestCgoPackageIsChecked(t *testing.T) {
	if !hasCgo() {
		t.Skip("no C compiler for cgo")
	}
	vet := runShopVet(t)
	const want = `pay/pay.go:20:16: code "card_declinde" is not in the catalog; did you mean "card_declined"?`
	out, code := run(t, vet.dir, errcodesBin, "./...")
	if code != 3 || !strings.Contains(out, want) {
		t.Errorf("errcodes ./...: exit %d, want 3 and %s\n%s", code, want, out)
	}
	if vet.code != 1 || !strings.Contains(vet.out, want) {
		t.Errorf("go vet: exit %d, want 1 and %s\n%s", vet.code, want, vet.out)
	}
}
