package catalog

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// tsWant is one expected entry of a typescript catalog.
type tsWant struct {
	line       int
	code, name string
	fields     []string
	required   []string
	reasons    []string
	deprecated bool
}

func tsCheck(t *testing.T, got []Entry, want []tsWant) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("got %d entries, want %d", len(got), len(want))
	}
	for i := range min(len(got), len(want)) {
		g, w := got[i], want[i]
		if g.Code != w.code || g.Name != w.name || g.Pos.Line != w.line {
			t.Errorf("entry %d: got code %q name %q at line %d, want %q %q at line %d", i, g.Code, g.Name, g.Pos.Line, w.code, w.name, w.line)
			continue
		}
		if g.Status != 0 || len(g.Messages) > 0 || len(g.Endpoints) > 0 || g.Retryable {
			t.Errorf("%s: unexpected status %d, messages %q, endpoints %q or retryable", w.code, g.Status, g.Messages, g.Endpoints)
		}
		if !slices.Equal(g.Fields, w.fields) {
			t.Errorf("%s: fields %q, want %q", w.code, g.Fields, w.fields)
		}
		if !slices.Equal(g.Required, w.required) {
			t.Errorf("%s: required %q, want %q", w.code, g.Required, w.required)
		}
		if !slices.Equal(g.Reasons, w.reasons) {
			t.Errorf("%s: reasons %q, want %q", w.code, g.Reasons, w.reasons)
		}
		if g.Deprecated != w.deprecated {
			t.Errorf("%s: deprecated %v, want %v", w.code, g.Deprecated, w.deprecated)
		}
	}
}

func tsWarnings(l ErrorList) []string {
	var out []string
	for _, e := range l {
		out = append(out, e.Pos.Short()+": "+e.Msg)
	}
	return out
}

const tsSeed = "testdata/seeds/002_5f8eed8a9648f658.txt"

func TestTypeScriptSeed(t *testing.T) {
	data, err := os.ReadFile(tsSeed)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := ParseFile(tsSeed, data, "")
	if err != nil {
		t.Fatal(err)
	}
	invalidInputProblem := []string{
		"bad_password", "invalid_date_range", "invalid_domain", "invalid_email", "invalid_enum", "invalid_boolean",
		"invalid_factor", "invalid_identifier", "invalid_integer", "invalid_non_empty", "invalid_non_negative_float",
		"invalid_non_negative_int64", "invalid_non_zero_int64", "invalid_percentage", "invalid_positive_int64",
		"invalid_rfc3339_date", "invalid_timezone", "invalid_discount_code", "invalid_url", "invalid_web_url",
		"mandatory", "max_length_exceeded", "min_length_not_met", "invalid_two_factor_code", "invalid_value",
		"max_count_exceeded", "invalid_credit_card_number", "invalid_option_id", "invalid_base64",
		"invalid_start_number", "already_exists", "duplicate", "overlapping_ranges", "multiple_default_tax_rates",
		"multiple_default_addresses", "invalid_csv_number_of_columns", "invalid_csv_header", "invalid_integer_range",
		"invalid_phone", "invalid_app_domain", "invalid_url_id",
	}
	orderLineItemErrorCode := []string{
		"invalid_product_quantity", "invalid_product_quantity_multi", "out_of_stock", "no_inventory",
		"product_banned", "promotion_disabled", "promotion_no_longer_valid", "missing_dependency",
		"mandatory_dependency", "invalid_shop_destination", "invalid_subscription_index",
		"subscription_already_exists", "invalid_subscription_quantity", "mandatory_subscription",
		"too_many_subscriptions",
	}
	invalidOperationReason := []string{
		"cannot_add_shop_owner_to_shop", "cannot_change_shop_owner_permissions", "cannot_delete_shop_owner",
		"cannot_refund_more_than_paid", "cannot_restock_more_than_available", "cannot_restock_unmanaged_items",
		"cycle", "fulfillment_must_be_canceled", "fulfillment_must_be_completed", "fulfillment_must_be_disabled",
		"fulfillment_must_be_enabled", "fulfillment_type", "gateway_type", "in_progress", "no_fulfillable_items",
		"not_an_image", "nothing_to_do", "only_full_refund", "order_capture_forced", "order_not_calculable",
		"order_not_capturable", "order_not_editable", "order_not_payable", "order_not_refundable",
		"order_not_reservable", "order_not_restockable", "order_not_restorable", "order_not_cancelable", "plan",
		"settings", "shipping_rates_invalid", "storage", "tree_move", "trial", "in_use", "currency_disabled",
		"currency_not_allowed", "no_tax_system", "two_factor_invalid_state", "already_purchased", "not_purchased",
		"impossible", "invalid_item", "gateway_not_selected", "test", "feature",
	}
	if len(invalidInputProblem) != 41 || len(orderLineItemErrorCode) != 15 || len(invalidOperationReason) != 46 {
		t.Fatal("the expected sub-code lists are miscounted")
	}
	errField := []string{"error"}
	want := []tsWant{
		{14, "401", "Unauthorized", nil, nil, nil, false},
		{15, "404", "NotFound", nil, nil, nil, false},
		{16, "429", "TooManyRequests", []string{"rate_info"}, nil, nil, false},
		{17, "500", "InternalServerError", []string{"db_retry", "enum_id", "error", "table"}, nil, nil, false},
		{18, "996", "JWTInvalidForWrite", nil, nil, nil, false},
		{19, "997", "NoPermissions", []string{"bits"}, nil, nil, false},
		{20, "998", "ForceRedirect", nil, nil, nil, false},
		{21, "999", "JWTValidationFailed", nil, nil, nil, false},
		{22, "1000", "InvalidInput", []string{"fields"}, nil, invalidInputProblem, false},
		{23, "1001", "OrderError", []string{"errors"}, nil, orderLineItemErrorCode, false},
		{24, "1030", "ParsingFailure", errField, nil, nil, false},
		{25, "1031", "VersionMismatch", nil, nil, nil, false},
		{26, "1066", "CSVReadError", errField, nil, nil, false},
		{27, "1068", "UserDisabled", nil, nil, nil, false},
		{28, "1069", "UserLocked", nil, nil, nil, false},
		{29, "1107", "ReviewOutOfDate", []string{"reason"}, nil, nil, false},
		{30, "1109", "RealtimeShippingRatesFailure", errField, nil, nil, false},
		{31, "1110", "URLFetchFailure", []string{"url"}, nil, nil, false},
		{32, "1111", "TaxSystemFailure", errField, nil, nil, false},
		{33, "1112", "XeroFailure", errField, nil, nil, false},
		{34, "1113", "QuickbooksFailure", errField, nil, nil, false},
		{35, "1116", "CannotSwitchToPlan", []string{"reason"}, nil, nil, false},
		{36, "1117", "GatewayCreationError", errField, nil, nil, false},
		{37, "1122", "StripeAPICallFailure", []string{"code", "decline_code", "message", "param", "type"}, nil, nil, false},
		{38, "1123", "GatewayTransactionError", errField, nil, nil, false},
		{39, "1127", "TaskTypeInProgress", nil, nil, nil, false},
		{40, "1131", "InvalidFields", errField, nil, nil, false},
		{41, "1132", "InvalidInputCount", nil, nil, nil, false},
		{42, "1137", "FailedCooking", errField, nil, nil, false},
		{43, "1143", "CurrencyConversion", nil, nil, nil, false},
		{44, "1146", "LimitExceeded", []string{"what"}, nil, nil, false},
		{45, "1150", "InvalidOperation", []string{"reason"}, nil, invalidOperationReason, false},
		{46, "1151", "DownloadLimitExceeded", nil, nil, nil, false},
		{47, "1153", "TryAgainLater", nil, nil, nil, false},
		{48, "1154", "ConditionEvalFailure", []string{"what"}, nil, nil, false},
		{49, "1155", "RefundFailure", errField, nil, nil, false},
		{50, "1156", "AdminError", errField, nil, nil, false},
		{51, "1157", "AnalyticsAPICallFailure", []string{"message"}, nil, nil, false},
		{52, "1158", "OAuth2EmailMismatch", nil, nil, nil, false},
	}
	if len(want) != 39 {
		t.Fatalf("the expected table has %d codes, the seed's enum has 39", len(want))
	}
	tsCheck(t, doc.Entries, want)
	if len(doc.Warnings) > 0 {
		t.Errorf("unexpected warnings:\n%s", doc.Warnings)
	}
	if doc.PerEndpoint || doc.Strict {
		t.Error("typescript docs are neither per-endpoint nor strict")
	}
	// No entry lacks a code: { code: undefined } says an error may have
	// none, it documents no code.
	for _, e := range doc.Entries {
		if e.Code == "" || e.Code == Placeholder {
			t.Errorf("entry at line %d has code %q", e.Pos.Line, e.Code)
		}
	}
}

func TestTypeScriptBilling(t *testing.T) {
	const file = "testdata/typescript/billing_errors.md"
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if f := DetectFormat(file, data); f != "typescript" {
		t.Errorf("DetectFormat = %q, want typescript", f)
	}
	doc, err := ParseFile(file, data, "")
	if err != nil {
		t.Fatal(err)
	}
	tsCheck(t, doc.Entries, []tsWant{
		{10, "0", "Unknown", nil, nil, nil, false},
		{11, "16", "CardDeclined", []string{"reason", "charge_id", "retry_after"}, []string{"reason", "charge_id"},
			[]string{"generic_decline", "fraudulent", "lost_card"}, false},
		{12, "17", "CardExpired", []string{"expired_at"}, nil, nil, false}, // meta is optional
		{14, "18", "InsufficientFunds", nil, nil, nil, true},
		{15, "4000", "QuotaExceeded", []string{"kind", "limit", "used"}, []string{"kind", "limit"},
			[]string{"seats", "invoices", "projects"}, false},
		{45, "maintenance", "", []string{"retryAfter", "status"}, []string{"retryAfter"}, nil, true},
	})
	wantWarn := []string{
		file + ":16: cannot tell the value of enum member BillingErrorCode.PlanLimit",
		file + ":43: enum BillingErrorCode has no member Missing",
	}
	if got := tsWarnings(doc.Warnings); !slices.Equal(got, wantWarn) {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(wantWarn, "\n"))
	}
}

func TestTypeScriptCodeSets(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []tsWant
		warn []string
	}{{
		name: "string enum named by the code property of an error object",
		src: `Errors look like this:

interface ApiError {
  code: Codes;
  message: string;
  details?: { field: string; issue: IssueCode }[];
}
enum Codes {
  NotFound = "not_found",
  rate_limited = "rate_limited",
}
export enum IssueCode { TooLong = "too_long" }
`,
		want: []tsWant{
			{9, "not_found", "NotFound", nil, nil, nil, false},
			{10, "rate_limited", "", nil, nil, nil, false},
		},
	}, {
		name: "string union named like codes, sub-codes left out",
		src: `export type ErrorCode =
  | "order_not_found"
  // @deprecated
  | "payment_required";
export type ErrorReason = "expired";
type Envelope = { errors: { code: string; reason?: ErrorReason }[] };
`,
		want: []tsWant{
			{2, "order_not_found", "", nil, nil, nil, false},
			{4, "payment_required", "", nil, nil, nil, true},
		},
	}, {
		name: "union of literal codes",
		src: `type E =
  | { code: 'conflict'; meta: { version: number } }
  | { code: 409.5 }
  | { errorCode: "gone" | "moved"; details: Partial<{ url: string }> };
`,
		want: []tsWant{
			{2, "conflict", "", []string{"version"}, []string{"version"}, nil, false},
			{3, "409.5", "", nil, nil, nil, false},
			{4, "gone", "", []string{"url"}, nil, nil, false},
			{4, "moved", "", []string{"url"}, nil, nil, false},
		},
	}, {
		name: "GraphQL SDL enum",
		src: `The schema says:

enum ErrorCode {
  "The order does not exist."
  ORDER_NOT_FOUND
  """
  The caller may not do this.
  """
  FORBIDDEN
  # kept for old clients; don't use
  LEGACY_FAILURE @deprecated(reason: "Use INTERNAL")
  INTERNAL
}

type Query { order(id: ID!): Order }
`,
		want: []tsWant{
			{5, "ORDER_NOT_FOUND", "", nil, nil, nil, false},
			{9, "FORBIDDEN", "", nil, nil, nil, false},
			{11, "LEGACY_FAILURE", "", nil, nil, nil, true},
			{12, "INTERNAL", "", nil, nil, nil, false},
		},
	}, {
		name: "implicit values and aliases",
		src: `Don't forget: it's "quoted text and /* a stray comment
enum ErrCode { A = -2, B, C = B, D = ErrCode.A, E = (7), F }
`,
		want: []tsWant{
			{2, "-2", "A", nil, nil, nil, false},
			{2, "-1", "B", nil, nil, nil, false},
			// C and D repeat the values of B and A: one entry per code
			{2, "7", "E", nil, nil, nil, false},
			{2, "8", "F", nil, nil, nil, false},
		},
	}, {
		name: "an enum in another language, which nothing names, is left out",
		src: `In Java:

	enum Status { ACTIVE(1), DISABLED(2); }

In TypeScript:

	export enum ErrorCode { NotFound = "not_found" }
`,
		want: []tsWant{{7, "not_found", "NotFound", nil, nil, nil, false}},
		warn: []string{`x.md:3: cannot read the declaration of Status: expected "=", "," or "}" after member ACTIVE, found "("`},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := parseTypeScript("x.md", []byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			tsCheck(t, doc.Entries, tt.want)
			if got := tsWarnings(doc.Warnings); !slices.Equal(got, tt.warn) {
				t.Errorf("warnings %q, want %q", got, tt.warn)
			}
		})
	}
}

func TestTypeScriptNoCodes(t *testing.T) {
	for _, src := range []string{"", "Just prose, with an enum of nothing.", "enum Color { Red, Green }"} {
		_, err := parseTypeScript("x.md", []byte(src))
		if err == nil || !strings.Contains(err.Error(), "x.md:1: no error codes found") {
			t.Errorf("%q: got error %v", src, err)
		}
	}
}

func TestTypeScriptDetect(t *testing.T) {
	seeds, err := filepath.Glob("testdata/seeds/*.txt")
	if err != nil || len(seeds) != 5 {
		t.Fatalf("seeds: %v %v", seeds, err)
	}
	for _, s := range seeds {
		data, err := os.ReadFile(s)
		if err != nil {
			t.Fatal(err)
		}
		want := s == tsSeed
		if got := detectTypeScript(s, data); got != want {
			t.Errorf("detectTypeScript(%s) = %v, want %v", s, got, want)
		}
		if got := DetectFormat(s, data) == "typescript"; got != want {
			t.Errorf("DetectFormat(%s) = %q", s, DetectFormat(s, data))
		}
	}
	for _, tt := range []struct {
		file, src string
		want      bool
	}{
		{"errors.md", "export enum ErrorCode {\n A = 1 }", true},
		{"errors.yaml", "export enum ErrorCode {\n A = 1 }", false},
		{"errors.mdx", "Errors look like\n\ninterface ApiError { code: string; message: string }\n", false},
		{"errors.mdx", "type ErrorKind = 'auth' | 'billing';\n", true},
		{"colors.ts", "export enum Color { Red, Green }\n", false},
	} {
		if got := detectTypeScript(tt.file, []byte(tt.src)); got != tt.want {
			t.Errorf("detectTypeScript(%s, %q) = %v", tt.file, tt.src, got)
		}
	}
}

// Codes are trimmed, in every place a code comes from: a slip of a space
// is not another code, and a literal of spaces is none.
func TestTypeScriptTrimmedCodes(t *testing.T) {
	src := "enum ErrorCode { A = ' a ', B = '  ', b = 'b ' }\n" +
		"type APIError = { code: ErrorCode.A | ' c' | '   ' }\n"
	doc, err := parseTypeScript("errors.ts", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	tsCheck(t, doc.Entries, []tsWant{
		{line: 1, code: "a", name: "A"},
		{line: 1, code: "b"},
		{line: 2, code: "c"},
	})
}

// An enum that cannot be read is an error when the catalog would take
// codes from it: read in part, its members would be numbered wrongly, and
// the declarations after it taken for members.
func TestTypeScriptMalformedEnum(t *testing.T) {
	const arms = "export type APIError =\n  | { code: ErrorCode.NotFound }\n  | { code: ErrorCode.OrderError };\n"
	tests := []struct{ name, src, err string }{{
		name: "a colon for an equals sign",
		src:  "export enum ErrorCode {\n  NotFound: 404,\n  OrderError = 1001,\n}\n" + arms,
		err:  `x.md:2: cannot read the declaration of ErrorCode: expected "=", "," or "}" after member NotFound, found ":"`,
	}, {
		name: "a stray character",
		src:  "export enum ErrorCode {\n  NotFound ` 404,\n  OrderError = 1001,\n}\n" + arms,
		err:  `x.md:2: cannot read the declaration of ErrorCode: expected "=", "," or "}" after member NotFound, found "` + "`" + `"`,
	}, {
		name: "a missing comma",
		src:  "export enum ErrorCode {\n  NotFound = 404\n  OrderError = 1001,\n}\n" + arms,
		err:  `x.md:3: cannot read the declaration of ErrorCode: expected "," or "}" after member NotFound, found "OrderError"`,
	}, {
		// The declarations after the enum are not its members export
		// and type.
		name: "a missing closing brace",
		src:  "export enum ErrorCode {\n  NotFound = 404,\n  OrderError = 1001,\n\n" + arms,
		err:  `x.md:5: cannot read the declaration of ErrorCode: expected "=", "," or "}" after member export, found "type"`,
	}, {
		name: "a truncated page, the enum a code set by its name",
		src:  "Don't forget: it's \"quoted\nenum ErrCode { A = -2, B, C = B, D = ErrCode.A, E = (7), F\n",
		err:  `x.md:3: cannot read the declaration of ErrCode: expected "=", "," or "}" after member F, found the end of the page`,
	}, {
		name: "named by an error object's code property",
		src:  "interface Problem { code: Kind; detail: string }\nenum Kind { Gone = 'gone' Moved = 'moved' }\n",
		err:  `x.md:2: cannot read the declaration of Kind: expected "," or "}" after member Gone, found "Moved"`,
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := parseTypeScript("x.md", []byte(tt.src))
			if err == nil {
				var codes []string
				for _, e := range doc.Entries {
					codes = append(codes, e.Code)
				}
				t.Fatalf("no error; codes %q", codes)
			}
			if err.Error() != tt.err {
				t.Errorf("error:\n%s\nwant:\n%s", err, tt.err)
			}
		})
	}
}

// Aliases are followed to the end, however long the chain: a sub-code
// 41 aliases away is a sub-code, and a code is a code.
func TestTypeScriptLongAliasChains(t *testing.T) {
	const n = 41
	var b, c strings.Builder
	b.WriteString("export enum ErrorCode { OrderError = \"order_error\" }\n")
	b.WriteString("export type APIError = { code: ErrorCode.OrderError; meta: { reason: Reason1; detail: Detail1 } };\n")
	c.WriteString("interface APIError { code: ErrorCode1; message: string }\n")
	var reasons, problems, codes []string
	for i := 1; i <= n; i++ {
		next, nextCode, nextDetail := fmt.Sprintf(" | Reason%d", i+1), fmt.Sprintf(" | ErrorCode%d", i+1), fmt.Sprintf(" | Detail%d", i+1)
		if i == n {
			next, nextCode, nextDetail = "", "", ""
		}
		fmt.Fprintf(&b, "type Reason%d = \"reason_%d\"%s;\n", i, i, next)
		fmt.Fprintf(&b, "type Detail%d = { problem: \"p%d\" }%s;\n", i, i, nextDetail)
		fmt.Fprintf(&c, "type ErrorCode%d = \"code_%d\"%s;\n", i, i, nextCode)
		reasons = append(reasons, fmt.Sprintf("reason_%d", i))
		problems = append(problems, fmt.Sprintf("p%d", i))
		codes = append(codes, fmt.Sprintf("code_%d", i))
	}
	doc, err := parseTypeScript("errors.md", []byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Warnings) > 0 {
		t.Errorf("warnings:\n%s", doc.Warnings)
	}
	want := append(slices.Clone(reasons), problems...)
	if len(doc.Entries) != 1 || !slices.Equal(doc.Entries[0].Reasons, want) {
		t.Errorf("entries %+v\nwant one, order_error with the %d reasons %q", doc.Entries, len(want), want)
	}

	doc, err = parseTypeScript("errors.md", []byte(c.String()))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range doc.Entries {
		got = append(got, e.Code)
	}
	if !slices.Equal(got, codes) {
		t.Errorf("%d codes %q\nwant %d: %q", len(got), got, len(codes), codes)
	}
}

// A chain of aliases deeper than errcodes follows is an error, not a cut.
func TestTypeScriptAliasChainTooDeep(t *testing.T) {
	var b strings.Builder
	b.WriteString("interface APIError { code: ErrorCode0; message: string }\n")
	for i := range tsMaxResolveDepth {
		fmt.Fprintf(&b, "type ErrorCode%d = \"code_%d\" | ErrorCode%d;\n", i, i, i+1)
	}
	b.WriteString("type ErrorCode10000 = \"last\";\n")
	_, err := parseTypeScript("errors.md", []byte(b.String()))
	const want = "errors.md:5002: types and the aliases they name nest more than 10000 deep; errcodes does not resolve them"
	if err == nil || err.Error() != want {
		t.Errorf("error %v, want %s", err, want)
	}
}

// A page whose error types name an enum that cannot be read is a
// TypeScript catalog, so that loading it says what is wrong; one with
// only an enum named like codes in another language is not claimed.
func TestTypeScriptDetectBroken(t *testing.T) {
	broken := "export enum ErrorCode {\n  NotFound: 404,\n}\nexport type APIError = { code: ErrorCode.NotFound };\n"
	if f := DetectFormat("errors.md", []byte(broken)); f != "typescript" {
		t.Errorf("DetectFormat = %q, want typescript", f)
	}
	_, err := ParseFile("errors.md", []byte(broken), "")
	if want := `errors.md:2: cannot read the declaration of ErrorCode: expected "=", "," or "}" after member NotFound, found ":"`; err == nil || err.Error() != want {
		t.Errorf("ParseFile: %v, want %s", err, want)
	}
	java := "| Code | Status |\n|---|---|\n| not_found | 404 |\n\n```java\nenum ErrorCode { NOT_FOUND(404) }\n```\n"
	if f := DetectFormat("errors.md", []byte(java)); f == "typescript" {
		t.Errorf("DetectFormat claims a page with a Java enum as typescript")
	}
}
