package main_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

type shownCode struct {
	Code       string   `json:"code"`
	Statuses   []int    `json:"statuses"`
	Messages   []string `json:"messages"`
	Endpoints  []string `json:"endpoints"`
	ByEndpoint []struct {
		Endpoint  string `json:"endpoint"`
		Route     string `json:"route"`
		Statuses  []int  `json:"statuses"`
		AnyStatus bool   `json:"any_status"`
	} `json:"by_endpoint"`
}

type shownCatalog struct {
	Codes        []shownCode       `json:"codes"`
	Placeholders []json.RawMessage `json:"placeholders"`
	Catalogs     map[string]struct {
		Codes []shownCode `json:"codes"`
	} `json:"catalogs"`
	EndpointDocs []struct {
		Endpoint  string `json:"endpoint"`
		Statuses  []int  `json:"statuses"`
		AnyStatus bool   `json:"any_status"`
	} `json:"endpoint_docs"`
}

// catalog show -json writes JSON alone to stdout: a file's warnings, and
// the errors of one that does not load, go to stderr.
func TestCatalogShowJSONStreams(t *testing.T) {
	root := repoRoot(t)
	out, errOut, code := runSplit(t, root, "catalog", "show", "-json", "catalog/testdata/openapi/invoices.yaml")
	var cat shownCatalog
	if err := json.Unmarshal([]byte(out), &cat); code != 0 || err != nil {
		t.Fatalf("exit %d, stdout is not JSON (%v):\n%s", code, err, out)
	}
	if n := strings.Count(errOut, "\n"); n != 3 || !strings.Contains(errOut, `invoices.yaml:38: $ref "#/components/schemas/AccountError" points to nothing`) {
		t.Errorf("stderr has %d lines, want the 3 warnings:\n%s", n, errOut)
	}

	dir := t.TempDir()
	bad := filepath.Join(dir, "errors.yaml")
	os.WriteFile(bad, []byte("codes:\n  - code: a\n    status: 4040\n"), 0o644)
	out, errOut, code = runSplit(t, dir, "catalog", "show", "-json", bad)
	if code != 1 || out != "" || !strings.Contains(errOut, "errors.yaml:3:5: status 4040 is not an HTTP status") {
		t.Errorf("exit %d, stdout %q, stderr %q; want 1, nothing, the error", code, out, errOut)
	}
}

// What catalog show -json prints for the docs written for these tests,
// checked against counts made by hand from the files.
func TestCatalogShowHandCounts(t *testing.T) {
	root := repoRoot(t)
	type count struct {
		codes, statuses, endpoints, byEndpoint, messages int
		named                                            int // codes of the named catalogs
		endpointDocs, failures                           int // swaggo endpoints, and their failure statuses
	}
	for _, tc := range []struct {
		path string
		want count
		// one code, in full: its by_endpoint as "endpoint route statuses"
		code string
		by   []string
	}{{
		// 8 codes; 9 (code, status) pairs: parameter_missing has 400 and
		// 422; 10 (code, endpoint) pairs: parameter_missing and
		// resource_missing two each; 6 example messages: one for each of
		// the 5 codes with an example, and parameter_missing a second
		// (resource_missing's is the same at both operations).
		path: "catalog/testdata/openapi/invoices.yaml",
		want: count{codes: 8, statuses: 9, endpoints: 10, byEndpoint: 10, messages: 6},
		code: "parameter_missing",
		by:   []string{"createInvoice POST /invoices [400]", "finalizeInvoice POST /invoices/{invoice}/finalize [422]"},
	}, {
		// 7 codes: invalid_title, title_too_long (400 at two operations),
		// notebook_exists (409), note_not_found, notebook_not_found (404
		// at two), storage_unavailable (500), note_too_large (413).
		path: "catalog/testdata/swagger/notes.yaml",
		want: count{codes: 7, statuses: 7, endpoints: 11, byEndpoint: 11, messages: 2},
		code: "note_not_found",
		by:   []string{"getNote GET /notebooks/{id}/notes/{noteID} [404]", "PUT /notebooks/{id}/notes/{noteID} PUT /notebooks/{id}/notes/{noteID} [404]"},
	}, {
		// The example service's config. Default catalog, from the
		// Swagger file: BLOB_UNKNOWN (404 at getBlob), NAME_UNKNOWN (404
		// at the 4 operations), MANIFEST_UNKNOWN (404 at 2), UNSUPPORTED
		// (405 at deleteManifest, with its example's message), TAG_INVALID
		// (400 at putManifest), MANIFEST_INVALID (400 at putManifest, and
		// 400, 413, 414 inline). The swaggo source adds no code. The oauth
		// catalog: 4 codes. The swaggo annotations: 4 handlers, with 400
		// and 404, 404 (and default), 404 and 405, and 404.
		path: "testdata/depot/errcodes.yaml",
		want: count{codes: 6, statuses: 8, endpoints: 10, byEndpoint: 10, messages: 1, named: 4, endpointDocs: 4, failures: 6},
		code: "MANIFEST_INVALID",
		by:   []string{"putManifest PUT /v2/{name}/manifests/{reference} [400 413 414]"},
	}} {
		t.Run(filepath.Base(filepath.Dir(tc.path))+"/"+filepath.Base(tc.path), func(t *testing.T) {
			out, errOut, code := runSplit(t, root, "catalog", "show", "-json", tc.path)
			var cat shownCatalog
			if err := json.Unmarshal([]byte(out), &cat); code != 0 || err != nil {
				t.Fatalf("exit %d (%v)\n%s%s", code, err, out, errOut)
			}
			var got count
			got.codes = len(cat.Codes)
			for _, c := range cat.Codes {
				got.statuses += len(c.Statuses)
				got.endpoints += len(c.Endpoints)
				got.byEndpoint += len(c.ByEndpoint)
				got.messages += len(c.Messages)
				if c.Code != tc.code {
					continue
				}
				var by []string
				for _, b := range c.ByEndpoint {
					by = append(by, fmt.Sprintf("%s %s %v", b.Endpoint, b.Route, b.Statuses))
				}
				if !slices.Equal(by, tc.by) {
					t.Errorf("%s by_endpoint %q, want %q", c.Code, by, tc.by)
				}
			}
			for _, nc := range cat.Catalogs {
				got.named += len(nc.Codes)
			}
			got.endpointDocs = len(cat.EndpointDocs)
			for _, d := range cat.EndpointDocs {
				got.failures += len(d.Statuses)
			}
			if got != tc.want {
				t.Errorf("counts %+v, want %+v", got, tc.want)
			}
		})
	}
}
