package main_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/errcodes/errcodes/internal/testmod"
)

// The baseline tests adopt errcodes on a copy of testdata/shop the way a
// team would: record today's findings, then edit the code and check that
// only what the edits changed is reported.

// edit replaces old by new in the file at path, once.
func edit(t *testing.T, path, old, new string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), old) {
		t.Fatalf("%s has no %q", path, old)
	}
	if err := os.WriteFile(path, []byte(strings.Replace(string(data), old, new, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
}

// entryLine returns the line of the baseline file at path where the entry
// whose message contains msg starts.
func entryLine(t *testing.T, path, msg string) int {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	start := 0
	for i, l := range strings.Split(string(data), "\n") {
		if strings.TrimSpace(l) == "{" {
			start = i + 1
		}
		if strings.Contains(l, `"message": `) && strings.Contains(l, msg) {
			return start
		}
	}
	t.Fatalf("%s has no entry with %q:\n%s", path, msg, data)
	return 0
}

func TestBaseline(t *testing.T) {
	dir := testmod.Copy(t, "shop")
	orders := filepath.Join(dir, "orders", "orders.go")
	bl := filepath.Join(dir, "errcodes.baseline")
	check := func(wantCode int, want ...string) {
		t.Helper()
		out, code := run(t, dir, errcodesBin, "-baseline=errcodes.baseline", "./...")
		if code != wantCode || strings.Join(lines(out), "\n") != strings.Join(want, "\n") {
			t.Errorf("errcodes -baseline: exit %d, output:\n%s\nwant exit %d and:\n%s", code, out, wantCode, strings.Join(want, "\n"))
		}
	}

	out, code := run(t, dir, errcodesBin, "baseline", "write")
	if want := "errcodes.baseline: 13 findings recorded (3 packages)\n"; code != 0 || out != want {
		t.Fatalf("baseline write: exit %d, output:\n%s\nwant exit 0 and:\n%s", code, out, want)
	}
	check(0)

	// Lines inserted above the findings, and above the catalog entries
	// the messages cite: nothing new.
	edit(t, orders, "\n// Pay serves", "\n// unrelated is new.\nfunc unrelated() int {\n\treturn 1\n}\n\n// Pay serves")
	edit(t, filepath.Join(dir, "docs", "errors.yaml"), "codes:\n", "# Edited.\n\ncodes:\n")
	check(0)
	// From a package's directory, with the baseline above it.
	out, code = run(t, filepath.Join(dir, "orders"), errcodesBin, "-baseline", "../errcodes.baseline", ".")
	if code != 0 || out != "" {
		t.Errorf("errcodes -baseline ../errcodes.baseline . in orders/: exit %d, output:\n%s", code, out)
	}

	// A new undocumented code: one finding, and no entry is stale.
	edit(t, orders, `{"code": "invalid_order_number", "message": "Order not found"}`, `{"code": "reservation_not_found", "message": "Order not found"}`)
	check(3, `orders/orders.go:138:55: code "reservation_not_found" is not in the catalog`)

	// A finding fixed: its entry is stale, until the baseline is written
	// again.
	edit(t, orders, `http.StatusBadRequest, "already_paid"`, `http.StatusConflict, "already_paid"`)
	line := entryLine(t, bl, `already_paid`)
	check(3,
		`orders/orders.go:138:55: code "reservation_not_found" is not in the catalog`,
		fmt.Sprintf(`errcodes.baseline:%d: stale baseline entry: status in orders.Handler.Pay (orders/orders.go): `+
			`code "already_paid" is documented with status 409 Conflict (errcodes.yaml) but returned with 400 Bad Request; `+
			`the finding is gone: run errcodes baseline write`, line))
	out, code = run(t, dir, errcodesBin, "baseline", "write", "./...")
	if want := "errcodes.baseline: 13 findings recorded (3 packages)\n"; code != 0 || out != want {
		t.Fatalf("baseline write: exit %d, output:\n%s\nwant exit 0 and:\n%s", code, out, want)
	}
	check(0)
	if data, _ := os.ReadFile(bl); strings.Contains(string(data), "already_paid") {
		t.Errorf("the fixed finding is still in the baseline:\n%s", data)
	}

	// Written for one package (apierr imports no other), the baseline
	// keeps the others' entries, even those it would now find stale.
	edit(t, orders, `"out_of_stock", "message": "Not enough stock"`, `"insufficient_stock", "message": "Not enough stock"`)
	out, code = run(t, dir, errcodesBin, "baseline", "write", "./apierr")
	if want := "errcodes.baseline: 1 finding recorded (1 package), 12 entries of other packages kept\n"; code != 0 || out != want {
		t.Fatalf("baseline write ./apierr: exit %d, output:\n%s\nwant exit 0 and:\n%s", code, out, want)
	}
	check(3,
		`orders/orders.go:142:54: code "insufficient_stock" is not in the catalog`,
		fmt.Sprintf(`errcodes.baseline:%d: stale baseline entry: undocumented in orders.Handler.Reserve (orders/orders.go): `+
			`code "out_of_stock" is not in the catalog; the finding is gone: run errcodes baseline write`, entryLine(t, bl, "out_of_stock")))

	// A deleted package is checked by no run, but its entries can never
	// match again: they are stale, and baseline write drops them.
	if err := os.RemoveAll(filepath.Join(dir, "orders")); err != nil {
		t.Fatal(err)
	}
	out, code = run(t, dir, errcodesBin, "-baseline=errcodes.baseline", "./...")
	if want := "stale baseline entry: undocumented in orders.Handler.Reserve (orders/orders.go)"; code != 3 || !strings.Contains(out, want) {
		t.Errorf("errcodes -baseline after deleting orders: exit %d, want 3 and %q\n%s", code, want, out)
	}
	if out, code = run(t, dir, errcodesBin, "baseline", "write"); code != 0 {
		t.Fatalf("baseline write: exit %d\n%s", code, out)
	}
	if data, _ := os.ReadFile(bl); strings.Contains(string(data), "orders/orders.go") {
		t.Errorf("baseline write kept the deleted package's entries:\n%s", data)
	}
}

func TestBaselineErrors(t *testing.T) {
	dir := testmod.Copy(t, "shop")
	out, code := run(t, dir, errcodesBin, "-baseline=ci/errcodes.baseline", "./...")
	want := "errcodes: no baseline ci/errcodes.baseline; record the current findings in it with: errcodes baseline write -o ci/errcodes.baseline\n"
	if code != 1 || out != want {
		t.Errorf("missing baseline: exit %d, output:\n%s\nwant exit 1 and:\n%s", code, out, want)
	}

	// A merge conflict left in the file: an error at its line, and the
	// file is not overwritten.
	broken := "{\n  \"version\": 1,\n<<<<<<< HEAD\n"
	os.WriteFile(filepath.Join(dir, "errcodes.baseline"), []byte(broken), 0o644)
	want = "errcodes: errcodes.baseline:3: invalid character '<' looking for beginning of object key string\n"
	for _, args := range [][]string{{"-baseline=errcodes.baseline", "./..."}, {"baseline", "write"}} {
		out, code := run(t, dir, errcodesBin, args...)
		if code != 1 || out != want {
			t.Errorf("errcodes %s on a broken baseline: exit %d, output:\n%s\nwant exit 1 and:\n%s", strings.Join(args, " "), code, out, want)
		}
	}
	if data, _ := os.ReadFile(filepath.Join(dir, "errcodes.baseline")); string(data) != broken {
		t.Errorf("baseline write changed a broken baseline:\n%s", data)
	}

	if out, code := run(t, dir, errcodesBin, "baseline", "wirte"); code != 2 || !strings.Contains(out, `unknown command "wirte"`) {
		t.Errorf("baseline wirte: exit %d, output:\n%s", code, out)
	}
}

// The config that governs a package is the one nearest above it, for the
// audit and the baseline as for errcodes ./... and go vet: a baseline
// written in a service's directory is checked from the repository root
// without false findings or stale entries, and written from either it is
// the same file. So is a SARIF log. Packages under several configs are an
// error.
func TestBaselineConfigPerPackage(t *testing.T) {
	root := t.TempDir()
	os.WriteFile(filepath.Join(root, "go.mod"), []byte("module github.com/errcodes/errcodes\n\ngo 1.22\n"), 0o644)
	for _, name := range []string{"shop", "billing"} {
		testmod.CopyTree(t, filepath.Join(testmod.Root(t), "testdata", name), filepath.Join(root, "testdata", name))
	}
	shop := filepath.Join(root, "testdata", "shop")
	if out, code := run(t, shop, errcodesBin, "baseline", "write"); code != 0 {
		t.Fatalf("baseline write in testdata/shop: exit %d\n%s", code, out)
	}
	inShop, _ := os.ReadFile(filepath.Join(shop, "errcodes.baseline"))
	if out, code := run(t, root, errcodesBin, "-baseline=testdata/shop/errcodes.baseline", "./testdata/shop/..."); code != 0 || out != "" {
		t.Errorf("errcodes -baseline from the root: exit %d, want 0 and nothing:\n%s", code, out)
	}
	if out, code := run(t, root, errcodesBin, "baseline", "write", "-o", "testdata/shop/errcodes.baseline", "./testdata/shop/..."); code != 0 {
		t.Fatalf("baseline write from the root: exit %d\n%s", code, out)
	}
	if fromRoot, _ := os.ReadFile(filepath.Join(shop, "errcodes.baseline")); string(fromRoot) != string(inShop) {
		t.Errorf("baseline written from the root:\n%s\nwritten in testdata/shop:\n%s", fromRoot, inShop)
	}
	// SARIF paths are relative to the module root, wherever errcodes runs.
	sarifShop, code1 := run(t, shop, errcodesBin, "audit", "-format=sarif")
	sarifRoot, code2 := run(t, root, errcodesBin, "audit", "-format=sarif", "./testdata/shop/...")
	if code1 != 0 || code2 != 0 || sarifShop != sarifRoot || !strings.Contains(sarifRoot, `"uri": "testdata/shop/orders/orders.go"`) {
		t.Errorf("SARIF from testdata/shop (exit %d) and from the root (exit %d) differ or are not relative to the module root:\n%.1500s", code1, code2, sarifShop)
	}

	out, code := run(t, root, errcodesBin, "audit", "./testdata/shop/...", "./testdata/billing/...")
	if code != 1 || !strings.Contains(out, "several configs") || !strings.Contains(out, "testdata/shop/errcodes.yaml") || !strings.Contains(out, "testdata/billing/errcodes.yaml") {
		t.Errorf("audit of packages under two configs: exit %d, want 1 naming both:\n%s", code, out)
	}
}

// Entries naming files outside the module, which a run from it can never
// check, are stale even though the files exist, and baseline write drops
// them.
func TestBaselineOutsideModule(t *testing.T) {
	dir := testmod.Copy(t, "shop")
	bl := filepath.Join(dir, "errcodes.baseline")
	if out, code := run(t, dir, errcodesBin, "baseline", "write"); code != 0 {
		t.Fatalf("baseline write: exit %d\n%s", code, out)
	}
	elsewhere := filepath.Join(t.TempDir(), "legacy", "handler.go")
	if err := os.MkdirAll(filepath.Dir(elsewhere), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(elsewhere, []byte("package legacy\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	rel, err := filepath.Rel(dir, elsewhere)
	if err != nil {
		t.Fatal(err)
	}
	entry := func(file string) string {
		return fmt.Sprintf("\n    {\n      \"file\": %q,\n      \"func\": \"legacy.Get\",\n      \"category\": \"undocumented\",\n"+
			"      \"message\": \"code \\\"gone\\\" is not in the catalog\",\n      \"count\": 1\n    },", file)
	}
	edit(t, bl, `"entries": [`, `"entries": [`+entry(filepath.ToSlash(rel))+entry(filepath.ToSlash(elsewhere)))
	out, code := run(t, dir, errcodesBin, "-baseline=errcodes.baseline", "./...")
	want := []string{
		"errcodes.baseline:4: stale baseline entry: undocumented in legacy.Get (" + filepath.ToSlash(rel) + `): code "gone" is not in the catalog; the finding is gone: run errcodes baseline write`,
		"errcodes.baseline:11: stale baseline entry: undocumented in legacy.Get (" + filepath.ToSlash(elsewhere) + `): code "gone" is not in the catalog; the finding is gone: run errcodes baseline write`,
	}
	if got := lines(out); code != 3 || strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("errcodes -baseline: exit %d, output:\n%s\nwant exit 3 and:\n%s", code, out, strings.Join(want, "\n"))
	}
	out, code = run(t, dir, errcodesBin, "baseline", "write")
	if want := "errcodes.baseline: 13 findings recorded (3 packages)\n"; code != 0 || out != want {
		t.Errorf("baseline write: exit %d, output:\n%s\nwant exit 0 and:\n%s", code, out, want)
	}
	if data, _ := os.ReadFile(bl); strings.Contains(string(data), "legacy") {
		t.Errorf("baseline write kept the entries outside the module:\n%s", data)
	}
}
