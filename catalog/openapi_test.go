package catalog

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// oaWant is one expected (endpoint, status, code) of an OpenAPI catalog.
type oaWant struct {
	line     int
	endpoint string
	status   int
	code     string
	messages []string
}

func oaParse(t *testing.T, file string) *Doc {
	t.Helper()
	doc := parseAs(t, file, "openapi")
	if !doc.PerEndpoint || doc.Strict {
		t.Errorf("PerEndpoint = %v, Strict = %v; want true, false", doc.PerEndpoint, doc.Strict)
	}
	return doc
}

func oaCheck(t *testing.T, got []Entry, want []oaWant) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("got %d entries, want %d", len(got), len(want))
	}
	for i := range min(len(got), len(want)) {
		g, w := got[i], want[i]
		if g.Code != w.code || g.Status != w.status || !slices.Equal(g.Endpoints, []string{w.endpoint}) || g.Pos.Line != w.line {
			t.Errorf("entry %d: got %q %d %q at line %d, want %q %d %q at line %d",
				i, g.Endpoints, g.Status, g.Code, g.Pos.Line, w.endpoint, w.status, w.code, w.line)
			continue
		}
		if !slices.Equal(g.Messages, w.messages) {
			t.Errorf("%s %d %s: messages %q, want %q", w.endpoint, w.status, w.code, g.Messages, w.messages)
		}
		if g.Name != "" || len(g.Fields) > 0 || len(g.Required) > 0 || len(g.Reasons) > 0 || g.Deprecated || g.Retryable || g.StatusPos.IsValid() {
			t.Errorf("%s %d %s: unexpected extras %+v", w.endpoint, w.status, w.code, g)
		}
	}
}

func TestOpenAPIShop(t *testing.T) {
	const file = "testdata/openapi/shop.yaml"
	doc := oaParse(t, file)
	auth := func(line int, ep string) []oaWant {
		return []oaWant{
			{line, ep, 401, "missing_credentials", nil},
			{line, ep, 401, "invalid_token", nil},
			{line, ep, 401, "token_expired", nil},
		}
	}
	var want []oaWant
	// listOrders: 400 and 401 are shared responses ($ref); 200 is skipped.
	want = append(want,
		oaWant{25, "listOrders", 400, "invalid_parameter", []string{"cursor is not a valid cursor"}},
		oaWant{25, "listOrders", 400, "invalid_cursor", nil},
	)
	want = append(want, auth(27, "listOrders")...)
	want = append(want, auth(49, "createOrder")...)
	want = append(want,
		// 409: a schema without enum, codes from named examples under error:
		oaWant{51, "createOrder", 409, "cart_price_changed", []string{"Prices in the cart changed; review the cart and retry."}},
		oaWant{51, "createOrder", 409, "out_of_stock", []string{"An item in the cart is out of stock."}},
		// 422: the enum comes through allOf, nested under error.
		oaWant{70, "createOrder", 422, "invalid_address", nil},
		oaWant{70, "createOrder", 422, "payment_method_required", []string{"Add a payment method before placing the order."}},
		oaWant{70, "createOrder", 422, "out_of_stock", nil},
	)
	want = append(want, auth(105, "getOrder")...)
	want = append(want,
		oaWant{107, "getOrder", 404, "order_not_found", []string{"Order not found"}},
		// no operationId
		oaWant{114, "DELETE /orders/{orderId}", 404, "order_not_found", []string{"Order not found"}},
		oaWant{116, "DELETE /orders/{orderId}", 409, "order_already_shipped", nil},
		oaWant{116, "DELETE /orders/{orderId}", 409, "order_cancelled", nil},
		oaWant{116, "DELETE /orders/{orderId}", 409, "order_not_paid", nil},
		// error_code at the top of a problem+json body
		oaWant{134, "refundOrder", 402, "refund_declined", []string{"The card issuer declined the refund."}},
		oaWant{134, "refundOrder", 402, "refund_window_closed", nil},
		oaWant{145, "refundOrder", 409, "order_already_shipped", nil},
		oaWant{145, "refundOrder", 409, "order_cancelled", nil},
		oaWant{145, "refundOrder", 409, "order_not_paid", nil},
		oaWant{145, "refundOrder", 409, "order_fully_refunded", []string{"The order has already been refunded in full."}},
		// 5XX: a range has no single status; default has no codes.
		oaWant{155, "refundOrder", 0, "internal_error", nil},
		oaWant{175, "getStock", 404, "product_not_found", []string{"No product has SKU {sku}."}},
		oaWant{185, "getStock", 0, "invalid_parameter", []string{"cursor is not a valid cursor"}},
		oaWant{185, "getStock", 0, "invalid_cursor", nil},
		// an example given by $ref to components/examples
		oaWant{187, "getStock", 503, "service_unavailable", []string{"Inventory is down for maintenance; retry in a few minutes."}},
	)
	oaCheck(t, doc.Entries, want)
	wantWarn := []string{file + `:145: an example of the 409 response of refundOrder has code "order_fully_refunded", which its schema does not list`}
	if got := tsWarnings(doc.Warnings); !slices.Equal(got, wantWarn) {
		t.Errorf("warnings %q, want %q", got, wantWarn)
	}

	// Merged, a code keeps every status it has at each endpoint, without
	// conflict warnings.
	cat := mergeEntries(t, doc)
	if len(cat.Warnings) > 0 {
		t.Errorf("merge warnings: %v", cat.Warnings)
	}
	oos := cat.Lookup("out_of_stock")
	if oos == nil || !slices.Equal(oos.Statuses, []int{409, 422}) ||
		!slices.Equal(oaPairs(oos.ByEndpoint), []string{"createOrder 409", "createOrder 422"}) {
		t.Errorf("out_of_stock merged as %+v", oos)
	}
	inv := cat.Lookup("invalid_parameter")
	if inv == nil || !slices.Equal(inv.Endpoints, []string{"listOrders", "getStock"}) ||
		!slices.Equal(oaPairs(inv.ByEndpoint), []string{"listOrders 400", "getStock 0"}) {
		t.Errorf("invalid_parameter merged as %+v", inv)
	}
}

// oaPairs formats endpoint statuses without their positions; status 0
// is a code documented under a range or default response.
func oaPairs(list []EndpointStatus) []string {
	var out []string
	for _, es := range list {
		out = append(out, fmt.Sprintf("%s %d", es.Endpoint, es.Status))
		if !es.Pos.IsValid() {
			out = append(out, "no position")
		}
	}
	return out
}

func TestOpenAPIPayments31(t *testing.T) {
	doc := oaParse(t, "testdata/openapi/payments.json")
	oaCheck(t, doc.Entries, []oaWant{
		// numeric enum codes, messages from named examples; the schema's
		// own examples (3.1) are illustrations, not codes of the response
		{21, "createPayment", 400, "4001", []string{"Card declined"}},
		{21, "createPayment", 400, "4002", []string{"Card expired"}},
		{21, "createPayment", 400, "4003", nil},
		// oneOf branches with const code and const message
		{33, "createPayment", 402, "4020", []string{"Insufficient funds"}},
		{33, "createPayment", 402, "4021", nil},
		// a shared response with an errors: [...] example
		{68, "GET /payments/{id}", 404, "4040", []string{"Payment not found"}},
		// errorCode with a 3.1 type list and null in the enum
		{69, "GET /payments/{id}", 0, "5000", nil},
		{69, "GET /payments/{id}", 0, "5030", nil},
	})
	if len(doc.Warnings) > 0 {
		t.Errorf("unexpected warnings: %v", doc.Warnings)
	}
}

func TestOpenAPIPlaceholdersAndDefault(t *testing.T) {
	src := `openapi: 3.0.1
info: {title: Draft, version: "0.1"}
paths:
  /carts/{id}/checkout:
    post:
      responses:
        "200": {description: ok}
        "409":
          description: TODO
          content:
            application/json:
              example: {code: "?", message: "?"}
        default:
          description: Anything else
          content:
            application/json:
              schema:
                properties:
                  errorCode: {type: integer, enum: [9000, 9001]}
              example: {errorCode: 9001, message: "?"}
`
	doc, err := parseOpenAPI("draft.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	const ep = "POST /carts/{id}/checkout"
	oaCheck(t, doc.Entries, []oaWant{
		{8, ep, 409, "?", []string{"?"}},
		{13, ep, 0, "9000", nil},
		{13, ep, 0, "9001", []string{"?"}},
	})
	if len(doc.Warnings) > 0 {
		t.Errorf("unexpected warnings: %v", doc.Warnings)
	}
}

func TestOpenAPIErrors(t *testing.T) {
	tests := []struct {
		name, file, src, want string
	}{{
		name: "invalid YAML",
		file: "api.yaml",
		src:  "openapi: 3.0.0\ninfo:\n  title: x\n   version: 1\n",
		want: "api.yaml:4: invalid YAML: ",
	}, {
		name: "invalid JSON",
		file: "api.json",
		src:  "{\n  \"openapi\": \"3.1.0\",\n  \"paths\": {,}\n}\n",
		want: "api.json:3: invalid JSON: ",
	}, {
		name: "external ref",
		file: "api.yaml",
		src: `openapi: 3.0.0
info: {title: x, version: "1"}
paths:
  /a:
    get:
      responses:
        "404":
          $ref: 'common.yaml#/responses/NotFound'
`,
		want: "api.yaml:1: no error codes found: no 4xx or 5xx response has a code enum or an example with a code\n" +
			`api.yaml:8: external $ref "common.yaml#/responses/NotFound" is not followed (bundle the spec into one file); what refers to it is read as empty`,
	}, {
		name: "version",
		file: "api.yaml",
		src:  "info: {title: x, version: '1'}\nopenapi: 2.0.0\npaths: {}\n",
		want: `api.yaml:2: OpenAPI version "2.0.0" is not supported`,
	}, {
		name: "no codes",
		file: "api.yaml",
		src: `openapi: 3.0.0
info: {title: x, version: "1"}
paths:
  /a:
    get:
      responses:
        "200": {description: ok}
        "500": {description: broken}
`,
		want: "api.yaml:1: no error codes found",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !detectOpenAPI(tt.file, []byte(tt.src)) {
				t.Error("not detected")
			}
			_, err := parseOpenAPI(tt.file, []byte(tt.src))
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("got error %v, want %s...", err, tt.want)
			}
		})
	}
}

func TestOpenAPIDetect(t *testing.T) {
	seeds, err := filepath.Glob("testdata/seeds/*.txt")
	if err != nil || len(seeds) != 5 {
		t.Fatalf("seeds: %v %v", seeds, err)
	}
	for _, s := range seeds {
		data, err := os.ReadFile(s)
		if err != nil {
			t.Fatal(err)
		}
		if detectOpenAPI(s, data) || DetectFormat(s, data) == "openapi" {
			t.Errorf("%s detected as openapi", s)
		}
	}
	tests := []struct {
		file, src string
		want      bool
	}{
		{"api.yml", "# comment\nopenapi: 3.1.0\n", true},
		{"api.yaml", "\"openapi\": \"3.0.0\"\n", true},
		{"api.json", `{"info": {}, "openapi": "3.0.0"}`, true},
		{"api.json", `{"info": {"openapi": "3.0.0"}}`, false},
		{"errcodes.yaml", "version: 1\ncodes:\n  - code: x\n", false},
		{"api.yaml", "swagger: \"2.0\"\n", true},
		{"api.json", `{"swagger": "2.0", "info": {}}`, true},
		{"notes.yaml", "info:\n  swagger: \"2.0\"\n", false},
		{"api.txt", "openapi: 3.0.0\n", false},
		{"notes.yaml", "info:\n  openapi: 3.0.0\n", false},
	}
	for _, tt := range tests {
		if got := detectOpenAPI(tt.file, []byte(tt.src)); got != tt.want {
			t.Errorf("detectOpenAPI(%s, %q) = %v", tt.file, tt.src, got)
		}
	}
}

// A Swagger 2.0 file as swaggo writes it (keys sorted, definitions named
// package.Type, a shared responses block as go-swagger writes it) reads
// as OpenAPI 3 does: codes from each error definition's enum and from
// response examples, by operation and status.
func TestSwagger2Notes(t *testing.T) {
	doc := oaParse(t, "testdata/swagger/notes.yaml")
	const (
		create = "createNotebook"
		get    = "getNote"
		put    = "PUT /notebooks/{id}/notes/{noteID}"
	)
	oaCheck(t, doc.Entries, []oaWant{
		{84, create, 400, "invalid_title", nil},
		{84, create, 400, "title_too_long", nil},
		{88, create, 409, "notebook_exists", nil},
		{117, get, 404, "note_not_found", nil},
		{117, get, 404, "notebook_not_found", nil},
		{121, get, 500, "storage_unavailable", []string{"the note store is unavailable"}},
		{158, put, 400, "invalid_title", nil},
		{158, put, 400, "title_too_long", nil},
		{162, put, 404, "note_not_found", nil},
		{162, put, 404, "notebook_not_found", nil},
		{166, put, 413, "note_too_large", []string{"notes are at most 1 MiB"}},
	})
	if len(doc.Warnings) > 0 {
		t.Errorf("unexpected warnings: %v", doc.Warnings)
	}
	// Routes: as written, and under the basePath and the host's URL.
	for _, r := range []string{"POST /notebooks", "POST /api/v1/notebooks", "GET /api/v1/notebooks/{id}/notes/{noteID}"} {
		if doc.Routes[r] == "" {
			t.Errorf("no route %q in %v", r, doc.Routes)
		}
	}
}

func TestSwagger2Errors(t *testing.T) {
	for _, tt := range []struct{ name, file, src, want string }{
		{"version", "api.yaml", "swagger: \"1.2\"\ninfo: {title: x, version: '1'}\n", `api.yaml:1: Swagger version "1.2" is not supported`},
		{"version JSON", "api.json", "{\n  \"info\": {},\n  \"swagger\": 2\n}\n", `api.json:3: Swagger version "2" is not supported`},
		{"no codes", "api.yaml", "swagger: \"2.0\"\ninfo: {title: x, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n        \"404\": {description: gone}\n", "api.yaml:1: no error codes found"},
		{"host", "api.yaml", "swagger: \"2.0\"\ninfo: {title: x, version: '1'}\nhost: example.com/api\n", `api.yaml:`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if !detectOpenAPI(tt.file, []byte(tt.src)) {
				t.Error("not detected")
			}
			_, err := parseOpenAPI(tt.file, []byte(tt.src))
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("got error %v, want %s...", err, tt.want)
			}
		})
	}
}

// A spec with flaws still loads what is sound: each flaw is a warning at
// its line. A code from an operation's example is documented for that
// operation, with that response's status.
func TestOpenAPITolerant(t *testing.T) {
	doc := oaParse(t, "testdata/openapi/invoices.yaml")
	oaCheck(t, doc.Entries, []oaWant{
		{18, "createInvoice", 400, "currency_invalid", []string{"currency XYZ is not supported"}},
		{18, "createInvoice", 400, "parameter_missing", []string{"customer is required"}},
		// 402: its schema's $ref points to nothing; the response has no code.
		{46, "finalizeInvoice", 404, "resource_missing", []string{"no such invoice"}},
		{48, "finalizeInvoice", 409, "invoice_not_draft", []string{"only draft invoices can be finalized"}},
		{56, "finalizeInvoice", 422, "parameter_missing", []string{"the invoice has no line items"}},
		// The enum of a schema whose other property has an invalid type.
		{71, "payInvoice", 402, "card_declined", nil},
		{71, "payInvoice", 402, "expired_card", nil},
		{71, "payInvoice", 402, "insufficient_funds", nil},
		{77, "payInvoice", 404, "resource_missing", []string{"no such invoice"}},
		// The first of two 409 keys.
		{79, "payInvoice", 409, "invoice_already_paid", []string{"this invoice is paid"}},
	})
	var got []string
	for _, w := range doc.Warnings {
		got = append(got, w.Error())
	}
	want := []string{
		`testdata/openapi/invoices.yaml:85: key "409" appears twice in this mapping (first at line 79); this one is ignored`,
		`testdata/openapi/invoices.yaml:38: $ref "#/components/schemas/AccountError" points to nothing in this document; what refers to it is read as empty`,
		`testdata/openapi/invoices.yaml:121: invalid schema: type is a number, where a schema has a string; "type" is left out`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	// Merged: parameter_missing is documented with 400 for createInvoice
	// and 422 for finalizeInvoice, each for its operation only.
	cat := mergeEntries(t, doc)
	c := cat.Lookup("parameter_missing")
	var by []string
	for _, es := range c.ByEndpoint {
		by = append(by, fmt.Sprintf("%s %d", es.Endpoint, es.Status))
	}
	if !slices.Equal(by, []string{"createInvoice 400", "finalizeInvoice 422"}) || len(c.Everywhere) != 0 {
		t.Errorf("parameter_missing by endpoint %q, everywhere %v; want each status for its operation only", by, c.Everywhere)
	}
}

func TestOpenAPIRepairs(t *testing.T) {
	const head = "openapi: 3.0.3\ninfo: {title: x, version: '1'}\npaths:\n  /a:\n    get:\n      operationId: getA\n      responses:\n"
	for _, tt := range []struct {
		name, src string
		codes     []string
		warnings  []string
	}{{
		name:     "ref in a list of schemas",
		src:      head + "        '400':\n          description: bad\n          content:\n            application/json:\n              schema:\n                oneOf:\n                  - {$ref: '#/components/schemas/Gone'}\n                  - properties: {code: {enum: [bad_a]}}\n",
		codes:    []string{"bad_a"},
		warnings: []string{`api.yaml:14: $ref "#/components/schemas/Gone" points to nothing in this document; what refers to it is read as empty`},
	}, {
		name:     "escaped pointer",
		src:      head + "        '400': {$ref: '#/components/responses/Bad~1Request'}\ncomponents:\n  responses:\n    Bad/Request:\n      description: bad\n      content:\n        application/json:\n          example: {code: bad_b}\n",
		codes:    []string{"bad_b"},
		warnings: nil,
	}, {
		name:     "enum not a list",
		src:      head + "        '400':\n          description: bad\n          content:\n            application/json:\n              schema:\n                properties:\n                  code: {type: string, enum: bad_c}\n              example: {code: bad_d}\n",
		codes:    []string{"bad_d"},
		warnings: []string{`api.yaml:14: invalid schema: enum is a string, where a schema has a list; "enum" is left out`},
	}, {
		name:     "schema not a mapping",
		src:      head + "        '400':\n          description: bad\n          content:\n            application/json:\n              schema: [code]\n              example: {code: bad_e}\n",
		codes:    []string{"bad_e"},
		warnings: []string{`api.yaml:12: invalid schema: it must be a mapping, not a list; it is read as empty`},
	}, {
		name:     "duplicate in JSON",
		src:      `{"openapi": "3.0.3", "info": {"title": "x", "version": "1"}, "paths": {"/a": {"get": {"responses": {"400": {"description": "x", "content": {"application/json": {"example": {"code": "bad_f", "code": "bad_g"}}}}}}}}}`,
		codes:    []string{"bad_f"},
		warnings: []string{`api.yaml:1: key "code" appears twice in this mapping (first at line 1); this one is ignored`},
	}, {
		name:     "response description not a string",
		src:      head + "        '404': {description: [x]}\n  /b:\n    get:\n      responses:\n        '404': {description: x, content: {application/json: {example: {code: bad_i}}}}\n",
		codes:    []string{"bad_i"},
		warnings: []string{`api.yaml:8: invalid response: description is an array, where a response has a string; "description" is left out`},
	}, {
		name:     "parameters not a list",
		src:      "openapi: 3.0.3\ninfo: {title: x, version: '1'}\npaths:\n  /a:\n    get:\n      operationId: getA\n      parameters: notalist\n      responses:\n        '404': {description: x, content: {application/json: {example: {code: bad_j}}}}\n",
		codes:    []string{"bad_j"},
		warnings: []string{`api.yaml:7: invalid operation: parameters is a string, where an operation has a list; "parameters" is left out`},
	}, {
		name:     "example not a mapping",
		src:      head + "        '404': {description: x, content: {application/json: {examples: {a: 5, b: {value: {code: bad_k}}}}}}\n",
		codes:    []string{"bad_k"},
		warnings: []string{`api.yaml:8: invalid example: it must be a mapping, not an integer; it is read as empty`},
	}, {
		name:     "info not a mapping",
		src:      "openapi: 3.0.3\ninfo: 5\npaths:\n  /a:\n    get:\n      responses:\n        '404': {description: x, content: {application/json: {example: {code: bad_l}}}}\n",
		codes:    []string{"bad_l"},
		warnings: []string{`api.yaml:2: invalid document: info is a number, where a document has a mapping; "info" is left out`},
	}, {
		name:     "Swagger 2.0",
		src:      "swagger: '2.0'\ninfo: {title: x, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n        '404': {description: x, schema: {$ref: '#/definitions/Nope'}}\n        '409':\n          description: x\n          schema: {properties: {code: {type: [1], enum: [bad_h]}}}\n",
		codes:    []string{"bad_h"},
		warnings: []string{`api.yaml:7: $ref "#/definitions/Nope" points to nothing in this document; what refers to it is read as empty`, `api.yaml:10: invalid schema: type is an array, where a schema has a string; "type" is left out`},
	}} {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := parseOpenAPI("api.yaml", []byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			var codes, warnings []string
			for _, e := range doc.Entries {
				codes = append(codes, e.Code)
			}
			for _, w := range doc.Warnings {
				warnings = append(warnings, w.Error())
			}
			if !slices.Equal(codes, tt.codes) || !slices.Equal(warnings, tt.warnings) {
				t.Errorf("codes %q, warnings:\n%s\nwant %q and:\n%s", codes, strings.Join(warnings, "\n"), tt.codes, strings.Join(tt.warnings, "\n"))
			}
		})
	}
}
