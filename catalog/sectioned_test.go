package catalog

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

const sectionedSeed = "testdata/seeds/000_5e2a471fc6f96318.txt"

// seedFiles lists the five seeds, for detection tests.
func sectionedSeeds(t testing.TB) []string {
	files, err := filepath.Glob("testdata/seeds/*.txt")
	if err != nil || len(files) != 5 {
		t.Fatalf("want the 5 seeds, got %v (%v)", files, err)
	}
	return files
}

// sectionedNorm makes empty slices nil so that entries compare with
// reflect.DeepEqual.
func sectionedNorm(e Entry) Entry {
	for _, s := range []*[]string{&e.Messages, &e.Endpoints, &e.Fields, &e.Required, &e.Reasons} {
		if len(*s) == 0 {
			*s = nil
		}
	}
	return e
}

// sectionedCompare reports every difference between got and want entries.
func sectionedCompare(t *testing.T, got, want []Entry) {
	t.Helper()
	for i := 0; i < len(got) || i < len(want); i++ {
		switch {
		case i >= len(got):
			t.Errorf("missing entry %d: %+v", i, want[i])
		case i >= len(want):
			t.Errorf("extra entry %d: %+v", i, got[i])
		default:
			if g, w := sectionedNorm(got[i]), sectionedNorm(want[i]); !reflect.DeepEqual(g, w) {
				t.Errorf("entry %d:\n got %+v\nwant %+v", i, g, w)
			}
		}
	}
}

func sectionedWarnings(t *testing.T, got ErrorList, want ...string) {
	t.Helper()
	var g []string
	for _, e := range got {
		g = append(g, e.Error())
	}
	if strings.Join(g, "\n") != strings.Join(want, "\n") {
		t.Errorf("warnings:\n got %q\nwant %q", g, want)
	}
}

func sectionedParse(t *testing.T, file string) *Doc { return parseAs(t, file, "sectioned-list") }

func TestSectionedSeed(t *testing.T) {
	f := sectionedSeed
	e := func(line int, code, endpoint string, msgs ...string) Entry {
		return Entry{Code: code, Messages: msgs, Endpoints: []string{endpoint}, Pos: Pos{File: f, Line: line}}
	}
	const (
		dup  = `Duplicate aggregator settings: {AggregatorType(aggregator_setting["type"]).label} settings for group {aggregator_setting["group"]} already exists in this request`
		inv  = "Add / Update Inventory"
		oos  = "Update Out of Stock Inventory"
		invS = "Add / Update Inventory Settings"
		modA = "Add / Update Modifier Aggregator Settings"
		varA = "Add / Update Variant Aggregator Settings"
		varG = "Add / Update Variant Group"
	)
	want := []Entry{
		// ### Inventory
		e(9, "store_not_found", inv, "Store not found"),
		e(10, "invalid_inventories", inv, "There is no inventories to be updated"),
		e(11, "variant_not_found", inv, "Cannot find variant with code {variant.code}"),
		e(14, "", oos, "Store is inactive"),
		e(15, "invalid_code", oos, "{code} is not a valid variant in store {store.code}"),
		e(18, "inventory_not_found", invS, "Can't find variant {variant_code} in store {self.store.name}"),
		// ### Group
		e(22, "group_assignment_error", "Add / Update Group", "Invalid Group assignment: {parent}"),
		e(23, "parent_not_found", "Add / Update Group", "Parent group not found"),
		e(26, "duplicate_aggregator_setting", invS, dup),
		e(27, "invalid_aggregator_settings", invS, "Field 'aggregator_setting' is not a valid JSON array"),
		// ### Order
		e(31, "rate_limit_exceeded", "Get Order", "Please wait for a few minutes and try again"),
		e(34, "?", "Get Order Details", "?"),
		e(37, "invalid_order_number", "Paid Order", "Order not found"), // trailing space trimmed
		e(38, "already_paid", "Paid Order", "Order already paid"),
		e(41, "invalid_order_number", "Complete Order", "Order not found"),
		e(42, "order_already_completed", "Complete Order", "Order already completed"),
		e(43, "order_already_canceled", "Complete Order", "Order already canceled"),
		e(46, "invalid_order_number", "Confirm Order", "Order not found"),
		e(47, "invalid_status", "Confirm Order", "Order has been {order.get_status_display().lower()}"),
		e(50, "invalid_order_number", "Cancel Order", "Order not found"),
		e(51, "order_already_canceled", "Cancel Order", "Order already canceled"),
		e(54, "has_invalid_items", "Add Order", "Sorry, the following item(s) are not available"),
		e(55, "aquisition_error", "Add Order", "Please wait for a few seconds and try again"),
		// ### Product and Variant
		e(59, "?", "Add / Update Product & Variant", "?"),
		e(62, "duplicate_aggregator_setting", varA, dup),
		e(63, "", varA, "Variant {variant_code} not found, please try again"),
		e(66, "invalid_extra_data_format", varG, `"extra data" must be a JSON dictionary ({})`),
		e(67, "invalid_dimension_format", varG, `"dimension" must be a JSON dictionary ({})`),
		e(68, "invalid_dimension_format", varG, `"dimension.{key}" is an invalid field`),
		e(69, "invalid_dimension_format", varG, `"dimension.{key}" must be a float or integer`),
		// ### Modifier
		e(73, "invalid_type", modA, "Invalid Type"),
		e(74, "invalid_aggregator_settings", modA, "Invalid aggregator settings format (expected JSON Array)"),
		e(75, "duplicate_aggregator_setting", modA, dup),
		e(76, "modifier_group_not_found", modA, `Can't find modifier group {",".join(invalid_modifier_group_code)} in merchant '{merchant.name}'`),
	}
	doc := sectionedParse(t, f)
	sectionedCompare(t, doc.Entries, want)
	sectionedWarnings(t, doc.Warnings)
	if doc.Strict || doc.PerEndpoint {
		t.Errorf("Strict, PerEndpoint = %v, %v; want false, false", doc.Strict, doc.PerEndpoint)
	}

	// Merged, the entries give 21 codes, two entries without a code and
	// two placeholders.
	cat := mergeEntries(t, doc)
	if len(cat.Codes) != 21 {
		t.Errorf("got %d codes, want 21", len(cat.Codes))
	}
	sectionedWarnings(t, cat.Warnings, f+":14: entry has no code", f+":63: entry has no code")
	wantHoles := []Hole{
		{Code: "?", Field: "code", Endpoint: "Get Order Details", Pos: Pos{File: f, Line: 34}},
		{Code: "?", Field: "code", Endpoint: "Add / Update Product & Variant", Pos: Pos{File: f, Line: 59}},
	}
	if !reflect.DeepEqual(cat.Holes, wantHoles) {
		t.Errorf("holes = %+v, want %+v", cat.Holes, wantHoles)
	}
	c := cat.Lookup("invalid_order_number")
	if want := []string{"Paid Order", "Complete Order", "Confirm Order", "Cancel Order"}; c == nil || !reflect.DeepEqual(c.Endpoints, want) || !reflect.DeepEqual(c.Messages, []string{"Order not found"}) {
		t.Errorf("invalid_order_number = %+v", c)
	}
	c = cat.Lookup("invalid_dimension_format")
	if c == nil || len(c.Messages) != 3 {
		t.Errorf("invalid_dimension_format = %+v, want 3 messages", c)
	}
	c = cat.Lookup("duplicate_aggregator_setting")
	if want := []string{invS, varA, modA}; c == nil || !reflect.DeepEqual(c.Endpoints, want) {
		t.Errorf("duplicate_aggregator_setting = %+v, want endpoints %q", c, want)
	}
}

// The variant is the same family written differently: * bullets and
// numbered items, code:/message: keys (and ErrorCode), ',' and ';'
// separators, the message first, a wrapped message, a status key, no
// section for the first endpoints, entries right under a heading, an
// endpoint in bold.
func TestSectionedVariant(t *testing.T) {
	f := "testdata/sectioned_variant.md"
	e := func(line int, code, endpoint string, msgs ...string) Entry {
		return Entry{Code: code, Messages: msgs, Endpoints: []string{endpoint}, Pos: Pos{File: f, Line: line}}
	}
	declined := e(13, "card_declined", "Refund Payment", "The card was declined")
	declined.Status = 402
	want := []Entry{
		e(6, "card_declined", "Create Payment", "The card {card.last4} was declined"),
		e(7, "amount_too_small", "Create Payment", "Amount must be at least {min_amount}"),
		e(8, "", "Create Payment", "Something went wrong while charging {card.id}"),
		e(11, "?", "Refund Payment", "?"),
		e(12, "refund_failed", "Refund Payment", "Refund of {amount} failed"),
		declined,
		e(15, "1004", "List Payments", "Page size too large"),
		e(16, "", "List Payments", "Empty code"),
		e(17, "page_invalid", "List Payments", "Bad page {page}"),
		e(18, "brewing", "List Payments", "I'm a teapot"),
		e(21, "webhook_invalid", "Webhooks", "Signature mismatch for {event.id}"),
		e(24, "payment_closed", "Close Payment", "Payment {id} is closed"),
	}
	doc := sectionedParse(t, f)
	sectionedCompare(t, doc.Entries, want)
	sectionedWarnings(t, doc.Warnings,
		f+":17: entry gives its code twice; keeping the first",
		f+`:18: status "teapot" is not an HTTP status`)
}

func TestSectionedEdgeCases(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []Entry
	}{
		{"no endpoint", "- error_code: a | error_message: b\n",
			[]Entry{{Code: "a", Messages: []string{"b"}, Pos: Pos{File: "x.md", Line: 1}}}},
		{"empty message", "- Get\n  - error_code: a | error_message:\n",
			[]Entry{{Code: "a", Endpoints: []string{"Get"}, Pos: Pos{File: "x.md", Line: 2}}}},
		{"prose is not an entry", "Code: see below\nStatus: beta\n- error_code: a\n",
			[]Entry{{Code: "a", Pos: Pos{File: "x.md", Line: 3}}}},
		{"CRLF", "- Get\r\n  - error_code: a | error_message: b \r\n",
			[]Entry{{Code: "a", Messages: []string{"b"}, Endpoints: []string{"Get"}, Pos: Pos{File: "x.md", Line: 2}}}},
		{"unclosed front matter", "---\n- error_code: a\n",
			[]Entry{{Code: "a", Pos: Pos{File: "x.md", Line: 2}}}},
	} {
		doc, err := parseSectioned("x.md", []byte(tc.text))
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		t.Run(tc.name, func(t *testing.T) { sectionedCompare(t, doc.Entries, tc.want) })
	}
}

func TestSectionedDetect(t *testing.T) {
	for _, file := range sectionedSeeds(t) {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		got := DetectFormat(file, data) == "sectioned-list"
		if want := file == sectionedSeed; got != want {
			t.Errorf("%s detected as sectioned-list: %v, want %v", file, got, want)
		}
	}
	for _, tc := range []struct {
		name, text string
		want       bool
	}{
		{"errcodes.yaml", "version: 1\ncodes:\n  - code: a | message: b\n", false},
		{"catalog.yaml", "codes:\n  - code: a\n    message: b\n", false},
		{"errors.md", "- code: a\n- message: b\n", false},
		{"errors.md", "* code: a, message: b\n", true},
		{"errors.md", "error_message: b\n", true},
		{"errors.txt", "- **error_code**: a | **error_message**: b\n", true},
	} {
		if got := detectSectioned(tc.name, []byte(tc.text)); got != tc.want {
			t.Errorf("detectSectioned(%s, %q) = %v, want %v", tc.name, tc.text, got, tc.want)
		}
	}
}
