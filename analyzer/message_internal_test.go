package analyzer

import (
	"strings"
	"testing"
	"time"
)

func TestMessageMatch(t *testing.T) {
	// Long inputs: a naive backtracking matcher takes exponential time on
	// a text of many a's against a pattern of many "{x}a" with no match.
	manyA := strings.Repeat("a", 100_000)
	manyPlaceholders := strings.Repeat("{x}a", 5_000) + "b"
	manyVerbs := strings.Repeat("%sa", 5_000) + "c"
	for _, tc := range []struct {
		name      string
		msg       string // the Go message
		format    bool   // msg is a printf format
		templates []string
		want      bool
	}{
		{"exact", "Order not found", false, []string{"Order not found"}, true},
		{"different", "Order not foud", false, []string{"Order not found"}, false},
		{"case counts", "order not found", false, []string{"Order not found"}, false},
		{"trailing period in Go", "Order not found.", false, []string{"Order not found"}, true},
		{"trailing period in docs", "Order not found", false, []string{"Order not found."}, true},
		{"one period only", "Order not found..", false, []string{"Order not found"}, false},
		{"surrounding space", "  Order not found.\n", false, []string{" Order not found "}, true},
		{"inner space counts", "Order  not found", false, []string{"Order not found"}, false},

		{"{expr}", "Cannot find variant with code X1", false, []string{"Cannot find variant with code {variant.code}"}, true},
		{"{expr} text around", "Cannot find variant X1", false, []string{"Cannot find variant with code {variant.code}"}, false},
		{"{call()}", "Order has been canceled", false, []string{"Order has been {order.get_status_display().lower()}"}, true},
		{"{expr[\"key\"]}", "Duplicate aggregator settings: Sum settings for group g1 already exists in this request", false,
			[]string{`Duplicate aggregator settings: {AggregatorType(aggregator_setting["type"]).label} settings for group {aggregator_setting["group"]} already exists in this request`}, true},
		{"{\",\".join()}", "Can't find modifier group a,b in merchant 'Shop'", false, []string{`Can't find modifier group {",".join(codes)} in merchant '{merchant.name}'`}, true},
		{"{} is text", `"extra data" must be a JSON dictionary ({})`, false, []string{`"extra data" must be a JSON dictionary ({})`}, true},
		{"{} is no placeholder", `"extra data" must be a JSON dictionary (object)`, false, []string{`"extra data" must be a JSON dictionary ({})`}, false},
		{"unclosed {", "Use {x", false, []string{"Use {x"}, true},
		{"$field", "A value is required for field sku.", false, []string{"A value is required for field $field."}, true},
		{"$field text around", "A value is required.", false, []string{"A value is required for field $field."}, false},
		{"two $names", "Object o1 has a different version than expected. Expected: 2 - Actual: 3.", false,
			[]string{"Object $resourceId has a different version than expected. Expected: $expectedVersion - Actual: $currentVersion."}, true},
		{"${name}", "Hello, Ann", false, []string{"Hello, ${user.name}"}, true},
		{"$5 is text", "Costs $5", false, []string{"Costs $5"}, true},
		{"$5 is no placeholder", "Costs $6", false, []string{"Costs $5"}, false},

		{"%s", "Order %s not found", true, []string{"Order 1234 not found"}, true},
		{"%s text around", "Order %s not found", true, []string{"Order not found"}, false},
		{"%d", "Limit is %d labels", true, []string{"Limit is 100 labels"}, true},
		{"%q", "Unknown field %q", true, []string{`Unknown field "sku"`}, true},
		{"%.2f and %w", "Over by %.2fg: %w", true, []string{"Over by 3.36g: timeout"}, true},
		{"%[1]s and %-5d", "%[1]s is %-5d", true, []string{"x is 3"}, true},
		{"%%", "Discounts over 50%% need approval", true, []string{"Discounts over 50% need approval"}, true},
		{"%% is one percent", "Discounts over 50%% need approval", true, []string{"Discounts over 50%% need approval"}, false},
		{"not a format: % is text", "Discounts over 50% need approval", false, []string{"Discounts over 50% need approval"}, true},
		{"not a format: %s is text", "Order %s", false, []string{"Order 12"}, false},

		{"both sides", "Cannot find variant %s in store %s", true, []string{"Cannot find variant {code} in store {store.name}"}, true},
		{"both sides, verb for text", "%s is not a valid variant in store %s", true, []string{"{code} is not a valid variant in store {store.code}"}, true},
		{"both sides, different start", "Variant %s is unknown", true, []string{"Cannot find variant {code} in store {store.name}"}, false},
		{"both sides, different end", "Cannot find variant %s in shop", true, []string{"Cannot find variant {code} in store"}, false},
		// A verb may stand for text of the template, placeholders included.
		{"both sides, verb takes in text", "Cannot find variant %s", true, []string{"Cannot find variant {code} in store {store.name}"}, true},
		{"verb alone", "%v", true, []string{"Cannot find variant {code}"}, true},
		{"placeholder alone", "Anything at all", false, []string{"{message}"}, true},

		{"several, first", "Monthly quota reached", false, []string{"Monthly quota reached", "Hourly quota reached"}, true},
		{"several, second", "Hourly quota reached", false, []string{"Monthly quota reached", "Hourly quota reached"}, true},
		{"several, none", "Daily quota reached", false, []string{"Monthly quota reached", "Hourly quota reached"}, false},

		{"long, exact", manyA, false, []string{manyA}, true},
		{"long, placeholders", manyA, false, []string{manyPlaceholders}, false},
		{"long, placeholders match", manyA + "b", false, []string{manyPlaceholders}, true},
		{"long, verbs", manyVerbs, true, []string{manyA}, false},
		{"long, both", manyVerbs, true, []string{manyPlaceholders}, false},
		{"long, long segment", manyA, false, []string{"{x}" + manyA[:50_000] + "b{y}"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := literalPattern(tc.msg)
			if tc.format {
				var ok bool
				if got, ok = formatPattern(tc.msg); !ok {
					t.Fatalf("formatPattern(%q) failed", tc.msg)
				}
			}
			var templates []pattern
			for _, m := range tc.templates {
				templates = append(templates, templatePattern(m))
			}
			start := time.Now()
			if m := matchesAny(got, templates); m != tc.want {
				t.Errorf("matchesAny(%.60q, %.60q) = %v, want %v", tc.msg, tc.templates, m, tc.want)
			}
			if d := time.Since(start); d > time.Second {
				t.Errorf("took %v", d)
			}
		})
	}
}

// A format whose last verb is cut short is not read: what it prints is
// not the format's text.
func TestFormatPatternBroken(t *testing.T) {
	for _, f := range []string{"100%", "Order %-", "%[1"} {
		if p, ok := formatPattern(f); ok {
			t.Errorf("formatPattern(%q) = %q, want not ok", f, p)
		}
	}
}

// Placeholders become wildcards, merged when adjacent; text stays text.
func TestTemplatePattern(t *testing.T) {
	for _, tc := range []struct {
		tmpl string
		want []string
	}{
		{"Order not found.", []string{"Order not found"}},
		{"{a}{b} and $c$d", []string{"", " and ", ""}},
		{"Use {} or { }", []string{"Use {} or { }"}},
		{"{a {b} c} done", []string{"", " done"}},
		{"a {b\n} c", []string{"a {b\n} c"}},
		{"$ 5 and $_x9.", []string{"$ 5 and ", ""}},
	} {
		if got := templatePattern(tc.tmpl); strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("templatePattern(%q) = %q, want %q", tc.tmpl, got, tc.want)
		}
	}
}
