package main_test

import (
	"os"
	"os/exec"
	"path/filepath"
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

func TestCgoPackageIsChecked(t *testing.T) {
	if _, err := exec.LookPath("gcc"); err != nil {
		t.Skip("no C compiler for cgo")
	}
	dir := t.TempDir()
	for name, content := range map[string]string{
		"go.mod":        "module example.com/cgopay\n\ngo 1.22\n",
		"errcodes.yaml": "version: 1\ncodes:\n  - code: card_declined\n    status: 402\nemitters:\n  - func: example.com/cgopay/pay.fail\n    code: code\n    status: status\n",
		"pay/pay.go":    cgoPay,
	} {
		os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755)
		os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644)
	}
	const want = `pay/pay.go:20:16: code "card_declinde" is not in the catalog; did you mean "card_declined"?`
	out, code := run(t, dir, errcodesBin, "./...")
	if code != 3 || !strings.Contains(out, want) {
		t.Errorf("errcodes ./...: exit %d, want 3 and %s\n%s", code, want, out)
	}
	out, code = run(t, dir, "go", "vet", "-vettool="+errcodesBin, "./...")
	if code != 1 || !strings.Contains(out, want) {
		t.Errorf("go vet: exit %d, want 1 and %s\n%s", code, want, out)
	}
}
