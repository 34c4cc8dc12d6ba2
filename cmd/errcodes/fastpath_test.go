package main_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/errcodes/errcodes/internal/testmod"
)

// money is a package of the shop that cannot write a code: it formats
// amounts. Its exported variable is read by no handler, but errcodes
// cannot know that, so it records the variable's value without checking
// the package.
const money = `// Package money formats amounts for receipts.
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
`

// TestFastPath counts the packages errcodes checks under go vet, which
// starts it once for every package of the build, the standard library's
// included (for facts): only the three of the shop that can write a code
// pass the fast path; money, net/http, encoding/json and the rest return
// before any work. ERRCODES_TRACE records each package that passes.
func TestFastPath(t *testing.T) {
	dir := testmod.Copy(t, "shop") // a new directory: go vet's cache misses
	if err := os.MkdirAll(filepath.Join(dir, "money"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "money", "money.go"), []byte(money), 0o644); err != nil {
		t.Fatal(err)
	}
	trace := filepath.Join(t.TempDir(), "trace")
	cmd := exec.Command("go", "vet", "-vettool="+errcodesBin, "./...")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "ERRCODES_TRACE="+trace)
	out, err := cmd.CombinedOutput()
	if exit, ok := err.(*exec.ExitError); !ok || exit.ExitCode() != 1 {
		t.Fatalf("go vet: %v, want exit status 1 (the shop's findings)\n%s", err, out)
	}
	data, err := os.ReadFile(trace)
	if err != nil {
		t.Fatalf("no package was checked: %v\n%s", err, out)
	}
	got := strings.Fields(string(data))
	slices.Sort(got)
	const mod = "github.com/errcodes/errcodes/testdata/shop/"
	want := []string{mod + "apierr", mod + "orders", mod + "respond"}
	if !slices.Equal(got, want) {
		t.Errorf("go vet checked\n\t%s\nwant each of these once, and nothing else:\n\t%s",
			strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
	}
}
