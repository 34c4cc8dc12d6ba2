package catalog

// Inputs large enough that a parser or merge quadratic in them would take
// many seconds (minutes, for some): each test checks what was read, and a
// linear version reads it in well under a second. None is timed.

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// A table repeating one code with distinct messages (and a repeat now and
// then) merges into one code with each message once, in order; statuses
// beyond the first are warned about once each.
func TestMarkdownTableRepeatedCodeLinear(t *testing.T) {
	const rows, statuses = 30000, 21
	var sb strings.Builder
	sb.WriteString("# Errors\n\n| Code | HTTP Status | Message |\n|---|---|---|\n")
	var want []string
	for i := range rows {
		msg := "message number " + strconv.Itoa(i)
		if i%10 == 9 {
			msg = "message number " + strconv.Itoa(i-1) // said just before
		} else {
			want = append(want, msg)
		}
		fmt.Fprintf(&sb, "| E1 | %d | %s |\n", 400+i%statuses, msg)
	}
	doc, err := parseMarkdownTable("errors.md", []byte(sb.String()))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Entries) != rows || len(doc.Warnings) != 0 {
		t.Fatalf("%d entries, %d warnings; want %d, 0", len(doc.Entries), len(doc.Warnings), rows)
	}
	if e := doc.Entries[rows-1]; e.Code != "E1" || e.Pos.Line != 4+rows || e.Status != 400+(rows-1)%statuses {
		t.Errorf("last entry: %+v", e)
	}
	cat := mergeEntries(t, doc)
	if len(cat.Codes) != 1 {
		t.Fatalf("%d codes, want 1", len(cat.Codes))
	}
	c := cat.Codes[0]
	if !slices.Equal(c.Messages, want) || !slices.Equal(c.Templates, want) {
		t.Errorf("%d messages and %d templates, want %d", len(c.Messages), len(c.Templates), len(want))
	}
	if len(c.Statuses) != statuses || c.Statuses[0] != 400 || c.Statuses[statuses-1] != 400+statuses-1 {
		t.Errorf("statuses %v", c.Statuses)
	}
	if len(cat.Warnings) != statuses-1 {
		t.Errorf("%d warnings, want %d", len(cat.Warnings), statuses-1)
	}
}

// Merging many endpoints, fields and reasons into one code keeps each once,
// in order; an overlay then replaces them, and later entries add to what
// it wrote.
func TestBuilderManyValuesLinear(t *testing.T) {
	const n = 40000
	b := newBuilder()
	var eps, want []string
	for i := range n {
		ep := "Op" + strconv.Itoa(i%(n/2)) // each twice
		eps = append(eps, ep)
		if i < n/2 {
			want = append(want, ep)
		}
	}
	pos := Pos{File: "x", Line: 1}
	for i := 0; i < n; i += 100 {
		b.add(Entry{Code: "c", Status: 400, Endpoints: eps[i : i+100], Fields: eps[i : i+100], Reasons: eps[i : i+100], Pos: pos}, false, true)
		b.add(Entry{Code: "c", Status: 404, Endpoints: eps[i : i+100], Pos: pos}, false, true)
	}
	c := b.byCode["c"]
	if !slices.Equal(c.Endpoints, want) || !slices.Equal(c.Fields, want) || !slices.Equal(c.Reasons, want) {
		t.Errorf("%d endpoints, %d fields, %d reasons; want %d", len(c.Endpoints), len(c.Fields), len(c.Reasons), len(want))
	}
	if len(c.ByEndpoint) != n || c.ByEndpoint[0] != (EndpointStatus{"Op0", 400, pos}) || c.ByEndpoint[100] != (EndpointStatus{"Op0", 404, pos}) {
		t.Errorf("%d endpoint statuses, want %d; first %+v", len(c.ByEndpoint), n, c.ByEndpoint[:1])
	}

	b.overlay(Entry{Code: "c", Messages: []string{"a", "b"}, Endpoints: []string{"E"}, set: keyMessages | keyEndpoints})
	b.add(Entry{Code: "c", Messages: []string{"b", "c"}, Endpoints: []string{"E", "F", "Op1"}}, true, false)
	if !slices.Equal(c.Messages, []string{"a", "b", "c"}) || !slices.Equal(c.Templates, []string{"a", "b", "c"}) || !slices.Equal(c.Endpoints, []string{"E", "F", "Op1"}) {
		t.Errorf("after the overlay: messages %q, templates %q, endpoints %q", c.Messages, c.Templates, c.Endpoints)
	}
}

// tsLitUnion writes a union of n string literals "<prefix>0" | ...
func tsLitUnion(prefix string, n int) string {
	var sb strings.Builder
	for i := range n {
		if i > 0 {
			sb.WriteString(" | ")
		}
		sb.WriteString(`"` + prefix + strconv.Itoa(i) + `"`)
	}
	return sb.String()
}

func tsParseLarge(t *testing.T, src string) *Doc {
	t.Helper()
	doc, err := parseTypeScript("errors.ts", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// A union of 200,000 literals is 200,000 codes, in order.
func TestTypeScriptLongUnionLinear(t *testing.T) {
	const n = 200000
	doc := tsParseLarge(t, "type Code = "+tsLitUnion("a", n)+";\n")
	if len(doc.Entries) != n || len(doc.Warnings) != 0 {
		t.Fatalf("%d entries, %d warnings; want %d, 0", len(doc.Entries), len(doc.Warnings), n)
	}
	if doc.Entries[0].Code != "a0" || doc.Entries[n-1].Code != "a199999" || doc.Entries[n-1].Pos.Line != 1 {
		t.Errorf("entries from %q to %+v", doc.Entries[0].Code, doc.Entries[n-1])
	}
}

// A union of 200,000 literals used as the reason of an error's meta is
// 200,000 reasons of its code.
func TestTypeScriptLongReasonUnionLinear(t *testing.T) {
	const n = 200000
	src := "type Reason = " + tsLitUnion("r", n) + ";\n" +
		"type APIError =\n  | { code: \"bad\"; meta: { reason: Reason } }\n  | { code: \"bad\"; meta: { cause: Reason } };\n"
	doc := tsParseLarge(t, src)
	if len(doc.Entries) != 1 {
		t.Fatalf("%d entries, want 1", len(doc.Entries))
	}
	e := doc.Entries[0]
	if e.Code != "bad" || len(e.Reasons) != n || e.Reasons[0] != "r0" || e.Reasons[n-1] != "r199999" {
		t.Errorf("entry %q with %d reasons", e.Code, len(e.Reasons))
	}
	if !slices.Equal(e.Fields, []string{"reason", "cause"}) {
		t.Errorf("fields %q", e.Fields)
	}
	if c := mergeEntries(t, doc).Lookup("bad"); c == nil || len(c.Reasons) != n {
		t.Errorf("merged: %+v", c)
	}
}

// An arm whose code is a union of 50,000 members of a 50,000-member enum,
// each initialized from the one before, with as many meta keys.
func TestTypeScriptLongEnumLinear(t *testing.T) {
	const n = 50000
	var sb strings.Builder
	sb.WriteString("enum ErrorCode {\n  M0 = 1,\n")
	for i := 1; i < n; i++ {
		fmt.Fprintf(&sb, "  M%d = M%d,\n", i, i-1)
	}
	sb.WriteString("  Last = 2,\n}\ntype APIError = { code: ")
	for i := range n {
		if i > 0 {
			sb.WriteString(" | ")
		}
		fmt.Fprintf(&sb, "ErrorCode.M%d", i)
	}
	sb.WriteString(" | ErrorCode.Last; meta: { ")
	for i := range n {
		fmt.Fprintf(&sb, "k%d?: string; ", i%(n/2))
	}
	sb.WriteString("} & ({ x: string } | { x?: number }) };\n")
	doc := tsParseLarge(t, sb.String())
	if len(doc.Entries) != 2 || len(doc.Warnings) != 0 {
		t.Fatalf("%d entries, %d warnings; want 2, 0: %v", len(doc.Entries), len(doc.Warnings), doc.Warnings)
	}
	e := doc.Entries[0]
	if e.Code != "1" || e.Name != "M0" || len(e.Fields) != n/2+1 || e.Fields[n/2] != "x" || len(e.Required) != 0 {
		t.Errorf("entry %q %q with %d fields, %d required", e.Code, e.Name, len(e.Fields), len(e.Required))
	}
	if e := doc.Entries[1]; e.Code != "2" || e.Name != "Last" || len(e.Fields) != n/2+1 {
		t.Errorf("entry %q %q with %d fields", e.Code, e.Name, len(e.Fields))
	}
}

// Unclosed comments and quotes, a long dotted name and many @deprecated
// directives around a small catalog.
func TestTypeScriptPathologicalLinear(t *testing.T) {
	const n = 100000
	for name, junk := range map[string]string{
		"comments":   strings.Repeat("/* ", n),
		"quotes":     strings.Repeat(`"x `, n) + strings.Repeat(`'y \' `, n),
		"blocks":     strings.Repeat(`""" `, n) + `"`,
		"dotted":     "type Other = A" + strings.Repeat(".b", n) + ";",
		"directives": "enum Other { A " + strings.Repeat("@deprecated ", n) + "}",
	} {
		doc := tsParseLarge(t, "type ErrorCode = \"a\" | \"b\";\n"+junk+"\n")
		var codes []string
		for _, e := range doc.Entries {
			codes = append(codes, e.Code)
		}
		if !slices.Equal(codes, []string{"a", "b"}) {
			t.Errorf("%s: codes %q", name, codes)
		}
	}
	doc := tsParseLarge(t, "enum ErrorCode { A "+strings.Repeat("@deprecated ", n)+"B }\n")
	if len(doc.Entries) != 2 || !doc.Entries[0].Deprecated || doc.Entries[1].Deprecated {
		t.Errorf("entries %+v", doc.Entries)
	}
}

// A TOML catalog of many array tables gives each entry its own line:
// lines are found by an index, not counted from the start for each key.
func TestTOMLManyTablesLinear(t *testing.T) {
	const n = 30000
	var sb strings.Builder
	for i := range n {
		fmt.Fprintf(&sb, "[[errors]]\ncode = \"E%d\"\nstatus = %d\n", i, 400+i%100)
	}
	doc, err := parseTOML("errors.toml", []byte(sb.String()))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Entries) != n {
		t.Fatalf("%d entries, want %d", len(doc.Entries), n)
	}
	if e := doc.Entries[n-1]; e.Code != "E"+strconv.Itoa(n-1) || e.Pos.Line != 3*n-2 || e.StatusPos.Line != 3*n {
		t.Errorf("last entry %+v", e)
	}
}

// A reference with many endpoints, each with a status section and a code
// table, scopes each code to its own endpoint.
func TestMarkdownEndpointsLinear(t *testing.T) {
	const n = 5000
	var sb strings.Builder
	sb.WriteString("# API\n\n")
	for i := range n {
		fmt.Fprintf(&sb, "## GET /items/%d/{id}\n\n### On Failure: Not Found\n\n| Code | Message |\n|---|---|\n| ITEM_%d_MISSING | gone |\n\n", i, i)
	}
	doc, err := parseMarkdownTable("api.md", []byte(sb.String()))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Entries) != n || len(doc.Routes) != n {
		t.Fatalf("%d entries and %d routes, want %d", len(doc.Entries), len(doc.Routes), n)
	}
	if e := doc.Entries[n-1]; e.Status != 404 || len(e.Endpoints) != 1 || e.Endpoints[0] != fmt.Sprintf("GET /items/%d/{id}", n-1) {
		t.Errorf("last entry %+v", e)
	}
}
