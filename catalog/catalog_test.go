package catalog_test

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/errcodes/errcodes/catalog"
)

// load writes files into a temp dir and loads its errcodes.yaml.
func load(t *testing.T, files map[string]string) (*catalog.Catalog, error) {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cfg, err := catalog.LoadConfig(filepath.Join(dir, "errcodes.yaml"))
	if err != nil {
		return nil, err
	}
	return cfg.LoadCatalog()
}

func TestMergeAndOverlay(t *testing.T) {
	cat, err := load(t, map[string]string{
		"errcodes.yaml": `version: 1
catalog: [docs/orders.yaml, docs/payments.yaml]
codes:
  # The docs have no status for these; inline entries add them.
  - code: invalid_order_number
    status: 404
  - code: already_paid
    status: 409
    message: Order already paid
  - code: 1003
    status: 404
`,
		"docs/orders.yaml": `codes:
  - code: invalid_order_number
    message: Order not found
    endpoints: [Paid Order]
  - code: invalid_order_number
    message: Order not found
    endpoints: [Complete Order, Cancel Order]
  - code: already_paid
    message: This order is paid
    endpoints: [Paid Order]
  - code: "?"
    message: "?"
    endpoints: [Get Order Details]
  - code: invalid_status
    message: "?"
    endpoints: [Confirm Order]
`,
		"docs/payments.yaml": `codes:
  - code: invalid_order_number
    message: No such order
    endpoints: [Refund]
    deprecated: true
`,
	})
	if err != nil {
		t.Fatal(err)
	}
	var codes []string
	for _, c := range cat.Codes {
		codes = append(codes, c.Code)
	}
	if got, want := strings.Join(codes, " "), "1003 already_paid invalid_order_number invalid_status"; got != want {
		t.Errorf("codes = %s, want %s (numbers first)", got, want)
	}
	c := cat.Lookup("invalid_order_number")
	want := &catalog.Code{
		Code:       "invalid_order_number",
		Statuses:   []int{404},
		Messages:   []string{"Order not found", "No such order"},
		Endpoints:  []string{"Paid Order", "Complete Order", "Cancel Order", "Refund"},
		Deprecated: true,
	}
	if c == nil || c.Code != want.Code || !reflect.DeepEqual(c.Statuses, want.Statuses) || !reflect.DeepEqual(c.Messages, want.Messages) ||
		!reflect.DeepEqual(c.Endpoints, want.Endpoints) || c.Deprecated != want.Deprecated {
		t.Errorf("invalid_order_number = %+v\nwant %+v", c, want)
	}
	if c.Pos.Line != 2 || !strings.HasSuffix(c.Pos.File, "orders.yaml") {
		t.Errorf("pos = %v, want the first entry, orders.yaml:2", c.Pos)
	}
	if !strings.HasSuffix(c.StatusPos.File, "errcodes.yaml") || c.StatusPos.Line != 6 {
		t.Errorf("status pos = %v, want the inline entry", c.StatusPos)
	}
	// An overlay's message replaces the docs' messages.
	if got := cat.Lookup("already_paid").Messages; !reflect.DeepEqual(got, []string{"Order already paid"}) {
		t.Errorf("already_paid messages = %v", got)
	}
	if len(cat.Holes) != 2 || cat.Holes[0].Code != "?" || cat.Holes[0].Endpoint != "Get Order Details" ||
		cat.Holes[1].Code != "invalid_status" || cat.Holes[1].Endpoint != "Confirm Order" {
		t.Errorf("holes = %+v", cat.Holes)
	}
	if !cat.HasEndpoint("Get Order Details") || !cat.HasEndpoint("Refund") || cat.HasEndpoint("Nope") {
		t.Error("HasEndpoint is wrong")
	}
	if got := cat.HolesFor("Get Order Details"); len(got) != 1 {
		t.Errorf("HolesFor = %+v", got)
	}
}

func TestConflictingStatusesAcrossFiles(t *testing.T) {
	_, err := load(t, map[string]string{
		"errcodes.yaml": "version: 1\ncatalog: [a.yaml, b.yaml]\n",
		"a.yaml":        "codes:\n  - code: already_paid\n    status: 409\n",
		"b.yaml":        "codes:\n  - code: already_paid\n    status: 400\n",
	})
	if err == nil || !strings.Contains(err.Error(), `b.yaml:3:5: code "already_paid" has status 400 here but 409 at `) {
		t.Errorf("error = %v", err)
	}
}

func TestCatalogFileErrors(t *testing.T) {
	_, err := load(t, map[string]string{
		"errcodes.yaml": "version: 1\ncatalog: [a.yaml]\n",
		"a.yaml":        "codes:\n  - code: x\n    stat: 1\n",
	})
	if err == nil || !strings.HasSuffix(err.Error(), `a.yaml:3:5: unknown key "stat" in code entry; did you mean "status"?`) {
		t.Errorf("error = %v", err)
	}
}

func TestNearest(t *testing.T) {
	cat, err := load(t, map[string]string{"errcodes.yaml": `version: 1
codes:
  - code: invalid_order_number
  - code: order_already_canceled
  - code: order_already_completed
  - code: 1003
  - code: 1004
  - code: ab
  - code: abcd
  - code: abce
`})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		in, want string
	}{
		{"invalid_order_numbr", "invalid_order_number"},
		{"invalid_ordr_numbr", "invalid_order_number"},
		{"order_already_cancelled", "order_already_canceled"},
		{"order_canceled", ""}, // many edits away
		{"1005", ""},           // numbers are not typos of numbers
		{"ac", ""},             // too short to guess
		{"abcf", ""},           // two codes are as near: no single answer
		{"totally_different", ""},
	} {
		got, ok := cat.Nearest(tc.in)
		if got != tc.want || ok != (tc.want != "") {
			t.Errorf("Nearest(%q) = %q, %v; want %q", tc.in, got, ok, tc.want)
		}
	}
}

func TestLookupByName(t *testing.T) {
	cat, err := load(t, map[string]string{"errcodes.yaml": "version: 1\ncodes:\n  - code: 404\n    name: NotFound\n"})
	if err != nil {
		t.Fatal(err)
	}
	if c := cat.Lookup("NotFound"); c == nil || c.Code != "404" {
		t.Errorf("Lookup by name = %+v", c)
	}
}
