package catalog

import (
	"fmt"
	"sort"
	"strings"
	"testing"
)

// The per-endpoint reference, counted by hand from the page: for each
// code, each endpoint it is documented under with the status of the
// section, in page order; "-" is the global table or a status section
// that belongs to no endpoint.
var mdeRegistryWant = map[string]string{
	"BLOB_UNKNOWN":        "PUT Manifest:400 GET /v2/{name}/blobs/{digest}:404",
	"BLOB_UPLOAD_INVALID": "POST Initiate Blob Upload:400",
	"DENIED":              "POST Initiate Blob Upload:403",
	"DIGEST_INVALID":      "DELETE Manifest:400 GET /v2/{name}/blobs/{digest}:400 POST Initiate Blob Upload:400",
	"MANIFEST_INVALID":    "PUT Manifest:400 PUT Manifest:413",
	"MANIFEST_UNKNOWN":    "GET Manifest:404 DELETE Manifest:404",
	"NAME_INVALID":        "GET Manifest:400 PUT Manifest:400 DELETE Manifest:400",
	"NAME_UNKNOWN":        "GET Manifest:404 GET /v2/{name}/blobs/{digest}:404",
	"QUOTA_EXCEEDED":      "POST Initiate Blob Upload:507",
	"SIZE_INVALID":        "PUT Manifest:413 POST Initiate Blob Upload:400",
	"TAG_INVALID":         "GET Manifest:400 PUT Manifest:400",
	"TOOMANYREQUESTS":     "GET Manifest:429",
	"UNAUTHORIZED":        "GET Base:401 GET Manifest:401",
	"UNSUPPORTED":         "DELETE Manifest:405",
}

func TestMarkdownEndpoints(t *testing.T) {
	doc := parseAs(t, "testdata/mdendpoints/registry.md", "markdown-table")
	if len(doc.Warnings) != 0 {
		t.Errorf("warnings: %v", doc.Warnings)
	}
	if !doc.PerEndpoint {
		t.Error("PerEndpoint is false")
	}
	cat := mergeEntries(t, doc)
	cat.addRoutes(doc.Routes)
	if len(cat.Codes) != 14 {
		var got []string
		for _, c := range cat.Codes {
			got = append(got, c.Code)
		}
		t.Fatalf("%d codes, want the 14 of the page: %s", len(cat.Codes), strings.Join(got, " "))
	}
	for _, c := range cat.Codes {
		var got []string
		for _, es := range c.ByEndpoint {
			got = append(got, fmt.Sprintf("%s:%d", es.Endpoint, es.Status))
		}
		if g, w := strings.Join(got, " "), mdeRegistryWant[c.Code]; g != w {
			t.Errorf("%s by endpoint:\n got %s\nwant %s", c.Code, g, w)
		}
		// Every code is in the global table, with its message there.
		if c.Pos.Line < 51 || c.Pos.Line > 64 || len(c.Messages) == 0 {
			t.Errorf("%s: first documented at line %d with messages %q", c.Code, c.Pos.Line, c.Messages)
		}
	}
	// Statuses in the order the page gives them; UNAUTHORIZED's third
	// section (line 239) is a sibling of the endpoint headings, under no
	// endpoint, and adds no status.
	for code, want := range map[string]string{"SIZE_INVALID": "[413 400]", "MANIFEST_INVALID": "[400 413]", "UNAUTHORIZED": "[401]", "BLOB_UNKNOWN": "[400 404]"} {
		if got := fmt.Sprint(cat.Lookup(code).Statuses); got != want {
			t.Errorf("%s statuses %s, want %s", code, got, want)
		}
	}
	// Where each status was given: the status line, or the heading.
	for _, tc := range []struct {
		code, ep string
		line     int
	}{
		{"MANIFEST_INVALID", "PUT Manifest", 231},              // 413 Payload Too Large, under an unknown name
		{"NAME_UNKNOWN", "GET /v2/{name}/blobs/{digest}", 286}, // ##### 404 Not Found
		{"QUOTA_EXCEEDED", "POST Initiate Blob Upload", 323},   // Status: `507 Insufficient Storage`
		{"DENIED", "POST Initiate Blob Upload", 339},           // 403 Forbidden
	} {
		c := cat.Lookup(tc.code)
		found := false
		for _, es := range c.ByEndpoint {
			if es.Endpoint == tc.ep && (es.Status != 413 || tc.line == 231) {
				found = true
				if es.Pos.Line != tc.line && !(tc.code == "MANIFEST_INVALID" && es.Status == 400) {
					t.Errorf("%s at %s: status from line %d, want %d", tc.code, tc.ep, es.Pos.Line, tc.line)
				}
			}
		}
		if !found {
			t.Errorf("%s not documented for %s", tc.code, tc.ep)
		}
	}
	if len(cat.Holes) != 1 || cat.Holes[0].Code != Placeholder || cat.Holes[0].Endpoint != "POST Initiate Blob Upload" || cat.Holes[0].Pos.Line != 345 {
		t.Errorf("holes: %+v", cat.Holes)
	}
	var routes []string
	for r, ep := range cat.Routes {
		routes = append(routes, r+" => "+ep)
	}
	sort.Strings(routes)
	want := []string{
		"DELETE /v2/{}/manifests/{} => DELETE Manifest",
		"GET /v2 => GET Base",
		"GET /v2/{}/blobs/{} => GET /v2/{name}/blobs/{digest}",
		"GET /v2/{}/manifests/{} => GET Manifest",
		"POST /v2/{}/blobs/uploads => POST Initiate Blob Upload",
		"PUT /v2/{}/manifests/{} => PUT Manifest",
	}
	if strings.Join(routes, "\n") != strings.Join(want, "\n") {
		t.Errorf("routes:\n%s\nwant\n%s", strings.Join(routes, "\n"), strings.Join(want, "\n"))
	}
	if ep, ok := cat.EndpointForRoute("PUT /v2/:name/manifests/:reference"); !ok || ep != "PUT Manifest" {
		t.Errorf("EndpointForRoute(PUT manifests) = %q, %v", ep, ok)
	}
}

// Tables that are not code tables, each of which once gave junk codes:
// every one of them must give none.
func TestMarkdownTableNotCodes(t *testing.T) {
	for name, page := range map[string]string{
		"parameter kinds": "| Name | Kind | Description |\n|---|---|---|\n| `Host` | header | Host. |\n| `name` | path | Repository. |\n| `n` | query | Page size. |\n",
		"endpoint ids":    "| ID | Method | Endpoint | Description |\n|---|---|---|---|\n| end-1 | `GET` | `/v2/` | Base |\n| end-2 | `PUT` | `/v2/x` | Put |\n",
		"appendix ids":    "| ID | Title | Description |\n|---|---|---|\n| apdx-1 | Spec | The spec |\n| apdx-2 | Image | The image |\n",
		"encoded column":  "| Digest | Truncated Encoded | Description |\n|---|---|---|\n| `sha256:aa` | `aaaa` | x |\n",
		"hashes":          "| Code | Description |\n|---|---|\n| 4b227777d4dd1fc61c6f884f48641d02b4d121d3fd328cb08b5531fcacdabf8a | a blob |\n| 9f86d081884c7d659a2feaa0c55ad015 | another |\n",
		"code samples":    "| Code sample | Description |\n|---|---|\n| `if err != nil { return err }` | Go |\n| `throw new Error(\"x\")` | JavaScript |\n",
		"prose":           "| Error | Description |\n|---|---|\n| When the disk is full | Free some space |\n| If the name is taken | Pick another |\n",
		"json types":      "| Type | Description |\n|---|---|\n| string | A string |\n| integer | A number |\n",
	} {
		doc, err := parseMarkdownTable("p.md", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Entries) != 0 {
			t.Errorf("%s: entries %+v", name, doc.Entries)
		}
		if DetectFormat("p.md", []byte(page)) == "markdown-table" {
			t.Errorf("%s: detected as markdown-table", name)
		}
	}
}

// A code table with a prose row keeps its codes and says which row it
// skipped; "?" in a status or code cell is a placeholder, not a bad
// status; a status line over a table gives the status of its codes.
func TestMarkdownTableCells(t *testing.T) {
	page := `# Orders

### POST /orders

` + "`409 Conflict`" + `

| Code | Message |
|------|---------|
| ORDER_EXISTS | order already exists |
| See the FAQ for older codes | |

## All codes

| Code | Status | Message |
|------|--------|---------|
| ORDER_EXISTS | 409 | order already exists |
| ORDER_LOCKED | ? | order is locked |
| ? | 400 | undecided |
`
	doc, err := parseMarkdownTable("orders.md", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if got := doc.Warnings.Error(); got != `orders.md:10: "See the FAQ for older codes" in the code column is not a code; row skipped` {
		t.Errorf("warnings: %s", got)
	}
	cat := mergeEntries(t, doc)
	c := cat.Lookup("ORDER_EXISTS")
	if c == nil || fmt.Sprintf("%+v", c.ByEndpoint) != "[{Endpoint:POST /orders Status:409 Pos:orders.md:5}]" || fmt.Sprint(c.Statuses) != "[409]" {
		t.Errorf("ORDER_EXISTS: %+v", c)
	}
	if c := cat.Lookup("ORDER_LOCKED"); c == nil || len(c.Statuses) != 0 || c.StatusHole.Line != 17 {
		t.Errorf("ORDER_LOCKED: %+v", c)
	}
	var holes []string
	for _, h := range cat.Holes {
		holes = append(holes, fmt.Sprintf("%s %s %d", h.Code, h.Field, h.Pos.Line))
	}
	if got := strings.Join(holes, "; "); got != "ORDER_LOCKED status 17; ? code 18" {
		t.Errorf("holes: %s", got)
	}
	if ep, ok := cat.EndpointForRoute("POST /orders"); !ok || ep != "POST /orders" {
		t.Errorf("route: %q %v", ep, ok)
	}
}

// A page of codes grouped under status headings, with no endpoint: the
// headings give statuses, and no heading is taken for an endpoint.
func TestMarkdownTableStatusHeadings(t *testing.T) {
	page := `# Errors

## 400 Bad Request

| Code | Message |
|------|---------|
| invalid_json | the body is not JSON |

## Not Found

| Code | Message |
|------|---------|
| no_such_order | order not found |

## POST requests

404 errors are rare.

| Code | Message |
|------|---------|
| gone | the order is gone |
`
	doc, err := parseMarkdownTable("errors.md", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range doc.Entries {
		got = append(got, fmt.Sprintf("%s %d %v", e.Code, e.Status, e.Endpoints))
	}
	if g := strings.Join(got, "; "); g != "invalid_json 400 []; no_such_order 404 []; gone 0 []" {
		t.Errorf("entries: %s", g)
	}
	if doc.PerEndpoint || len(doc.Routes) != 0 {
		t.Errorf("PerEndpoint %v, routes %v", doc.PerEndpoint, doc.Routes)
	}
}

// Under a method heading, each variant has its request line, one with a
// query whose placeholder has a space; a variant with none is the same
// endpoint, not one named after the method heading.
func TestMarkdownEndpointVariants(t *testing.T) {
	page := "# API\n\n## POST Initiate Upload\n\n### Mount\n\n```\nPOST /v2/<name>/uploads/?mount=<digest>&from=<repository name>\nHost: <host>\n```\n\n" +
		"#### On Failure: Not Found\n\n```\n404 Not Found\n```\n\n| Code | Message |\n|---|---|\n| NAME_UNKNOWN | unknown |\n\n" +
		"### Resumable\n\nLike Mount, with no query.\n\n#### On Failure: Denied\n\n```\n403 Forbidden\n```\n\n| Code | Message |\n|---|---|\n| DENIED | denied |\n"
	doc, err := parseMarkdownTable("api.md", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range doc.Entries {
		got = append(got, fmt.Sprintf("%s %d %v", e.Code, e.Status, e.Endpoints))
	}
	if g := strings.Join(got, "; "); g != "NAME_UNKNOWN 404 [POST Initiate Upload]; DENIED 403 [POST Initiate Upload]" {
		t.Errorf("entries: %s", g)
	}
	if fmt.Sprint(doc.Routes) != "map[POST /v2/{name}/uploads/:POST Initiate Upload]" {
		t.Errorf("routes %v", doc.Routes)
	}
}

// Request and status lines as API references label them.
func TestMarkdownEndpointLabels(t *testing.T) {
	page := "# Orders API\n\n## Create an order\n\n**Endpoint:** `POST /v1/orders`\n\n### Errors\n\n**Response:** `409 Conflict`\n\n" +
		"| Code | Message |\n|---|---|\n| order_exists | order already exists |\n\n" +
		"## Cancel an order\n\nRequest: `POST https://api.example.com/v1/orders/{id}/cancel`\n\nStatus code: 422\n\n" +
		"| Code | Message |\n|---|---|\n| order_shipped | order already shipped |\n"
	doc, err := parseMarkdownTable("orders.md", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range doc.Entries {
		got = append(got, fmt.Sprintf("%s %d %v %d", e.Code, e.Status, e.Endpoints, e.StatusPos.Line))
	}
	if g := strings.Join(got, "; "); g != "order_exists 409 [Create an order] 9; order_shipped 422 [Cancel an order] 19" {
		t.Errorf("entries: %s", g)
	}
	var routes []string
	for r, ep := range doc.Routes {
		routes = append(routes, r+" => "+ep)
	}
	sort.Strings(routes)
	if g := strings.Join(routes, "; "); g != "POST /v1/orders => Create an order; POST /v1/orders/{id}/cancel => Cancel an order" {
		t.Errorf("routes: %s", g)
	}
}

func TestMarkdownRoute(t *testing.T) {
	for in, want := range map[string]string{
		"/v2/<name>/manifests/<reference>":          "GET /v2/{name}/manifests/{reference}",
		"/v2/<name>/blobs/uploads/?digest=<digest>": "GET /v2/{name}/blobs/uploads/",
		"https://api.example.com/v1/orders/{id}.":   "GET /v1/orders/{id}",
		"/files//raw":             "GET /files//raw",
		"https://api.example.com": "",
		"/v1/orders#create":       "GET /v1/orders",
		"/v2/<name>/tags/list?n=<integer>&last=<tagname>": "GET /v2/{name}/tags/list",
	} {
		if got := mdeRoute("get", in); got != want {
			t.Errorf("mdeRoute(%q) = %q, want %q", in, got, want)
		}
	}
}
