package catalog

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// A handler file as swag fmt leaves it: annotations aligned with tabs,
// general API info on another function, a handler with several @Failure
// lines, one with a default failure, one with none, a helper with no
// annotation.
const swaggoHandlers = `package manifests

import "net/http"

// ListTags godoc
//
//	@Summary	List a repository's tags
//	@Tags		tags
//	@Produce	json
//	@Param		name	path		string	true	"repository name"
//	@Success	200		{object}	TagList
//	@Failure	401		{object}	ErrorList	"authentication required"
//	@Failure	404,429	{object}	ErrorList	"unknown repository, or too many requests"
//	@Router		/v2/{name}/tags/list [get]
func (h *Handler) ListTags(w http.ResponseWriter, r *http.Request) {}

// PutManifest godoc
//
// @ID putManifest
// @Failure 400 {object} ErrorList "invalid manifest"
// @Response 415 {object} ErrorList "unsupported media type"
// @Response 201 {string} string "created"
// @Router /v2/{name}/manifests/{reference} [put]
// @Router /v2/{name}/manifests/{reference} [post]
func (h *Handler) PutManifest(w http.ResponseWriter, r *http.Request) {}

// GetBlob godoc
//
//	@Failure	default	{object}	ErrorList
//	@Router		/v2/{name}/blobs/{digest} [get]
func GetBlob(w http.ResponseWriter, r *http.Request) {}

// Ping documents no failure.
//
//	@Router	/v2/ [get]
func Ping(w http.ResponseWriter, r *http.Request) {}

// helper has no annotation.
func helper() {}
`

func TestParseSwaggo(t *testing.T) {
	doc, err := ParseSwaggo("manifests.go", []byte(swaggoHandlers))
	if err != nil {
		t.Fatal(err)
	}
	want := []EndpointDoc{
		{Endpoint: "GET /v2/{name}/tags/list", Statuses: []int{401, 404, 429}, Pos: Pos{File: "manifests.go", Line: 12, Col: 1}},
		{Endpoint: "putManifest", Statuses: []int{400, 415}, Pos: Pos{File: "manifests.go", Line: 20, Col: 1}},
		{Endpoint: "GET /v2/{name}/blobs/{digest}", AnyStatus: true, Pos: Pos{File: "manifests.go", Line: 29, Col: 1}},
	}
	if len(doc.EndpointDocs) != len(want) {
		t.Fatalf("endpoint docs %+v, want %+v", doc.EndpointDocs, want)
	}
	for i, w := range want {
		g := doc.EndpointDocs[i]
		if g.Endpoint != w.Endpoint || !slices.Equal(g.Statuses, w.Statuses) || g.AnyStatus != w.AnyStatus || g.Pos != w.Pos {
			t.Errorf("endpoint doc %d: %+v, want %+v", i, g, w)
		}
	}
	wantRoutes := map[string]string{
		"GET /v2/{name}/tags/list":              "GET /v2/{name}/tags/list",
		"PUT /v2/{name}/manifests/{reference}":  "putManifest",
		"POST /v2/{name}/manifests/{reference}": "putManifest",
		"GET /v2/{name}/blobs/{digest}":         "GET /v2/{name}/blobs/{digest}",
		"GET /v2/":                              "GET /v2/",
	}
	if len(doc.Routes) != len(wantRoutes) {
		t.Errorf("routes %v, want %v", doc.Routes, wantRoutes)
	}
	for r, ep := range wantRoutes {
		if doc.Routes[r] != ep {
			t.Errorf("route %s: %q, want %q", r, doc.Routes[r], ep)
		}
	}
	if len(doc.Entries) != 0 {
		t.Errorf("entries %v: swaggo annotations document no codes", doc.Entries)
	}
}

func TestSwaggoRoutes(t *testing.T) {
	got := SwaggoRoutes("ListTags godoc\n\n\t@Summary\tx\n\t@Router\t/v2/{name}/tags/list [get]\n@router /a/b [PATCH]\n@Router /c\n@Router /d [fetch]\n")
	if want := []string{"GET /v2/{name}/tags/list", "PATCH /a/b"}; !slices.Equal(got, want) {
		t.Errorf("SwaggoRoutes = %q, want %q", got, want)
	}
}

func TestParseSwaggoErrors(t *testing.T) {
	for _, tt := range []struct{ src, want string }{
		{"package p\n\n// @Router /a [get\nfunc F() {}\n", `h.go:3:1: @Router "/a [get" is not of the form /path [method]`},
		{"package p\n\n// @Failure 4O4 {object} E\n// @Router /a [get]\nfunc F() {}\n", `h.go:3:1: @Failure status "4O4" is not an HTTP status`},
		{"package p\n\n// @Failure 1000 {object} E\n// @Router /a [get]\nfunc F() {}\n", `h.go:3:1: @Failure status "1000" is not an HTTP status`},
		{"package p\n\nfunc F( {}\n", `h.go:3:9: invalid Go: `},
	} {
		_, err := ParseSwaggo("h.go", []byte(tt.src))
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("%q: error %v, want %s...", tt.src, err, tt.want)
		}
	}
}

// A swaggo source names directories relative to the config; dir/...
// reads those below it too, but not testdata, vendor or test files.
func TestLoadSwaggoSource(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) {
		p := filepath.Join(dir, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("errcodes.yaml", "version: 1\ncatalog:\n  - {path: api/..., format: swaggo}\n  - {path: cmd/server, format: swaggo}\n")
	write("api/manifests/manifests.go", swaggoHandlers)
	write("api/manifests/manifests_test.go", "package manifests\n\n// @Failure 500 {object} E\n// @Router /test [get]\nfunc T() {}\n")
	write("api/testdata/x.go", "package x\n\n// @Failure 500 {object} E\n// @Router /testdata [get]\nfunc T() {}\n")
	write("cmd/server/main.go", "package main\n\n// @title Registry\n// @BasePath /registry/\nfunc main() {}\n")
	cfg, err := LoadConfig(filepath.Join(dir, "errcodes.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	cat, err := cfg.LoadCatalog()
	if err != nil {
		t.Fatal(err)
	}
	if len(cat.EndpointDocs) != 3 || cat.EndpointDoc("putManifest") == nil || !cat.HasEndpoint("putManifest") {
		t.Errorf("endpoint docs %+v", cat.EndpointDocs)
	}
	for route, ep := range map[string]string{
		"PUT /v2/{x}/manifests/{y}":          "putManifest",
		"PUT /registry/v2/:x/manifests/:y":   "putManifest",
		"GET /registry/v2/{name}/tags/list/": "GET /v2/{name}/tags/list",
	} {
		if got, ok := cat.EndpointForRoute(route); !ok || got != ep {
			t.Errorf("EndpointForRoute(%s) = %q, %v; want %q", route, got, ok, ep)
		}
	}
	for _, r := range []string{"GET /test", "GET /testdata"} {
		if _, ok := cat.EndpointForRoute(r); ok {
			t.Errorf("route %s read from a test file or testdata", r)
		}
	}

	// The fingerprint covers the Go files.
	before := cfg.Fingerprint()
	write("api/manifests/manifests.go", strings.Replace(swaggoHandlers, "@Failure 400", "@Failure 409", 1))
	if slices.Equal(before, cfg.Fingerprint()) {
		t.Error("fingerprint did not change with an annotated Go file")
	}

	// A directory with no annotated handler is likely a wrong path.
	write("cmd/tool/main.go", "package main\n\nfunc main() {}\n")
	write("errcodes.yaml", "version: 1\ncatalog:\n  - {path: cmd/tool, format: swaggo}\n")
	cfg, err = LoadConfig(filepath.Join(dir, "errcodes.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := cfg.LoadCatalog(); err == nil || !strings.Contains(err.Error(), "errcodes.yaml:3:5: catalog source cmd/tool: none of its 1 Go files has a @Router or @BasePath annotation") {
		t.Errorf("error %v", err)
	}
	write("errcodes.yaml", "version: 1\ncatalog:\n  - {path: nosuch/..., format: swaggo}\n")
	if _, err := LoadConfig(filepath.Join(dir, "errcodes.yaml")); err == nil || !strings.Contains(err.Error(), "errcodes.yaml:3:5: catalog file nosuch/...: no such file") {
		t.Errorf("error %v", err)
	}
}
