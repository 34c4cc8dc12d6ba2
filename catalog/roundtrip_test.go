package catalog

import (
	"fmt"
	"reflect"
	"testing"
)

// The new formats survive `errcodes catalog convert`: the canonical YAML
// written from them loads back as the same codes, with the same first
// status, messages, endpoints, flags and placeholders.
func TestConvertRoundTrip(t *testing.T) {
	for _, file := range []string{"testdata/toml/errors.toml", "testdata/mdendpoints/registry.md"} {
		t.Run(file, func(t *testing.T) {
			cat, err := LoadCatalogFile(file, "")
			if err != nil {
				t.Fatal(err)
			}
			out, err := cat.YAML(file)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := ParseFile("converted.yaml", out, "yaml")
			if err != nil {
				t.Fatalf("converted YAML does not load: %v\n%s", err, out)
			}
			back := mergeEntries(t, doc)
			if len(back.Codes) != len(cat.Codes) {
				t.Fatalf("%d codes back, want %d", len(back.Codes), len(cat.Codes))
			}
			type view struct {
				Status                int
				Messages, Endpoints   []string
				Deprecated, Retryable bool
				Hole                  bool
			}
			see := func(c *Code) view {
				return view{c.Status(), nonNil(c.Messages), nonNil(c.Endpoints), c.Deprecated, c.Retryable, c.StatusHole.IsValid()}
			}
			for i, c := range cat.Codes {
				if b := back.Codes[i]; b.Code != c.Code || !reflect.DeepEqual(see(b), see(c)) {
					t.Errorf("%s: back as %s %+v, want %+v", c.Code, b.Code, see(b), see(c))
				}
			}
			if fmt.Sprint(len(back.Holes)) != fmt.Sprint(len(cat.Holes)) {
				t.Errorf("%d placeholders back, want %d", len(back.Holes), len(cat.Holes))
			}
		})
	}
}
