package catalog

import (
	"reflect"
	"testing"
)

// Messages that docs give as examples are shown but are not templates
// the message check compares with; an errcodes.yaml overlay's message is.
func TestTemplatesExcludeExamples(t *testing.T) {
	b := newBuilder()
	b.add(Entry{Code: "OUT_OF_STOCK", Messages: []string{"Product 12 is out of stock."}, ExampleMessages: true}, false, false)
	b.add(Entry{Code: "already_paid", Messages: []string{"Order already paid"}}, false, false)
	b.overlay(Entry{Code: "RATE_LIMITED", Messages: []string{"Slow down"}, ExampleMessages: true})
	b.add(Entry{Code: "MISSING_PARAMS", Messages: []string{"id is required"}, ExampleMessages: true}, false, false)
	b.overlay(Entry{Code: "MISSING_PARAMS", Messages: []string{"{param} is required"}, set: keyMessages})
	cat, err := b.finish()
	if err != nil {
		t.Fatal(err)
	}
	for code, want := range map[string][]string{
		"OUT_OF_STOCK":   nil,
		"already_paid":   {"Order already paid"},
		"MISSING_PARAMS": {"{param} is required"},
	} {
		if got := cat.Lookup(code).Templates; !reflect.DeepEqual(got, want) {
			t.Errorf("%s templates = %q, want %q", code, got, want)
		}
	}
	if got := cat.Lookup("OUT_OF_STOCK").Messages; len(got) != 1 {
		t.Errorf("example message not shown: %q", got)
	}
}
