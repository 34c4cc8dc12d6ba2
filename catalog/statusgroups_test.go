package catalog

import (
	"os"
	"strings"
	"testing"
)

const statusGroupsSeed = "testdata/seeds/004_65729825f79028f7.txt"

func statusGroupsParse(t *testing.T, file string) *Doc { return parseAs(t, file, "status-groups") }

// sgWant is an expected entry: the code at line, its status given at
// statusLine (0: at line), its endpoint, messages and fields.
type sgWant struct {
	line       int
	code, name string
	status     int
	statusLine int
	endpoint   string
	msgs       []string
	fields     []string
	required   []string
}

func (w sgWant) entry(file string) Entry {
	e := Entry{Code: w.code, Name: w.name, Status: w.status, Messages: w.msgs, Fields: w.fields, Required: w.required, Pos: Pos{File: file, Line: w.line}}
	if w.statusLine != 0 {
		e.StatusPos = Pos{File: file, Line: w.statusLine}
	}
	if w.endpoint != "" {
		e.Endpoints = []string{w.endpoint}
	}
	return e
}

func sgMsgs(m ...string) []string { return m }

func TestStatusGroupsSeed(t *testing.T) {
	f := statusGroupsSeed
	// Required: every field but those the text says may be absent
	// ("if any", "if known").
	wants := []sgWant{
		// General errors, 400 Bad Request (line 3).
		{line: 4, code: "RequiredField", status: 400,
			msgs:   sgMsgs("A value is required for field $field."),
			fields: []string{"field"}, required: []string{"field"}},
		{line: 9, code: "DuplicateFieldWithConflictingResource", status: 400, statusLine: 3,
			msgs: sgMsgs("A duplicate value $duplicateValue exists for field $field in request.")},
		{line: 13, code: "InvalidInput", status: 400, statusLine: 3}, // message row is a description
		{line: 17, code: "InvalidJsonInput", status: 400, statusLine: 3,
			msgs:   sgMsgs("Request body does not contain valid JSON."),
			fields: []string{"detailedErrorMessage"}, required: []string{"detailedErrorMessage"}},
		{line: 23, code: "InvalidOperation", status: 400, statusLine: 3},
		{line: 28, code: "InvalidField", status: 400, statusLine: 3,
			msgs:     sgMsgs("The value $invalidValue is not valid for field $field."),
			fields:   []string{"field", "invalidValue", "allowedValues"},
			required: []string{"field", "invalidValue"}}, // allowedValues: "if any"
		{line: 35, code: "MaxResourceLimitExceeded", status: 400, statusLine: 3,
			msgs:   sgMsgs("You have exceeded the limit of $limit resources of type $resourceTypeId."),
			fields: []string{"limit", "resourceTypeId"}, required: []string{"limit", "resourceTypeId"}},
		{line: 41, code: "ReferencedResourceNotFound", status: 400, statusLine: 3,
			msgs:     sgMsgs("The referenced object of type $typeId $id || key was not found. It either doesn't exist, or it can't be accessed from this endpoint (e.g., if the endpoint filters by store or customer account)."),
			fields:   []string{"id", "typeId", "key"},
			required: []string{"typeId"}}, // id, key: "if known"
		{line: 47, code: "SyntaxError", status: 400, statusLine: 3,
			msgs: sgMsgs("Syntax error while parsing $fieldDefinition.")},
		{line: 50, code: "MissingProjectKey", status: 400, statusLine: 3,
			msgs: sgMsgs("Missing project key in the request path.")},
		// 404 Not Found.
		{line: 55, code: "ResourceNotFound", status: 404,
			msgs:     sgMsgs("The Resource with $resourceIdentifier $resourceId was not found."),
			fields:   []string{"resourceIdentifier", "resourceId"},
			required: []string{"resourceIdentifier", "resourceId"}},
		// 409 Conflict.
		{line: 62, code: "ConcurrentModification", status: 409,
			msgs:     sgMsgs("Object $resourceId has a different version than expected. Expected: $expectedVersion - Actual: $currentVersion."),
			fields:   []string{"resourceId", "expectedVersion", "currentVersion"},
			required: []string{"resourceId", "expectedVersion", "currentVersion"}},
		// 500 Internal Server Error: the heading is not the code.
		{line: 70, code: "General", name: "GeneralError", status: 500},
		// API-specific errors.
		{line: 78, code: "MultipleActionsNotAllowed", status: 400, endpoint: "Payment Intents",
			msgs: sgMsgs("Actions accepts only one action at time. Array size must be 1.")},
		{line: 83, code: "ConnectorFailed", status: 502, endpoint: "Transactions",
			msgs: sgMsgs("The connector could not be reached.")},
		{line: 86, code: "PaymentFailure", status: 502, statusLine: 82, endpoint: "Transactions",
			msgs: sgMsgs("Payment could not be completed successfully.")},
	}
	var want []Entry
	for _, w := range wants {
		want = append(want, w.entry(f))
	}
	doc := statusGroupsParse(t, f)
	sectionedCompare(t, doc.Entries, want)
	sectionedWarnings(t, doc.Warnings)

	cat := mergeEntries(t, doc)
	if len(cat.Codes) != 16 || len(cat.Holes) != 0 || len(cat.Warnings) != 0 {
		t.Errorf("got %d codes, %d holes, %d warnings; want 16, 0, 0", len(cat.Codes), len(cat.Holes), len(cat.Warnings))
	}
	if c := cat.Lookup("GeneralError"); c == nil || c.Code != "General" {
		t.Errorf("Lookup(GeneralError) = %+v, want code General", c)
	}
}

// The variant is the same family as Markdown: # headings, a table with a
// type column, types apart or glued, a code heading that differs from its
// code, optional fields, a glued group heading, an unknown type and a
// heading with no rows.
func TestStatusGroupsVariant(t *testing.T) {
	f := "testdata/statusgroups_variant.md"
	wants := []sgWant{
		{line: 9, code: "invalid_token", name: "InvalidToken", status: 401,
			msgs:   sgMsgs("The token $token has expired."),
			fields: []string{"token", "expiredAt"}, required: []string{"expiredAt"}},
		{line: 19, code: "InsufficientScope", status: 401, statusLine: 7,
			msgs:   sgMsgs("Missing scope $scope."),
			fields: []string{"scope", "grantedScopes"}, required: []string{"scope"}},
		{line: 27, code: "ValidationFailed", status: 422, statusLine: 26,
			fields: []string{"errors", "retryAfter"}, required: []string{"errors", "retryAfter"}},
		{line: 36, code: "CartLocked", status: 409, endpoint: "Carts",
			msgs:   sgMsgs("Cart $cartId is locked."),
			fields: []string{"cartId"}, required: []string{"cartId"}},
		{line: 42, code: "OrderNotFound", status: 404, statusLine: 41, endpoint: "Orders",
			msgs:   sgMsgs("Order $orderId not found."),
			fields: []string{"orderId"}, required: []string{"orderId"}},
	}
	var want []Entry
	for _, w := range wants {
		want = append(want, w.entry(f))
	}
	doc := statusGroupsParse(t, f)
	sectionedCompare(t, doc.Entries, want)
	sectionedWarnings(t, doc.Warnings,
		f+`:31: cannot tell the type of field "retryAfterSeconds"; read it as field "retryAfter"`,
		f+`:47: heading "LegacyError" has no code or message rows; skipped`)
}

func TestStatusGroupsSplitSpec(t *testing.T) {
	for _, tc := range []struct{ spec, name, typ string }{
		{"fieldString", "field", "String"},
		{"detailedErrorMessageString", "detailedErrorMessage", "String"},
		{"invalidValueAny", "invalidValue", "Any"},
		{"allowedValuesArray of String", "allowedValues", "Array of String"},
		{"limitFloat", "limit", "Float"},
		{"expectedVersionInt", "expectedVersion", "Int"},
		{"countInteger", "count", "Integer"},
		{"typeIdReferenceTypeId", "typeId", "ReferenceTypeId"},
		{"nameLocalizedString", "name", "LocalizedString"},
		{"okBoolean", "ok", "Boolean"},
		{"field String", "field", "String"},
		{"field", "field", ""},
	} {
		name, typ, _ := sgSplitSpec(tc.spec)
		if name != tc.name || typ != tc.typ {
			t.Errorf("sgSplitSpec(%q) = %q, %q; want %q, %q", tc.spec, name, typ, tc.name, tc.typ)
		}
	}
}

func TestStatusGroupsDetect(t *testing.T) {
	for _, file := range sectionedSeeds(t) {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		got := DetectFormat(file, data) == "status-groups"
		if want := file == statusGroupsSeed; got != want {
			t.Errorf("%s detected as status-groups: %v, want %v", file, got, want)
		}
	}
	for _, tc := range []struct {
		name, text string
		want       bool
	}{
		{"errors.md", "400 Bad Request\nFoo\ncodeString | \"Foo\" |\n", true},
		{"errors.md", "## 404:NotFound\n| code | String | \"NotFound\" |\n", true},
		{"errors.md", "codeString | \"Foo\" |\n", false}, // no status heading
		{"errors.md", "Code | HTTP Status | Description\n1000 | 500 | Internal\n404 Not Found\n", false},
		{"errors.yaml", "400 Bad Request\ncodeString | \"Foo\" |\n", false},
	} {
		if got := detectStatusGroups(tc.name, []byte(tc.text)); got != tc.want {
			t.Errorf("detectStatusGroups(%s, %q) = %v, want %v", tc.name, tc.text, got, tc.want)
		}
	}
}

// Section headings name endpoints only in the API-specific part, or after
// the first codes of a page that does not mark its parts.
func TestStatusGroupsParts(t *testing.T) {
	const text = `Checkout Reference
400 Bad Request
400:A
codeString | "A" |
Authentication Errors Overview
401 Unauthorized
401:B
codeString | "B" |
Carts
409 Conflict
409:C
codeString | "C" |
General errors
Authentication
401 Unauthorized
401:D
codeString | "D" |
API-specific errors
Orders
404 Not Found
404:E
codeString | "E" |
`
	doc, err := parseStatusGroups("x.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"A": "", "B": "Authentication Errors Overview", "C": "Carts", "D": "", "E": "Orders"}
	if len(doc.Entries) != len(want) {
		t.Fatalf("got %d entries, want %d", len(doc.Entries), len(want))
	}
	for _, e := range doc.Entries {
		got := strings.Join(e.Endpoints, ",")
		if got != want[e.Code] {
			t.Errorf("%s: endpoints %q, want %q", e.Code, got, want[e.Code])
		}
	}
}
