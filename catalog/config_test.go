package catalog_test

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/errcodes/errcodes/catalog"
)

func TestParseConfig(t *testing.T) {
	cfg, err := catalog.ParseConfig("errcodes.yaml", []byte(`version: 1
catalog:
  - docs/errors.yaml
  - {path: docs/errors.md, format: yaml}
codes:
  - code: invalid_order_number
    status: 404
    message: Order not found
    endpoints: [Paid Order, Complete Order]
    fields: [field]
    deprecated: false
  - code: 1003
    status: 404
  - code: 0x10
emitters:
  - func: example.com/shop/apierr.New
    code: 0
    status: 1
    message: 2
  - func: (*example.com/shop/apierr.Writer).Fail
    code: code
  - type: example.com/shop/apierr.Error
    code: Code
    status: Status
`))
	if err != nil {
		t.Fatal(err)
	}
	if got := []catalog.Source{{Path: "docs/errors.yaml", Pos: catalog.Pos{File: "errcodes.yaml", Line: 3, Col: 5}},
		{Path: "docs/errors.md", Format: "yaml", Pos: catalog.Pos{File: "errcodes.yaml", Line: 4, Col: 5}}}; !reflect.DeepEqual(cfg.Sources, got) {
		t.Errorf("sources = %+v, want %+v", cfg.Sources, got)
	}
	var codes []string
	for _, e := range cfg.Codes {
		codes = append(codes, e.Code)
	}
	if got, want := strings.Join(codes, " "), "invalid_order_number 1003 16"; got != want {
		t.Errorf("codes = %s, want %s (integers in decimal)", got, want)
	}
	if e := cfg.Codes[0]; e.Status != 404 || e.Messages[0] != "Order not found" || len(e.Endpoints) != 2 || e.Fields[0] != "field" {
		t.Errorf("first entry = %+v", e)
	}
	roles, err := catalog.ParseConfig("errcodes.yaml", []byte(`version: 1
emitters:
  - func: example.com/reg/common.WriteJSON
    status: 1
    error: 2
  - func: example.com/reg/common.ServeJSON
    error: errs
  - func: example.com/auth/api.NewInternalServerError
    code: {value: unexpected_failure}
    status: {value: 500}
`))
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range []string{"status=1 error=2", "error=errs", "code={value: unexpected_failure} status={value: 500}"} {
		var got []string
		for _, r := range catalog.Roles {
			if a, ok := roles.Emitters[i].Args[r]; ok {
				got = append(got, string(r)+"="+a.String())
			}
		}
		if strings.Join(got, " ") != want {
			t.Errorf("emitter %d roles = %q, want %q", i, strings.Join(got, " "), want)
		}
	}
	if a := roles.Emitters[2].Args[catalog.RoleStatus]; !a.Fixed || a.Value != (catalog.ArgValue{Kind: "int", Text: "500"}) {
		t.Errorf("fixed status = %+v", a)
	}
	wantEmitters := []struct{ fn, typ, code string }{
		{"example.com/shop/apierr.New", "", "0"},
		{"example.com/shop/apierr.Writer.Fail", "", "code"},
		{"", "example.com/shop/apierr.Error", "Code"},
	}
	for i, w := range wantEmitters {
		e := cfg.Emitters[i]
		if e.Func != w.fn || e.Type != w.typ || e.Args[catalog.RoleCode].String() != w.code {
			t.Errorf("emitter %d = %+v, want %+v", i, e, w)
		}
	}
}

// Every problem is reported at once, each with its position.
func TestParseConfigErrors(t *testing.T) {
	for _, tc := range []struct {
		name, config string
		want         []string
	}{
		{"empty", "", []string{"errcodes.yaml:1:1: file is empty"}},
		{"syntax", "version: 1\ncodes: [\n", []string{"errcodes.yaml:2: invalid YAML: did not find expected node content"}},
		{"not a mapping", "- 1\n", []string{"errcodes.yaml:1:1: errcodes.yaml must be a mapping, not a list"}},
		{"missing version", "codes: []\n", []string{`errcodes.yaml:1:1: missing required key version (add "version: 1")`}},
		{"bad version", "version: 2\n", []string{"errcodes.yaml:1:1: version 2 is not supported; this errcodes reads version 1"}},
		{"version type", "version: one\n", []string{"errcodes.yaml:1:1: version must be an integer, not a string"}},
		{"unknown keys", "version: 1\ncatalogs: []\nfoo: 1\n", []string{
			`errcodes.yaml:2:1: unknown key "catalogs" in errcodes.yaml; did you mean "catalog"?`,
			`errcodes.yaml:3:1: unknown key "foo" in errcodes.yaml (known keys: version, catalog, codes, emitters, presets)`,
		}},
		{"repeated key", "version: 1\nversion: 1\n", []string{`errcodes.yaml:2:1: key "version" appears twice in errcodes.yaml`}},
		{"codes", `version: 1
codes:
  - code: already_paid
    status: 4040
  - status: 404
  - code: [x]
  - code: ""
  - code: order_gone
    status: "410"
    deprecated: maybe
    endpoints: {a: b}
  - just a string
`, []string{
			"errcodes.yaml:4:5: status 4040 is not an HTTP status",
			"errcodes.yaml:5:5: code entry has no code",
			"errcodes.yaml:6:5: code must be a string or an integer, not a list",
			"errcodes.yaml:7:5: code is empty",
			"errcodes.yaml:9:5: status must be an integer, not a string",
			"errcodes.yaml:10:5: deprecated must be true or false, not a string",
			"errcodes.yaml:11:5: endpoints must be a list of strings, not a mapping",
			"errcodes.yaml:12:5: code entry must be a mapping, not a string",
		}},
		{"conflicting statuses", `version: 1
codes:
  - code: already_paid
    status: 409
  - code: already_paid
    endpoints: [Paid Order]
  - code: already_paid
    status: 400
`, []string{`errcodes.yaml:8:5: code "already_paid" has status 400 here but 409 at errcodes.yaml:4`}},
		{"emitters", `version: 1
emitters:
  - func: apierr.New
  - code: 0
  - func: a.New
    type: a.Error
    code: 0
  - func: "bad name"
    code: 0
  - type: (*a.Error)
    code: Code
  - type: a.Error
    code: 0
  - func: a.New
    code: -1
  - func: a.New
    code: "not an ident"
  - func: a.Write
    code: 0
  - func: a.Write
    code: 1
`, []string{
			"errcodes.yaml:3:5: emitter apierr.New has no code: say which argument or field carries the code (or, for a writer, which argument carries the error)",
			"errcodes.yaml:4:5: emitter needs func or type",
			"errcodes.yaml:5:5: emitter has both func and type; write two emitters",
			`errcodes.yaml:8:11: func "bad name" is not of the form pkg/path.Func, pkg/path.Type.Method or (*pkg/path.Type).Method`,
			`errcodes.yaml:10:11: type "(*a.Error)" is not of the form pkg/path.Type`,
			"errcodes.yaml:13:5: code of type emitter a.Error must be a field name, not an index",
			"errcodes.yaml:15:5: code argument index -1 is out of range",
			`errcodes.yaml:17:5: code "not an ident" is neither an argument index nor a Go identifier`,
			"errcodes.yaml:20:5: emitter a.Write is already configured at errcodes.yaml:18",
		}},
		{"fixed roles and writers", `version: 1
emitters:
  - func: a.WriteJSON
    status: {value: 4000}
    error: 2
  - func: a.Fail
    code: 0
    error: 1
  - type: a.Error
    error: Err
  - func: a.Write
    error: {value: x}
  - func: a.New
    code: {value: true}
  - func: a.Newer
    code: {valu: x}
  - func: a.Newest
    code: 0
    status: {value: not_found}
`, []string{
			"errcodes.yaml:4:5: status value 4000 is not an HTTP status",
			"errcodes.yaml:8:5: emitter a.Fail has both code and error: the codes of a writer's error argument are their own",
			"errcodes.yaml:10:5: error is a role of func emitters (a writer's argument), not of type emitter a.Error",
			"errcodes.yaml:12:5: error of emitter a.Write must be an argument index or a parameter name, not a value",
			"errcodes.yaml:14:5: code value must be a string or an integer, not a bool",
			`errcodes.yaml:16:12: unknown key "valu" in code; did you mean "value"?`,
			"errcodes.yaml:19:5: status value must be an integer, not string not_found",
		}},
		{"catalog", "version: 1\ncatalog:\n  - {path: a.md, format: html}\n  - {format: yaml}\n  - 3\n", []string{
			`errcodes.yaml:3:26: unknown format "html"; known formats: ` + strings.Join(catalog.Formats(), ", "),
			"errcodes.yaml:4:5: catalog entry has no path",
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := catalog.ParseConfig("errcodes.yaml", []byte(tc.config))
			if err == nil {
				t.Fatal("no error")
			}
			if got, want := err.Error(), strings.Join(tc.want, "\n"); got != want {
				t.Errorf("errors:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}

func TestLoadConfigMissingCatalog(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "errcodes.yaml")
	os.WriteFile(path, []byte("version: 1\ncatalog: [docs/errors.yaml]\ncodes:\n  - code: x\n    status: 4040\n"), 0o644)
	_, err := catalog.LoadConfig(path)
	want := path + ":2:11: catalog file docs/errors.yaml: no such file\n" + path + ":5:5: status 4040 is not an HTTP status"
	if err == nil || err.Error() != want {
		t.Errorf("error:\n%v\nwant:\n%s", err, want)
	}
}

func TestFindConfig(t *testing.T) {
	root := t.TempDir()
	deep := filepath.Join(root, "svc", "orders", "internal")
	os.MkdirAll(deep, 0o755)
	if got := catalog.FindConfig(deep); got != "" {
		t.Errorf("FindConfig with no config = %q", got)
	}
	os.WriteFile(filepath.Join(root, "errcodes.yaml"), []byte("version: 1\n"), 0o644)
	if got, want := catalog.FindConfig(deep), filepath.Join(root, "errcodes.yaml"); got != want {
		t.Errorf("FindConfig = %q, want %q", got, want)
	}
	os.WriteFile(filepath.Join(root, "svc", "errcodes.yaml"), []byte("version: 1\n"), 0o644)
	if got, want := catalog.FindConfig(deep), filepath.Join(root, "svc", "errcodes.yaml"); got != want {
		t.Errorf("FindConfig = %q, want the nearest, %q", got, want)
	}
	// A directory named errcodes.yaml is not a config.
	os.MkdirAll(filepath.Join(deep, "errcodes.yaml"), 0o755)
	if got, want := catalog.FindConfig(deep), filepath.Join(root, "svc", "errcodes.yaml"); got != want {
		t.Errorf("FindConfig = %q, want %q", got, want)
	}
}

func TestEmitterPackages(t *testing.T) {
	for _, tc := range []struct {
		e    catalog.Emitter
		want []string
	}{
		{catalog.Emitter{Func: "example.com/shop/apierr.New"}, []string{"example.com/shop/apierr"}},
		{catalog.Emitter{Func: "example.com/shop/apierr.Writer.Fail"}, []string{"example.com/shop/apierr.Writer", "example.com/shop/apierr"}},
		{catalog.Emitter{Func: "gopkg.in/yaml.v3.Marshal"}, []string{"gopkg.in/yaml.v3", "gopkg.in/yaml"}},
		{catalog.Emitter{Type: "gopkg.in/yaml.v3.Node"}, []string{"gopkg.in/yaml.v3"}},
		{catalog.Emitter{Func: "apierr.New"}, []string{"apierr"}},
	} {
		if got := tc.e.Packages(); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: Packages() = %v, want %v", tc.e.Name(), got, tc.want)
		}
	}
	e := catalog.Emitter{Func: "gopkg.in/yaml.v3.Marshal"}
	if got := e.Member("gopkg.in/yaml.v3"); got != "Marshal" {
		t.Errorf("Member = %q", got)
	}
	if got := e.Member("gopkg.in/yam"); got != "" {
		t.Errorf("Member of a mere prefix = %q", got)
	}
}

func TestFingerprint(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "errcodes.yaml")
	os.WriteFile(path, []byte("version: 1\ncatalog: [errors.yaml]\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "errors.yaml"), []byte("codes: []\n"), 0o644)
	fp := func() string {
		cfg, err := catalog.LoadConfig(path)
		if err != nil {
			t.Fatal(err)
		}
		return string(cfg.Fingerprint())
	}
	a := fp()
	if b := fp(); a != b {
		t.Error("fingerprint is not deterministic")
	}
	os.WriteFile(filepath.Join(dir, "errors.yaml"), []byte("codes: [{code: x}]\n"), 0o644)
	if c := fp(); c == a {
		t.Error("fingerprint did not change with the catalog file")
	}
}

// A gRPC API documents canonical codes where an HTTP API has statuses.
func TestGRPCStatus(t *testing.T) {
	cfg, err := catalog.ParseConfig("errcodes.yaml", []byte("version: 1\ncodes:\n  - code: ORDER_NOT_FOUND\n    status: NOT_FOUND\n  - code: ORDER_PAID\n    status: FailedPrecondition\n  - code: X\n    status: CANCELLED\n"))
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range []string{"NotFound", "FailedPrecondition", "Canceled"} {
		if got := cfg.Codes[i].GRPCStatus; got != want {
			t.Errorf("entry %d: gRPC status %q, want %q", i, got, want)
		}
	}
	_, err = catalog.ParseConfig("errcodes.yaml", []byte("version: 1\ncodes:\n  - code: X\n    status: NOPE\n"))
	if err == nil || err.Error() != `errcodes.yaml:4:5: status "NOPE" is neither an HTTP status nor a gRPC code` {
		t.Errorf("error = %v", err)
	}
}

// A status written "?" is undecided: a placeholder, not an error, that
// survives a conversion to YAML.
func TestStatusPlaceholder(t *testing.T) {
	cfg, err := catalog.ParseConfig("errcodes.yaml", []byte("version: 1\ncodes:\n  - code: order_locked\n    status: '?'\n    endpoints: [Lock Order]\n  - code: b\n    status: 404\n"))
	if err != nil {
		t.Fatal(err)
	}
	cat, err := cfg.LoadCatalog()
	if err != nil {
		t.Fatal(err)
	}
	c := cat.Lookup("order_locked")
	if c == nil || len(c.Statuses) != 0 || c.StatusHole.Short() != "errcodes.yaml:4" {
		t.Fatalf("order_locked = %+v, want no status and a hole at errcodes.yaml:4", c)
	}
	want := []catalog.Hole{{Code: "order_locked", Field: "status", Endpoint: "Lock Order", Pos: c.StatusHole}}
	if !reflect.DeepEqual(cat.Holes, want) {
		t.Errorf("holes = %+v, want %+v", cat.Holes, want)
	}
	out, err := cat.YAML("errcodes.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(out), "code: order_locked\n    status: '?'\n") {
		t.Errorf("YAML lost the placeholder:\n%s", out)
	}
}
