package audit_test

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/errcodes/errcodes/audit"
)

// An audit of some packages reports those alone, though it loads the
// module's packages they import for the wrappers those define.
func TestAuditNamedPackagesOnly(t *testing.T) {
	dir, err := filepath.Abs("../testdata/shop")
	if err != nil {
		t.Fatal(err)
	}
	r, err := audit.Run(audit.Options{Dir: dir, Patterns: []string{"./orders"}})
	if err != nil {
		t.Fatal(err)
	}
	if r.Packages != 1 || len(r.Dirs) != 1 || r.Dirs[0] != "orders" {
		t.Errorf("audited %d packages in %v, want orders alone", r.Packages, r.Dirs)
	}
	for _, f := range r.Findings {
		if filepath.Dir(f.Pos.File) != "orders" {
			t.Errorf("finding outside orders: %v", f)
		}
	}
	// The wrapper respond.NotFound, of a package not named, is still seen.
	var viaWrapper bool
	for _, c := range r.Codes {
		for _, s := range c.Sites {
			viaWrapper = viaWrapper || s.Via == "respond.NotFound"
		}
	}
	if !viaWrapper {
		t.Error("no site through respond.NotFound: the wrapper's facts were lost")
	}
	// A finding on a handler's directive belongs to the handler.
	for _, f := range r.Findings {
		if f.Pos.Line == 98 && f.Func != "orders.Handler.Details" {
			t.Errorf("finding at line 98 in %q, want orders.Handler.Details", f.Func)
		}
	}
}

// The progress line stays silent for short runs, then overwrites itself,
// and is cleared at the end.
func TestProgressOn(t *testing.T) {
	var buf strings.Builder
	progress, done := audit.ProgressOn(&buf)
	progress("loading packages")
	if buf.Len() != 0 {
		t.Fatalf("progress shown before two seconds: %q", buf.String())
	}
	time.Sleep(2100 * time.Millisecond)
	progress("analysed 3/10 packages")
	done()
	got := buf.String()
	if !strings.HasPrefix(got, "\r\x1b[Kerrcodes audit: analysed 3/10 packages (2s)") || !strings.HasSuffix(got, "\r\x1b[K") {
		t.Errorf("progress wrote %q", got)
	}
}

// The audit adds up the checks' verdicts: a code has status_mismatch
// exactly when a status finding was reported for it. On testdata/openapi
// the docs give statuses per operation, so quota_exceeded, documented
// with 403 and 429, is still returned with the wrong one for two
// operations; the audit once re-derived the problem from the code's
// statuses alone and saw none.
func TestAuditAgreesWithFindings(t *testing.T) {
	dir, err := filepath.Abs("../testdata/openapi")
	if err != nil {
		t.Fatal(err)
	}
	r, err := audit.Run(audit.Options{Dir: dir, Patterns: []string{"./..."}})
	if err != nil {
		t.Fatal(err)
	}
	found := make(map[string]bool) // codes with a status finding
	for _, f := range r.Findings {
		if f.Category == "status" {
			code, _, _ := strings.Cut(strings.TrimPrefix(f.Message, `code "`), `"`)
			found[code] = true
		}
	}
	if !found["quota_exceeded"] {
		t.Fatalf("no status finding for quota_exceeded: %+v", r.Findings)
	}
	for _, c := range r.Codes {
		if mismatch := slices.Contains(c.Problems, audit.ProblemStatusMismatch); mismatch != found[c.Code] {
			t.Errorf("code %q: status_mismatch %v, but a status finding %v", c.Code, mismatch, found[c.Code])
		}
	}
}

// The audit lists each route with the handler that serves it, as the
// analyzer reads registrations: testdata/gateway's ServeMux is mounted
// under /v2 with http.StripPrefix, and its handlers come from a route
// table, through an adapter, and from a factory. A router adapter (the
// App's ServeHTTP, which passes the request on) is no handler; and the
// sites whose code errcodes cannot read are counted and listed.
func TestAuditRoutes(t *testing.T) {
	dir, err := filepath.Abs("../testdata/gateway")
	if err != nil {
		t.Fatal(err)
	}
	r, err := audit.Run(audit.Options{Dir: dir, Patterns: []string{"./..."}})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, ep := range r.Endpoints {
		if ep.Handler == "v2.App.ServeHTTP" {
			t.Errorf("the router adapter v2.App.ServeHTTP is listed as a handler: %+v", ep)
		}
		if ep.Route != "" {
			got = append(got, ep.Route+" "+ep.Handler+" "+ep.Endpoint)
		}
	}
	want := []string{
		"DELETE /v2/{name}/blobs/{digest} v2.App.deleteBlob deleteBlob",
		"GET /v2/{name}/blobs/{digest} v2.App.getBlob getBlob",
		"GET /v2/{name}/tags/list v2.App.tagsHandler listTags",
		"PUT /v2/{name}/manifests/{reference} v2.App.putManifest putManifest",
	}
	if !slices.Equal(got, want) {
		t.Errorf("routes:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// The body relay encodes and the code it passes to apierr.Write.
	var unresolved []string
	for _, s := range r.Unresolved {
		unresolved = append(unresolved, s.Pos.Short()+" "+s.Via)
	}
	wantUnresolved := []string{"v2/handlers.go:70:3 json.Encoder.Encode", "v2/handlers.go:73:2 apierr.Write"}
	if !slices.Equal(unresolved, wantUnresolved) {
		t.Errorf("unresolved sites %q, want %q", unresolved, wantUnresolved)
	}
	if r.Coverage.Sites != r.Coverage.ResolvedSites+len(wantUnresolved) {
		t.Errorf("coverage counts %d sites, %d resolved: the unresolved ones are not all counted", r.Coverage.Sites, r.Coverage.ResolvedSites)
	}
	// The text and Markdown tables show each endpoint's route beside
	// the operation it is.
	var text, md strings.Builder
	if err := audit.WriteText(&text, r, audit.TextOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := audit.WriteMarkdown(&md, r); err != nil {
		t.Fatal(err)
	}
	for out, want := range map[string]string{
		text.String(): "  listTags            GET /v2/{name}/tags/list              v2.App.tagsHandler",
		md.String():   "| listTags | `GET /v2/{name}/tags/list` | `v2.App.tagsHandler` |",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}
