package catalog

import (
	"os"
	"strconv"
	"strings"
	"testing"
)

// The rows of the deprecated table of the seed, lines 17 to 63, as
// code|status|description, copied from the file.
const mdttSeedCodes = `1000|500|Internal Server Error
1001|401|Unauthorized
1002|400|Quantity validation error
1003|404|Product not found
1004|400|Invalid product type
1005|400|Invalid product status (should be active)
1006|400|Invalid product quantity
1007|500|Internal Server Error
1008|400|Insufficient balance
1009|500|Internal Server Error
1010|500|Internal Server Error
1100|500|Internal Server Error
1101|404|Order not found
1102|400|Preorder not ready
1103|400|Order status closed
1104|400|Order status canceled
1400|400|Bad Request
1401|401|Unauthorized
1404|404|Not Found
1500|500|Internal Server Error
1503|503|Service Unavailable
2400|400|Bad Request
2401|401|Unauthorized
2404|404|Not Found
2405|405|Method Not Allowed
2500|500|Internal Server Error
2503|503|Service Unavailable
2601|400|Query parameter validation error
2602|404|Order not found
2603|404|Dispatch not found
2604|401|Unauthorized
2605|400|Invalid content type (should be json)
2607|400|Balance amount below minimum value
2608|401|Unauthorized
2609|400|Order request validation error
2610|400|Invalid product qty, price or product not found
2611|500|Internal Server Error
2612|401|Unauthorized
2613|400|Insufficient balance
3400|400|Bad Request
3404|404|Not Found
3405|405|Method Not Allowed
3500|500|Internal Server Error
3503|503|Service Unavailable
3601|404|Product not found
3602|400|Query parameters validation error
3603|404|Category not found`

// The kinds of the newer format, lines 103 to 118, as kind|description.
const mdttSeedKinds = `ConstraintViolation|Bad request. The message payload is invalid.
Error|Unspecified error.
HttpClient|Internal communication failed.
Authorization|Bad authorization credentials.
InsufficientBalance|There are not enough funds to place order.
BalanceRequired|The balance value is lower than minimum balance required to place order.
OrderFailed|Order has not been created.
OrderHold|Order has been hold. Dispatch has been blocked.
OrderNotDispatchedYet|Order has not been dispatched yet. Please try send request again.
OrderNotPaid|Problem with payment with balance.
OrderPartiallyDispatched|Not of all products has been dispatched yet. Please try send request again.
Preorder|Problem with buying preorder. See detail for more info.
ProcessingPreorder|Order will be dispatched after product release date.
ProductUnavailable|Product has been sold or is not active. Maybe try to update product and send request again.
OrderNotFound|Order not found - invalid orderId value
DispatchNotFound|Dispatch not found - invalid dispatchId value`

func TestMarkdownTableSeed(t *testing.T) {
	var want []jhtWant
	for i, row := range strings.Split(mdttSeedCodes, "\n") {
		f := strings.Split(row, "|")
		st, _ := strconv.Atoi(f[1])
		want = append(want, jhtWant{line: 17 + i, code: f[0], status: st, msg: f[2], deprecated: true})
	}
	if len(want) != 47 || want[46].line != 63 {
		t.Fatalf("bad expectation: %d codes ending at line %d", len(want), want[len(want)-1].line)
	}
	for i, row := range strings.Split(mdttSeedKinds, "\n") {
		f := strings.Split(row, "|")
		want = append(want, jhtWant{line: 103 + i, code: f[0], msg: f[1]})
	}
	if want[len(want)-1].line != 118 {
		t.Fatalf("bad expectation: kinds end at line %d", want[len(want)-1].line)
	}
	for i, kind := range []string{"OrderHold", "OrderNotDispatchedYet", "OrderPartiallyDispatched", "ProcessingPreorder"} {
		want = append(want, jhtWant{line: 123 + i, code: kind, retryable: true})
	}
	doc := jhtCheck(t, "markdown-table", "testdata/seeds/003_bad9894f524535f0.txt", want, nil)

	cat := mergeEntries(t, doc)
	if len(cat.Codes) != 63 || len(cat.Holes) != 0 || len(cat.Warnings) != 0 {
		t.Errorf("catalog: %d codes, %d holes, %d warnings; want 63, 0, 0", len(cat.Codes), len(cat.Holes), len(cat.Warnings))
	}
	var retryable, deprecated []string
	for _, c := range cat.Codes {
		if c.Retryable {
			retryable = append(retryable, c.Code)
		}
		if c.Deprecated {
			deprecated = append(deprecated, c.Code)
		}
	}
	if got := strings.Join(retryable, " "); got != "OrderHold OrderNotDispatchedYet OrderPartiallyDispatched ProcessingPreorder" {
		t.Errorf("retryable: %s", got)
	}
	if len(deprecated) != 47 {
		t.Errorf("%d deprecated codes, want 47", len(deprecated))
	}
	if c := cat.Lookup("OrderHold"); c == nil || c.Pos.Line != 110 || len(c.Messages) != 1 {
		t.Errorf("OrderHold: %+v", c)
	}
}

// Another page: columns in another order and with markup, a parameters
// table that is no code table, an empty code, a placeholder message, a hex
// and a zero-padded code, a bad status, a Retryable column, inline and list
// retryable codes (and a list that is not), a deprecated section whose
// notice is a heading, a notice that only mentions deprecation, a row
// marked deprecated in its cells.
func TestMarkdownTableOther(t *testing.T) {
	want := []jhtWant{
		{line: 17, code: "SHIPMENT_NOT_FOUND", status: 404, msg: "Shipment not found", template: true},
		{line: 18, code: "LABEL_ALREADY_PRINTED", status: 409, msg: "The label was already printed", template: true},
		{line: 19, code: "CARRIER_UNAVAILABLE", status: 503, msg: "Carrier is unavailable, try later", template: true, retryable: true},
		{line: 20, code: "", status: 400, msg: "Address is incomplete", template: true},
		{line: 21, code: "RATE_LIMITED", msg: "?", template: true},
		{line: 22, code: "500", msg: "Legacy internal error", template: true},
		{line: 23, code: "ADDRESS_INVALID", msg: "The address is invalid", template: true},
		{line: 25, code: "RATE_LIMITED", retryable: true},
		{line: 25, code: "UPSTREAM_TIMEOUT", retryable: true},
		{line: 35, code: "42", msg: "Old quota exceeded", deprecated: true},
		{line: 36, code: "E-17", msg: "Parcel too heavy", deprecated: true},
		{line: 42, code: "ParcelTooHeavy", status: 422, msg: "Parcel too heavy", template: true},
		{line: 43, code: "PickupMissed", status: 409, msg: "Pickup missed", template: true},
		{line: 44, code: "LabelVoided", msg: "Label was voided", template: true, deprecated: true},
		{line: 48, code: "PickupMissed", retryable: true},
		{line: 49, code: "CarrierTimeout", retryable: true},
	}
	warnings := []string{
		`errors.md:23: status "teapot" of code "ADDRESS_INVALID" is not an HTTP status`,
	}
	doc := jhtCheck(t, "markdown-table", "testdata/mdtable/errors.md", want, warnings)

	cat := mergeEntries(t, doc)
	if len(cat.Holes) != 1 || cat.Holes[0].Code != "RATE_LIMITED" || cat.Holes[0].Pos.Line != 21 {
		t.Errorf("holes: %+v", cat.Holes)
	}
	if len(cat.Warnings) != 1 || cat.Warnings[0].Pos.Line != 20 || cat.Warnings[0].Msg != "entry has no code" {
		t.Errorf("catalog warnings: %v", cat.Warnings)
	}
}

func TestMarkdownTableDetect(t *testing.T) {
	jhtDetect(t, "markdown-table", map[string]bool{
		"testdata/seeds/003_bad9894f524535f0.txt": true,
		"testdata/mdtable/errors.md":              true,
	})
	data, _ := os.ReadFile("testdata/mdtable/errors.md")
	for _, name := range []string{"errors.yaml", "errors.json", "errors.ts"} {
		if got := DetectFormat(name, data); got == "markdown-table" {
			t.Errorf("DetectFormat(%s) = %q", name, got)
		}
	}
	// A page whose only table is not about codes.
	params := "| Parameter | Type | Description |\n|---|---|---|\n| limit | int | Page size |\n"
	if got := DetectFormat("api.md", []byte(params)); got != "" {
		t.Errorf("DetectFormat(parameters table) = %q", got)
	}
}
