package catalog_test

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/errcodes/errcodes/catalog"
)

// A code may be returned with several statuses: a YAML list gives them
// all, for the code as a whole.
func TestStatusList(t *testing.T) {
	cat, err := load(t, map[string]string{
		"errcodes.yaml": "version: 1\ncatalog: [errors.yaml]\n",
		"errors.yaml": `codes:
  - code: MANIFEST_INVALID
    status: [400, 413, 414]
  - code: NAME_UNKNOWN
    status: [404]
  # The same list again, in another order, is no conflict.
  - code: MANIFEST_INVALID
    status: [414, 400, 413]
    message: manifest invalid
`,
	})
	if err != nil {
		t.Fatal(err)
	}
	for code, want := range map[string][]int{"MANIFEST_INVALID": {400, 413, 414}, "NAME_UNKNOWN": {404}} {
		c := cat.Lookup(code)
		if c == nil || !slices.Equal(c.Statuses, want) || !slices.Equal(c.Everywhere, want) || c.Status() != want[0] {
			t.Errorf("%s = %+v, want statuses %v everywhere", code, c, want)
		}
	}
	if c := cat.Lookup("MANIFEST_INVALID"); c.StatusPos.Line != 3 {
		t.Errorf("StatusPos = %v, want line 3", c.StatusPos)
	}
}

func TestStatusListErrors(t *testing.T) {
	for _, tc := range []struct{ yaml, want string }{
		{"  - code: x\n    status: []\n", "errors.yaml:3:5: status list is empty"},
		{"  - code: x\n    status: [400, 4130]\n", "errors.yaml:3:19: status 4130 is not an HTTP status"},
		{"  - code: x\n    status: [400, NOT_FOUND]\n", "errors.yaml:3:19: a list of statuses holds HTTP statuses; this item is a string"},
		{"  - code: x\n    status: [400, \"?\"]\n", "errors.yaml:3:19: a list of statuses holds HTTP statuses; this item is a string"},
		{"  - code: x\n    status: [400, 413]\n  - code: x\n    status: 400\n", "errors.yaml:5:5: code \"x\" has status 400 here but 400 or 413 at"},
	} {
		_, err := load(t, map[string]string{
			"errcodes.yaml": "version: 1\ncatalog: [errors.yaml]\n",
			"errors.yaml":   "codes:\n" + tc.yaml,
		})
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: error %v, want %q", tc.yaml, err, tc.want)
		}
	}
}

// An inline status adds to the statuses a spec documents per operation,
// and replaces those a file gives the code as a whole.
func TestOverlayAddsToEndpointStatuses(t *testing.T) {
	cat, err := load(t, map[string]string{
		"errcodes.yaml": `version: 1
catalog: [openapi.yaml, errors.yaml]
codes:
  - code: MANIFEST_INVALID
    status: [400, 413, 414]
  - code: TOO_MANY_REQUESTS
    status: 429
`,
		"errors.yaml": "codes:\n  - code: TOO_MANY_REQUESTS\n    status: 503\n",
		"openapi.yaml": `openapi: 3.0.3
info: {title: Registry, version: "2"}
paths:
  /v2/{name}/manifests/{reference}:
    put:
      operationId: putManifest
      responses:
        "400":
          description: Invalid
          content:
            application/json:
              example: {errors: [{code: MANIFEST_INVALID}]}
  /v2/{name}/blobs/uploads/{uuid}:
    put:
      operationId: putBlobUpload
      responses:
        "400":
          description: Invalid
          content:
            application/json:
              example: {errors: [{code: MANIFEST_INVALID}]}
        "404":
          description: Unknown
          content:
            application/json:
              example: {errors: [{code: MANIFEST_INVALID}]}
`,
	})
	if err != nil {
		t.Fatal(err)
	}
	c := cat.Lookup("MANIFEST_INVALID")
	if !slices.Equal(c.Statuses, []int{400, 413, 414, 404}) || !slices.Equal(c.Everywhere, []int{400, 413, 414}) {
		t.Errorf("statuses %v, everywhere %v; want [400 413 414 404] and [400 413 414]", c.Statuses, c.Everywhere)
	}
	var by []string
	for _, es := range c.ByEndpoint {
		by = append(by, fmt.Sprintf("%s %d", es.Endpoint, es.Status))
	}
	if want := []string{"putManifest 400", "putBlobUpload 400", "putBlobUpload 404"}; !reflect.DeepEqual(by, want) {
		t.Errorf("by endpoint %q, want %q (the spec's, kept)", by, want)
	}
	if c.StatusPos.File == "" || !strings.HasSuffix(c.StatusPos.File, "errcodes.yaml") {
		t.Errorf("StatusPos %v, want the overlay's", c.StatusPos)
	}
	if c := cat.Lookup("TOO_MANY_REQUESTS"); !slices.Equal(c.Statuses, []int{429}) || !slices.Equal(c.Everywhere, []int{429}) {
		t.Errorf("TOO_MANY_REQUESTS statuses %v, everywhere %v; want the overlay's 429 alone", c.Statuses, c.Everywhere)
	}
}

// Converted to YAML, a code with several statuses lists them; the list
// reads back as the same statuses.
func TestStatusListRoundTrip(t *testing.T) {
	cat, err := load(t, map[string]string{
		"errcodes.yaml": "version: 1\ncodes:\n  - code: MANIFEST_INVALID\n    status: [400, 413, 414]\n",
	})
	if err != nil {
		t.Fatal(err)
	}
	out, err := cat.YAML("errcodes.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(out), "status: [400, 413, 414]\n") {
		t.Errorf("YAML:\n%s", out)
	}
	doc, err := catalog.ParseFile("converted.yaml", out, "")
	if err != nil {
		t.Fatal(err)
	}
	if e := doc.Entries[0]; e.Status != 400 || !slices.Equal(e.MoreStatuses, []int{413, 414}) {
		t.Errorf("read back %d %v", e.Status, e.MoreStatuses)
	}
}

// Named catalogs: files with a name form their own catalog, checked for
// the emitters that name it; the others and the inline codes form the
// default one.
func TestNamedCatalogs(t *testing.T) {
	cat, err := load(t, map[string]string{
		"errcodes.yaml": `version: 1
catalog:
  - docs/errors.yaml
  - {path: docs/oauth-errors.yaml, name: oauth}
  - {path: docs/oauth-more.yaml, name: oauth}
codes:
  - {code: user_not_found, status: 404}
emitters:
  - func: example.com/api.Write
    code: 0
  - func: example.com/oauth.WriteError
    code: 0
    catalog: oauth
`,
		"docs/errors.yaml":       "codes:\n  - {code: invalid_request, status: 422}\n",
		"docs/oauth-errors.yaml": "codes:\n  - {code: invalid_request, status: 400}\n  - {code: invalid_grant, status: 400}\n",
		"docs/oauth-more.yaml":   "codes:\n  - {code: invalid_scope, status: 400}\n",
	})
	if err != nil {
		t.Fatal(err)
	}
	codes := func(c *catalog.Catalog) []string {
		var out []string
		for _, x := range c.Codes {
			out = append(out, fmt.Sprintf("%s %v", x.Code, x.Statuses))
		}
		return out
	}
	if got, want := codes(cat), []string{"invalid_request [422]", "user_not_found [404]"}; !slices.Equal(got, want) {
		t.Errorf("default catalog %q, want %q", got, want)
	}
	oauth := cat.For("oauth")
	if got, want := codes(oauth), []string{"invalid_grant [400]", "invalid_request [400]", "invalid_scope [400]"}; !slices.Equal(got, want) {
		t.Errorf("oauth catalog %q, want %q", got, want)
	}
	if cat.For("") != cat || len(cat.Named) != 1 {
		t.Errorf("For(\"\") is not the default, or Named = %v", cat.Named)
	}
}

func TestNamedCatalogErrors(t *testing.T) {
	for _, tt := range []struct{ config, want string }{
		{"version: 1\ncatalog: [a.yaml]\nemitters:\n  - {func: x.F, code: 0, catalog: oauth}\n",
			`errcodes.yaml:4:35: emitter x.F names catalog "oauth", but no catalog file has a name (write {path: ..., name: oauth})`},
		{"version: 1\ncatalog: [{path: a.yaml, name: oauth}]\nemitters:\n  - {func: x.F, code: 0, catalog: oatuh}\n",
			`errcodes.yaml:4:35: emitter x.F names catalog "oatuh", which no catalog file has (named: oauth)`},
		{"version: 1\ncatalog: [{path: a.yaml, name: o-auth}]\n",
			`errcodes.yaml:2:32: catalog name "o-auth" is not an identifier (letters, digits and _)`},
	} {
		_, err := catalog.ParseConfig("errcodes.yaml", []byte(tt.config))
		if err == nil || err.Error() != tt.want {
			t.Errorf("%q: error %v, want %s", tt.config, err, tt.want)
		}
	}
}
