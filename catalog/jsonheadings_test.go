package catalog

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// jhtWant is an expected entry; fields not set are expected empty.
type jhtWant struct {
	line       int
	code, name string
	status     int
	msg        string // "" for none
	fields     []string
	deprecated bool
	retryable  bool
	statusLine int  // line the status came from, when not the entry's
	template   bool // msg is the text the API returns (a Message column), not an example
	statusHole bool // the status is written "?"
}

// jhtCheck parses file with format and compares every entry and warning.
func jhtCheck(t *testing.T, format, file string, want []jhtWant, wantWarnings []string) *Doc {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	name := filepath.Base(file)
	doc, err := ParseFile(name, data, format)
	if err != nil {
		t.Fatalf("ParseFile(%s): %v", name, err)
	}
	for i := 0; i < max(len(want), len(doc.Entries)); i++ {
		if i >= len(want) {
			t.Errorf("%s: unexpected entry %+v", name, doc.Entries[i])
			continue
		}
		w := want[i]
		exp := Entry{Code: w.code, Name: w.name, Status: w.status, Fields: w.fields,
			Deprecated: w.deprecated, Retryable: w.retryable, Pos: Pos{File: name, Line: w.line}}
		if w.msg != "" {
			exp.Messages = []string{w.msg}
			// Examples and descriptions are not the text the API must
			// return: the message check does not compare them.
			exp.ExampleMessages = !w.template
		}
		exp.StatusPlaceholder = w.statusHole
		if w.statusLine != 0 {
			exp.StatusPos = Pos{File: name, Line: w.statusLine}
		}
		if i >= len(doc.Entries) {
			t.Errorf("%s: missing entry %+v", name, exp)
			continue
		}
		if got := jhtNormalize(doc.Entries[i]); !reflect.DeepEqual(got, jhtNormalize(exp)) {
			t.Errorf("%s: entry %d:\n got %+v\nwant %+v", name, i, got, exp)
		}
	}
	var got []string
	for _, w := range doc.Warnings {
		got = append(got, w.Error())
	}
	if strings.Join(got, "\n") != strings.Join(wantWarnings, "\n") {
		t.Errorf("%s: warnings:\n got %q\nwant %q", name, got, wantWarnings)
	}
	return doc
}

func jhtNormalize(e Entry) Entry {
	for _, s := range []*[]string{&e.Messages, &e.Endpoints, &e.Fields, &e.Required, &e.Reasons} {
		if len(*s) == 0 {
			*s = nil
		}
	}
	return e
}

// The seed: an errors.mdx page scraped from a GitHub file view.
func TestJSONHeadingsSeed(t *testing.T) {
	const seed = "testdata/seeds/001_38ddf1450b35f244.txt"
	want := []jhtWant{
		{line: 42, code: "INSUFFICIENT_PERMISSIONS", msg: "This API client key does not have permissions to perform this request."},
		{line: 53, code: "INVALID_API_CREDENTIALS", msg: "Your API credentials are invalid."},
		{line: 64, code: "INVALID_CHILD_RESOURCE", msg: "That child resource does not belong to the specified parent."},
		{line: 75, code: "INVALID_IDEMPOTENCY_KEY", msg: "idempotencyKey must be a uuid v4"},
		{line: 86, code: "INVALID_INVENTORY_TYPE", msg: "Incorrect inventory type submitted."},
		{line: 97, code: "INVALID_PARAMS", msg: "type must be one of: delivery, pickup, in-store."},
		{line: 108, code: "INVALID_ORDER", msg: "The order you submitted was malformed."},
		{line: 119, code: "INVALID_ORDER_QUANTITY", msg: "Orders cannot contain negative quantities."},
		{line: 130, code: "INVALID_ORDER_TYPE", msg: "The organization does not support that order type."},
		{line: 141, code: "MISSING_PARAMS", msg: "Please enter your address.", fields: []string{"missing"}},
		{line: 157, code: "NON_ZERO_INVENTORY", msg: "This operation may not be performed while a product has inventory."},
		{line: 167, code: "ORDER_MINIMUM_NOT_MET", msg: "The amount you submitted is under the order minimum for this organization.", fields: []string{"minimum"}},
		{line: 181, code: "OUT_OF_STOCK", msg: "An order line exceeds current inventory.", fields: []string{"lineItem", "product"}},
		{line: 202, code: "PRODUCT_CATEGORY_NOT_FOUND", msg: "A primary category with that name was not found."},
		{line: 213, code: "PRODUCT_IS_INACTIVE", msg: "One of the products you submitted is currently inactive.", fields: []string{"productId"}},
		{line: 227, code: "PURCHASE_LIMIT_EXCEEDED", msg: "This order is over the daily purchase limit by 3.36g of non-concentrated cannabis (flowers).", fields: []string{"overages"}},
		{line: 248, code: "PURCHASE_ORDER_CLOSED", msg: "This purchase order is already closed. You may only set paymentStatus to paid."},
		{line: 259, code: "PURCHASE_ORDER_LINE_ITEM_RECEIVED", msg: "Purchase Order Line Items that already have receptions may not be edited."},
		{line: 270, code: "PURCHASE_ORDER_MISSING_CUSTOM_DATE", msg: "Purchase Orders with paymentTerms: Custom must have a paymentTermsDueDate"},
		{line: 281, code: "TRANSACTION_RETRY_EXCEEDED", msg: "Retry limit exceeded for concurrent transactions. Retry the request."},
	}
	warnings := []string{
		"001_38ddf1450b35f244.txt:161: malformed JSON example for NON_ZERO_INVENTORY (unexpected end of JSON input); its code and message were read by a tolerant scan",
	}
	doc := jhtCheck(t, "json-headings", seed, want, warnings)

	// Merged: 20 codes, none without a code, no holes.
	cat := mergeEntries(t, doc)
	if len(cat.Codes) != 20 || len(cat.Holes) != 0 || len(cat.Warnings) != 0 {
		t.Errorf("catalog: %d codes, %d holes, %d warnings; want 20, 0, 0", len(cat.Codes), len(cat.Holes), len(cat.Warnings))
	}
	// The envelope example in the introduction is not an entry.
	if c := cat.Lookup("INVALID_API_CREDENTIALS"); c == nil || c.Pos.Line != 53 {
		t.Errorf("INVALID_API_CREDENTIALS: %+v, want the entry at line 53", c)
	}
}

// A Markdown (MDX) page: fenced examples, a renamed heading, a sub-heading
// before the example, a camelCase code confirmed by its example, JSONC
// comments, a heading status, an indented example with a numeric code.
func TestJSONHeadingsMDX(t *testing.T) {
	want := []jhtWant{
		{line: 23, code: "CARD_DECLINED", msg: "Your card was declined.", fields: []string{"declineCode", "chargeId"}},
		{line: 40, code: "PAYMENT_DECLINED", name: "PAYMENT_FAILED", status: 402, statusLine: 47, msg: "Payment could not be completed."},
		{line: 56, code: "RateLimited", msg: "Slow down.", fields: []string{"retryAfter"}},
		{line: 71, code: "ACCOUNT_FROZEN", status: 403},
		{line: 81, code: "4001", name: "LEGACY_LIMIT", msg: "Legacy limit reached"},
	}
	warnings := []string{
		"errors.mdx:62: malformed JSON example for RateLimited (invalid character '}' looking for beginning of object key string); its code and message were read by a tolerant scan",
	}
	jhtCheck(t, "json-headings", "testdata/jsonheadings/errors.mdx", want, warnings)
}

// A page scraped as text without blank lines: bare heading lines, an
// "Example" line that is no code, page chrome, an example cut short at the
// end of the file.
func TestJSONHeadingsScraped(t *testing.T) {
	want := []jhtWant{
		{line: 19, code: "ITEM_NOT_FOUND", msg: "Item not found.", fields: []string{"itemId"}},
		{line: 28, code: "CartExpired", msg: "Your cart has expired."},
		{line: 37, code: "STORE_CLOSED", msg: "This store is closed.", fields: []string{"opensAt", "flags"}},
		{line: 53, code: "QUOTA_REACHED", msg: "You have reached your monthly quota."},
	}
	warnings := []string{
		"scraped.txt:55: malformed JSON example for QUOTA_REACHED (unexpected end of JSON input); its code and message were read by a tolerant scan",
	}
	jhtCheck(t, "json-headings", "testdata/jsonheadings/scraped.txt", want, warnings)
}

// jhtDetect checks DetectFormat says format for its files and not for the
// other seeds.
func jhtDetect(t *testing.T, format string, mine map[string]bool) {
	t.Helper()
	files, _ := filepath.Glob("testdata/seeds/*.txt")
	for f := range mine {
		if !strings.HasPrefix(f, "testdata/seeds/") {
			files = append(files, f)
		}
	}
	if len(files) < 5 {
		t.Fatalf("found %d seeds", len(files))
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		got := DetectFormat(filepath.Base(f), data) == format
		if got != mine[f] {
			t.Errorf("DetectFormat(%s) == %q is %v, want %v", f, format, got, mine[f])
		}
	}
}

func TestJSONHeadingsDetect(t *testing.T) {
	jhtDetect(t, "json-headings", map[string]bool{
		"testdata/seeds/001_38ddf1450b35f244.txt": true,
		"testdata/jsonheadings/errors.mdx":        true,
		"testdata/jsonheadings/scraped.txt":       true,
	})
	// Not in other files, whatever their content.
	data, _ := os.ReadFile("testdata/jsonheadings/errors.mdx")
	for _, name := range []string{"errors.yaml", "errors.json", "errors.ts"} {
		if got := DetectFormat(name, data); got == "json-headings" {
			t.Errorf("DetectFormat(%s) = %q", name, got)
		}
	}
}

func TestJSONHeadingsScanner(t *testing.T) {
	for _, tc := range []struct {
		in        string
		code, msg string
		fields    []string
		malformed bool
	}{
		{in: `{"error": {"code": "A", "message": "m", "meta": {"x": 1, "y": {"z": 2}}}}`, code: "A", msg: "m", fields: []string{"x", "y"}},
		{in: `{"code": 0x10, "message": 'single'}`, code: "16", msg: "single", malformed: true},
		{in: `[{"errors": [{"code": "B", "message": "esc \"q\""}]}]`, code: "B", msg: `esc "q"`},
		{in: "{\n  \"error\": {\n    \"message\": \"open\n    \"code\": \"C\"", code: "C", msg: "open", malformed: true},
		{in: `{error: {code: D, message: "no quotes"}}`, code: "D", msg: "no quotes", malformed: true},
		{in: `{"code": "E" /* note */, "message": "m"} // trailing`, code: "E", msg: "m"},
		{in: `{"code": "F"]`, code: "F", malformed: true},
	} {
		ex, ok := jhScanExample(tc.in)
		if !ok || ex.code != tc.code || ex.message != tc.msg || !reflect.DeepEqual(ex.fields, tc.fields) || (ex.malformed != "") != tc.malformed {
			t.Errorf("jhScanExample(%q) = %+v, %v", tc.in, ex, ok)
		}
	}
	for _, in := range []string{"", "no json", `{"other": 1}`, strings.Repeat("[", 10000), strings.Repeat("{", 10000)} {
		if ex, ok := jhScanExample(in); ok {
			t.Errorf("jhScanExample(%.20q) = %+v, want nothing", in, ex)
		}
	}
}
