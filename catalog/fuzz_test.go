package catalog

import (
	"os"
	"reflect"
	"strings"
	"testing"
)

// parseAs reads file, checks that it is detected as format, and parses it.
func parseAs(t *testing.T, file, format string) *Doc {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if f := DetectFormat(file, data); f != format {
		t.Fatalf("DetectFormat(%s) = %q, want %s", file, f, format)
	}
	doc, err := ParseFile(file, data, "")
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// mergeEntries merges a doc's entries into a catalog, as loading does,
// leaving out the doc's own warnings.
func mergeEntries(t *testing.T, doc *Doc) *Catalog {
	t.Helper()
	b := newBuilder()
	for _, e := range doc.Entries {
		b.add(e, doc.Strict, doc.PerEndpoint)
	}
	cat, err := b.finish()
	if err != nil {
		t.Fatal(err)
	}
	return cat
}

// fuzzFormat fuzzes a format's parser and detector, with files as the
// seed corpus, and checks what holds of any format's entries: each is on
// a line of the input and has a trimmed code. check adds what holds of
// this format's. No input may panic or hang.
func fuzzFormat(f *testing.F, format, filename string, files []string, check func(t *testing.T, e Entry)) {
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	fm := lookupFormat(format)
	if fm == nil {
		f.Fatalf("no format %q", format)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		fm.Detect(filename, data)
		fm.Detect("f.txt", data)
		doc, err := fm.Parse(filename, data)
		if err != nil {
			return
		}
		lines := strings.Count(string(data), "\n") + 1
		for _, e := range doc.Entries {
			if e.Pos.Line < 1 || e.Pos.Line > lines {
				t.Fatalf("entry %q at line %d of %d", e.Code, e.Pos.Line, lines)
			}
			if e.Code != strings.TrimSpace(e.Code) {
				t.Fatalf("code %q not trimmed", e.Code)
			}
			if check != nil {
				check(t, e)
			}
		}
	})
}

func FuzzParseSectioned(f *testing.F) {
	fuzzFormat(f, "sectioned-list", "fuzz.md", []string{sectionedSeed, "testdata/sectioned_variant.md"}, nil)
}

func FuzzParseJSONHeadings(f *testing.F) {
	fuzzFormat(f, "json-headings", "f.md", []string{
		"testdata/seeds/001_38ddf1450b35f244.txt",
		"testdata/jsonheadings/errors.mdx",
		"testdata/jsonheadings/scraped.txt",
	}, nil)
}

func FuzzParseMarkdownTable(f *testing.F) {
	fuzzFormat(f, "markdown-table", "f.md", []string{"testdata/seeds/003_bad9894f524535f0.txt", "testdata/mdtable/errors.md",
		"testdata/mdendpoints/registry.md"}, func(t *testing.T, e Entry) {
		if e.Status != 0 && (e.Status < 100 || e.Status > 599) {
			t.Fatalf("status %d", e.Status)
		}
		if e.Code != "" && e.Code != Placeholder && !mdtLooksLikeCode(e.Code) && len(e.Endpoints) > 0 {
			t.Fatalf("code %q is not one", e.Code)
		}
		if len(e.Endpoints) > 1 || len(e.Endpoints) == 1 && strings.TrimSpace(e.Endpoints[0]) == "" {
			t.Fatalf("endpoints %q", e.Endpoints)
		}
	})
}

func FuzzParseStatusGroups(f *testing.F) {
	fuzzFormat(f, "status-groups", "fuzz.md", []string{statusGroupsSeed, "testdata/statusgroups_variant.md"}, func(t *testing.T, e Entry) {
		if e.Status != 0 && (e.Status < 100 || e.Status > 599) {
			t.Fatalf("status %d", e.Status)
		}
		for _, r := range e.Required {
			if !contains(e.Fields, r) {
				t.Fatalf("required %q not in fields %q", r, e.Fields)
			}
		}
		if reflect.DeepEqual(e, Entry{}) {
			t.Fatal("empty entry")
		}
	})
}

func FuzzParseTypeScript(f *testing.F) {
	f.Add([]byte("type A = B | B; type B = A & { code: E.X; meta: A }; enum E { X = 'x' }"))
	fuzzFormat(f, "typescript", "f.ts", []string{tsSeed, "testdata/typescript/billing_errors.md"}, func(t *testing.T, e Entry) {
		if e.Code == "" {
			t.Fatalf("entry without code %+v", e)
		}
	})
}

func FuzzParseOpenAPI(f *testing.F) {
	fuzzFormat(f, "openapi", "f.yaml", []string{"testdata/openapi/shop.yaml", "testdata/openapi/payments.json"}, func(t *testing.T, e Entry) {
		if len(e.Endpoints) != 1 {
			t.Fatalf("entry with %d endpoints %+v", len(e.Endpoints), e)
		}
	})
}

// FuzzParseSwagger fuzzes the openapi format with Swagger 2.0 and
// flawed OpenAPI 3 seeds: the repairs of the yaml.v3 nodes (duplicate
// keys, dangling $refs, unreadable schemas) and the conversion.
func FuzzParseSwagger(f *testing.F) {
	f.Add([]byte("swagger: '2.0'\npaths:\n  /a:\n    get:\n      responses:\n        '404': {schema: {$ref: '#/definitions/X'}}\ndefinitions:\n  X: {properties: {code: {enum: [a], type: 7}}, allOf: [{$ref: '#/definitions/X'}]}\n"))
	fuzzFormat(f, "openapi", "f.yaml", []string{"testdata/swagger/notes.yaml", "testdata/openapi/invoices.yaml"}, func(t *testing.T, e Entry) {
		if len(e.Endpoints) != 1 {
			t.Fatalf("entry with %d endpoints %+v", len(e.Endpoints), e)
		}
	})
}

// FuzzParseSwaggo fuzzes the reading of swaggo annotations: every
// endpoint doc is on a line of the input, with HTTP failure statuses.
func FuzzParseSwaggo(f *testing.F) {
	f.Add([]byte(swaggoHandlers))
	f.Add([]byte("package p\n// @Failure 400,,default {object}\n// @Router\t/a/{b} [get]\nfunc (T) F() {}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		SwaggoRoutes(string(data))
		doc, err := ParseSwaggo("h.go", data)
		if err != nil {
			return
		}
		lines := strings.Count(string(data), "\n") + 1
		for _, d := range doc.EndpointDocs {
			if d.Pos.Line < 1 || d.Pos.Line > lines || d.Endpoint == "" {
				t.Fatalf("endpoint doc %+v of %d lines", d, lines)
			}
			for _, s := range d.Statuses {
				if s < 400 || s > 599 {
					t.Fatalf("failure status %d", s)
				}
			}
		}
		for r, ep := range doc.Routes {
			if NormalizeRoute(r) == "" || ep == "" {
				t.Fatalf("route %q -> %q", r, ep)
			}
		}
	})
}

func FuzzParseYAML(f *testing.F) {
	f.Add([]byte("codes:\n  - code: a\n    fields: &f [x, y]\n  - code: b\n    fields: *f\n"))
	f.Add([]byte("\xef\xbb\xbfcodes:\n  - code: \"?\"\n    status: \"?\"\n"))
	f.Add([]byte("codes:\n  - code: a\n    status: [400, 413, 414]\n  - code: a\n    status: [414, 400, 413]\n  - code: b\n    status: [&s 400, *s]\n"))
	fuzzFormat(f, "yaml", "errors.yaml", []string{"../testdata/shop/docs/errors.yaml"}, nil)
}

// FuzzParseConfig checks that no config, however broken or aliased,
// panics or hangs: each is parsed, or refused with positioned errors.
func FuzzParseConfig(f *testing.F) {
	for _, file := range []string{"../testdata/shop/errcodes.yaml", "../testdata/openapi/errcodes.yaml"} {
		data, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("version: 1\na: &a [x, x]\nb: &b [*a, *a]\ncodes: *b\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		_, err := ParseConfig("errcodes.yaml", data)
		if errs, ok := err.(ErrorList); ok {
			for _, e := range errs {
				if e.Pos.File != "errcodes.yaml" {
					t.Fatalf("error %q names file %q", e.Msg, e.Pos.File)
				}
			}
		}
	})
}

func FuzzParseTOML(f *testing.F) {
	f.Add([]byte("a = [{code = \"x\", status = \"?\"}, 1]\n[[b]]\ncode = 0x1F\n[c.d]\nerror = '''\nx'''\n"))
	fuzzFormat(f, "toml", "errors.toml", []string{"testdata/toml/errors.toml"}, func(t *testing.T, e Entry) {
		if e.Status != 0 && (e.Status < 100 || e.Status > 599) {
			t.Fatalf("status %d", e.Status)
		}
		if e.StatusPos.IsValid() && e.StatusPos.Line < e.Pos.Line {
			t.Fatalf("status at line %d before its entry at %d", e.StatusPos.Line, e.Pos.Line)
		}
	})
}
