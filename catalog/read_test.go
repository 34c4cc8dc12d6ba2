package catalog_test

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"syscall"
	"testing"

	"github.com/errcodes/errcodes/catalog"
)

// Only regular files are read: a named pipe would block the run until
// something writes to it, a device such as /dev/zero never ends, and a
// file over catalog.MaxFileSize is refused before it is read.
func TestReadRegularFilesOnly(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no named pipes or /dev/zero")
	}
	dir := t.TempDir()
	fifo := filepath.Join(dir, "errors.yaml")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	big := filepath.Join(dir, "big.yaml")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	f.Truncate(catalog.MaxFileSize + 1) // sparse: nothing is written
	f.Close()

	for _, tc := range []struct {
		name string
		load func() error
		want string
	}{
		{"catalog is a named pipe", func() error { _, err := catalog.LoadCatalogFile(fifo, ""); return err }, "not a regular file (a named pipe)"},
		{"config is a device", func() error { _, err := catalog.LoadConfig("/dev/zero"); return err }, "/dev/zero: not a regular file (a device)"},
		{"catalog is a directory", func() error { _, err := catalog.LoadCatalogFile(dir, ""); return err }, "not a regular file (a directory)"},
		{"catalog is too big", func() error { _, err := catalog.LoadCatalogFile(big, ""); return err }, "over errcodes' limit of 64 MB"},
	} {
		err := tc.load()
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want one containing %q", tc.name, err, tc.want)
		}
	}
}

// A UTF-8 byte order mark, as some Windows editors write, is not part of
// the file: the config parses and the catalog's format is detected.
func TestByteOrderMark(t *testing.T) {
	bom := "\xef\xbb\xbf"
	if _, err := catalog.ParseConfig("errcodes.yaml", []byte(bom+"version: 1\ncodes:\n  - code: order_gone\n    status: 410\n")); err != nil {
		t.Errorf("config with a BOM: %v", err)
	}
	doc, err := catalog.ParseFile("errors.yaml", []byte(bom+"codes:\n  - code: order_gone\n    status: 410\n"), "")
	if err != nil {
		t.Fatalf("catalog with a BOM: %v", err)
	}
	if len(doc.Entries) != 1 || doc.Entries[0].Code != "order_gone" {
		t.Errorf("catalog with a BOM: entries %+v, want order_gone", doc.Entries)
	}
}

// YAML aliases that expand a few KB into millions of nodes (a "billion
// laughs") are refused at the first alias, before anything walks them;
// an anchor reused the way real catalogs reuse one is read as written.
func TestYAMLAliasBudget(t *testing.T) {
	var b strings.Builder
	b.WriteString("version: 1\nx-fields: &f [")
	for i := range 100 {
		fmt.Fprintf(&b, "field%d, ", i)
	}
	b.WriteString("last]\ncodes:\n")
	for i := range 1000 {
		fmt.Fprintf(&b, "  - code: code_%d\n    status: 400\n    fields: *f\n", i)
	}
	_, err := catalog.ParseConfig("errcodes.yaml", []byte(b.String()))
	if err == nil || !strings.Contains(err.Error(), "errcodes.yaml:6:13: YAML aliases expand this file from") {
		t.Errorf("1,000 aliases of a 100-item list: error %v, want the alias budget's at the first alias", err)
	}

	laughs := "version: 1\na: &a [x, x, x, x, x, x, x, x, x, x]\n"
	for c := 'b'; c <= 'j'; c++ {
		laughs += fmt.Sprintf("%c: &%c [*%c, *%c, *%c, *%c, *%c, *%c, *%c, *%c, *%c, *%c]\n", c, c, c-1, c-1, c-1, c-1, c-1, c-1, c-1, c-1, c-1, c-1)
	}
	if _, err := catalog.ParseConfig("errcodes.yaml", []byte(laughs)); err == nil || !strings.Contains(err.Error(), "YAML aliases expand") {
		t.Errorf("a billion laughs: error %v, want the alias budget's", err)
	}

	shared := `version: 1
codes:
  - code: order_gone
    status: 410
    fields: &order [order_id, state]
  - code: order_locked
    status: 423
    fields: *order
`
	cfg, err := catalog.ParseConfig("errcodes.yaml", []byte(shared))
	if err != nil {
		t.Fatalf("a shared anchor: %v", err)
	}
	if got := cfg.Codes[1].Fields; len(got) != 2 || got[1] != "state" {
		t.Errorf("the alias's fields: %v, want [order_id state]", got)
	}
}

// A catalog errcodes can only read in part says so: a second YAML
// document, which it ignores, and bytes that are not UTF-8 (a page saved
// as Latin-1), which it reads as U+FFFD.
func TestPartlyReadFilesWarn(t *testing.T) {
	doc, err := catalog.ParseFile("errors.yaml", []byte("codes:\n  - code: order_gone\n    status: 410\n---\ncodes:\n  - code: order_locked\n    status: 423\n"), "")
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Warnings) != 1 || !strings.HasPrefix(doc.Warnings[0].Error(), "errors.yaml:5: a second YAML document (after ---) is ignored") {
		t.Errorf("two YAML documents: warnings %v, want one at line 5", doc.Warnings)
	}

	latin1 := "| Code | HTTP Status Code | Description |\n| --- | --- | --- |\n| 1001 | 400 | Ung\xfcltige Bestellnummer |\n"
	doc, err = catalog.ParseFile("errors.md", []byte(latin1), "markdown-table")
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Entries) != 1 {
		t.Errorf("Latin-1 table: entries %+v, want 1001", doc.Entries)
	}
	var found bool
	for _, w := range doc.Warnings {
		found = found || strings.HasPrefix(w.Error(), "errors.md:3:19: the file is not UTF-8")
	}
	if !found {
		t.Errorf("Latin-1 table: warnings %v, want one at 3:19", doc.Warnings)
	}
}

// A code written as a string stays that string through catalog convert:
// "0123" is not 83, "+1" is not 1, and "09" reads back.
func TestConvertKeepsQuotedCodes(t *testing.T) {
	src := filepath.Join(t.TempDir(), "errors.yaml")
	yaml := "codes:\n  - code: \"0123\"\n    status: 400\n  - code: \"+1\"\n    status: 401\n" +
		"  - code: \"09\"\n    status: 402\n  - code: 1003\n    status: 403\n"
	if err := os.WriteFile(src, []byte(yaml), 0o644); err != nil {
		t.Fatal(err)
	}
	loaded, err := catalog.LoadCatalogFile(src, "")
	if err != nil {
		t.Fatal(err)
	}
	out, err := loaded.YAML(src)
	if err != nil {
		t.Fatal(err)
	}
	back, err := catalog.ParseConfig("errcodes.yaml", out)
	if err != nil {
		t.Fatalf("converted catalog does not read back: %v\n%s", err, out)
	}
	var got []string
	for _, e := range back.Codes {
		got = append(got, e.Code)
	}
	slices.Sort(got)
	if want := []string{"+1", "0123", "09", "1003"}; !slices.Equal(got, want) {
		t.Errorf("codes after convert %q, want %q\n%s", got, want, out)
	}
}
