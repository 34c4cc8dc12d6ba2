package main_test

import (
	"encoding/json"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/errcodes/errcodes/internal/testmod"
)

var update = flag.Bool("update", false, "rewrite the golden files of the audit tests")

// TestAuditJSON audits testdata/billing, a service with no catalog yet,
// and compares the JSON report with testdata/billing/audit.json, exactly:
// the schema's every field, for a module whose facts are known.
func TestAuditJSON(t *testing.T) {
	dir := filepath.Join(repoRoot(t), "testdata", "billing")
	out, code := run(t, dir, errcodesBin, "audit", "-format=json")
	if code != 0 {
		t.Fatalf("exit code %d\n%s", code, out)
	}
	golden := filepath.Join(dir, "audit.json")
	if *update {
		if err := os.WriteFile(golden, []byte(out), 0o666); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if out != string(want) {
		t.Errorf("audit -format=json differs from %s (go test -run TestAuditJSON -update to accept):\n%s", golden, out)
	}
	var r struct {
		Codes []struct {
			Code     string
			Problems []string
		}
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
}

// TestAuditFormats checks the text and Markdown forms of the same audit.
func TestAuditFormats(t *testing.T) {
	dir := filepath.Join(repoRoot(t), "testdata", "billing")
	text, code := run(t, dir, errcodesBin, "audit")
	if code != 0 {
		t.Fatalf("exit code %d\n%s", code, text)
	}
	for _, want := range []string{
		"errcodes audit: github.com/errcodes/errcodes, 4 packages, config errcodes.yaml",
		"emit sites resolved to constants    8/9  89%",
		`"invoice_voided"        no          → 409, 410  2      invoices/invoices.go:52:3  several_statuses, undocumented`,
		"POST /payments            payments.Handler.Create  card_declined (402), internal_error (500), invalid_request (400)",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("text output lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "\x1b[") {
		t.Error("colour in output that is not a terminal")
	}
	// doc/audit.md shows this output: it must be real.
	readme, err := os.ReadFile(filepath.Join(repoRoot(t), "doc", "audit.md"))
	if err != nil {
		t.Fatal(err)
	}
	const marker = "<!-- output of errcodes audit in testdata/billing: kept equal by TestAuditFormats -->\n```\n"
	_, block, ok := strings.Cut(string(readme), marker)
	block, _, _ = strings.Cut(block, "```")
	if !ok || block != text {
		t.Errorf("doc/audit.md's audit output differs from the real one:\n%s", text)
	}
	md, code := run(t, dir, errcodesBin, "audit", "-format=markdown")
	if code != 0 {
		t.Fatalf("exit code %d\n%s", code, md)
	}
	for _, want := range []string{
		"| `invoice_voided` | no | → 409, 410 | 2 (`invoices/invoices.go:52:3`) | GET /invoices/{id}, POST /invoices/{id}/pay | **several_statuses**, **undocumented** |",
		"| POST /payments | `payments.Handler.Create` |",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown output lacks %q:\n%s", want, md)
		}
	}
	sarif, code := run(t, dir, errcodesBin, "audit", "-format=sarif")
	if code != 0 || !strings.Contains(sarif, `"version": "2.1.0"`) || !strings.Contains(sarif, `"ruleId": "undocumented"`) {
		t.Errorf("-format=sarif: exit %d\n%.500s", code, sarif)
	}
	page := filepath.Join(t.TempDir(), "audit.html")
	if out, code := run(t, dir, errcodesBin, "audit", "-format=html", "-o", page); code != 0 || out != "" {
		t.Errorf("-format=html -o: exit %d\n%s", code, out)
	}
	if data, err := os.ReadFile(page); err != nil || !strings.Contains(string(data), "invoice_voided") {
		t.Errorf("-format=html wrote no page with the codes: %v", err)
	}
	if out, code := run(t, dir, errcodesBin, "audit", "-format=yaml"); code != 2 || !strings.Contains(out, `unknown -format "yaml"`) {
		t.Errorf("-format=yaml: exit %d, %s", code, out)
	}
}

// TestExtractRoundTrip extracts a catalog from testdata/billing, makes it
// the service's config, and checks the service against it: the only
// findings left are the "?" statuses of the codes returned with several.
func TestExtractRoundTrip(t *testing.T) {
	dir := testmod.Copy(t, "billing")
	yaml, code := run(t, dir, errcodesBin, "extract")
	if code != 0 {
		t.Fatalf("extract: exit code %d\n%s", code, yaml)
	}
	for _, want := range []string{
		"version: 1\npresets: [nethttp]\nemitters:\n  - func: github.com/errcodes/errcodes/testdata/billing/httperr.Write\n",
		"  # invoices/invoices.go:52:3 in invoices.Handler.Get and 1 more site\n  - code: invoice_voided\n    status: '?' # returned with 409 at invoices/invoices.go:72:3, 410 at invoices/invoices.go:52:3: decide\n",
		"  - code: card_declined\n    status: 402\n    message: The card was declined\n    endpoints: [POST /payments]\n",
	} {
		if !strings.Contains(yaml, want) {
			t.Errorf("extracted config lacks %q:\n%s", want, yaml)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "errcodes.yaml"), []byte(yaml), 0o666); err != nil {
		t.Fatal(err)
	}
	if out, code := run(t, dir, errcodesBin, "catalog", "lint"); code != 1 || !strings.Contains(out, `unresolved placeholder: code "invoice_voided" has status "?"`) {
		t.Errorf("catalog lint: exit %d\n%s", code, out)
	}
	out, code := run(t, dir, errcodesBin, "./...")
	want := []string{
		`invoices/invoices.go:52:20: code "invoice_voided" has status "?" in the catalog (errcodes.yaml:41); returned here with 410 Gone`,
		"errcodes.yaml:41:5: \tdocumented here",
		`invoices/invoices.go:72:23: code "invoice_voided" has status "?" in the catalog (errcodes.yaml:41); returned here with 409 Conflict (by httperr.Conflict)`,
		"errcodes.yaml:41:5: \tdocumented here",
	}
	if code != 3 || strings.Join(lines(out), "\n") != strings.Join(want, "\n") {
		t.Errorf("errcodes ./... with the extracted catalog: exit %d\n%s\nwant:\n%s", code, out, strings.Join(want, "\n"))
	}
}

// TestAuditNoConfig audits a codebase with no errcodes.yaml at all: every
// preset, no catalog. The hand-written JSON response is still found.
func TestAuditNoConfig(t *testing.T) {
	dir := testmod.Copy(t, "billing")
	if err := os.Remove(filepath.Join(dir, "errcodes.yaml")); err != nil {
		t.Fatal(err)
	}
	out, code := run(t, dir, errcodesBin, "audit")
	if code != 0 {
		t.Fatalf("exit code %d\n%s", code, out)
	}
	for _, want := range []string{
		"no errcodes.yaml (every framework preset, no catalog)",
		`"card_declined"  no          → 402   1      payments/payments.go:45:3  undocumented`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

// errcodes extract ./... > errcodes.yaml empties the config before
// errcodes reads it: extract says so and stops. -o errcodes.yaml writes
// over the config it read, keeping its emitters and presets, unless it
// names a catalog, which the extracted codes would replace.
func TestExtractOverConfig(t *testing.T) {
	dir := testmod.Copy(t, "billing")
	cfg := filepath.Join(dir, "errcodes.yaml")
	f, err := os.OpenFile(cfg, os.O_WRONLY|os.O_TRUNC, 0) // as the shell's >
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(errcodesBin, "extract", "./...")
	cmd.Dir, cmd.Stdout = dir, f
	var stderr strings.Builder
	cmd.Stderr = &stderr
	err = cmd.Run()
	f.Close()
	if err == nil || !strings.Contains(stderr.String(), "standard output is") || !strings.Contains(stderr.String(), "-o errcodes.yaml") {
		t.Errorf("extract > errcodes.yaml: %v, stderr:\n%s\nwant an error that says to use -o", err, stderr.String())
	}

	testmod.CopyTree(t, filepath.Join(testmod.Root(t), "testdata", "billing"), dir) // restore it
	if out, code := run(t, dir, errcodesBin, "extract", "-o", "errcodes.yaml", "./..."); code != 0 {
		t.Fatalf("extract -o errcodes.yaml: exit %d\n%s", code, out)
	}
	data, _ := os.ReadFile(cfg)
	if !strings.Contains(string(data), "emitters:\n  - func: github.com/errcodes/errcodes/testdata/billing/httperr.Write\n") || !strings.Contains(string(data), "- code: card_declined\n") {
		t.Errorf("extract -o errcodes.yaml lost the emitters or wrote no codes:\n%s", data)
	}

	shop := testmod.Copy(t, "shop")
	before, _ := os.ReadFile(filepath.Join(shop, "errcodes.yaml"))
	out, code := run(t, shop, errcodesBin, "extract", "-o", "errcodes.yaml", "./...")
	after, _ := os.ReadFile(filepath.Join(shop, "errcodes.yaml"))
	if code != 1 || !strings.Contains(out, "names a catalog") || string(after) != string(before) {
		t.Errorf("extract -o over a config with a catalog: exit %d, file changed: %v\n%s", code, string(after) != string(before), out)
	}
	// The config is known before the packages load: refused before, so
	// a pattern that matches nothing is not what it reports.
	if out, code := run(t, shop, errcodesBin, "extract", "-o", "errcodes.yaml", "./nosuchpackage"); code != 1 || !strings.Contains(out, "names a catalog") {
		t.Errorf("extract -o over a config with a catalog, before loading: exit %d\n%s", code, out)
	}
}

// TestAuditCarriers audits testdata/blobstore, whose handlers return codes
// through code-carrying values: the audit lists them under the handlers
// that return them, and the uses among its resolved sites. A use of a
// value whose code errcodes cannot tell (reassigned on some path, in a
// loop, looked up at run time, a list built in a loop, written with the
// status it carries) is an unresolved site, counted once where the value
// is used as a response: not where it is only logged, not at each step of
// its flow (codeFor's return, which its caller uses), not in the error
// type's own methods (WithCodes).
func TestAuditCarriers(t *testing.T) {
	dir := filepath.Join(repoRoot(t), "testdata", "blobstore")
	out, code := run(t, dir, errcodesBin, "audit")
	if code != 0 {
		t.Fatalf("exit code %d\n%s", code, out)
	}
	for _, want := range []string{
		"handlers.blobHandler.GetBlob      BLOB_UNKNOWN (404), DIGEST_INVALID (400), MANIFEST_UNKNOWN (404), UNAUTHORIZED (401)",
		"routes.UpdateManifest             MANIFEST_BLOB_UNKNOWN (400), MANIFEST_INVALID (404), NAME_UNKNOWN (404), UNSUPPORTED (405)",
		`"BLOB_UNKNOWN"           docs/errors.yaml:3:5   404             2      handlers/blobs.go:40:32`,
		"emit sites resolved to constants    23/29  79%",
		"Unresolved sites (6): codes errcodes could not resolve\n" +
			"  handlers/blobs.go:51:32: error in handlers.blobHandler.DeleteBlob\n" +
			"  handlers/blobs.go:83:9: errcode.ErrorCode.WithDetail in handlers.blobHandler.StatBlob\n" +
			"  handlers/blobs.go:94:32: errcode.Error in handlers.blobHandler.PutBlob\n" +
			"  handlers/info.go:16:6: json.Encoder.Encode in handlers.blobHandler.GetBlobInfo\n" +
			"  handlers/uploads.go:41:32: errcode.ErrorCode in handlers.blobHandler.PatchUpload\n" +
			"  routes/routes.go:46:3: common.WriteJSON in routes.DeleteManifests\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("audit lacks %q:\n%s", want, out)
		}
	}
	checkDocSection(t, "code.md", "<!-- errcodes audit in testdata/blobstore: kept equal by TestAuditCarriers -->", out, "Endpoints (", "Findings (")
}

// TestAuditRoutes audits testdata/gateway, whose handlers are registered
// through a mounted ServeMux, a route table, a factory and an adapter: the
// audit lists each under its route, and doc/audit.md shows that listing.
func TestAuditRoutes(t *testing.T) {
	dir := filepath.Join(repoRoot(t), "testdata", "gateway")
	out, code := run(t, dir, errcodesBin, "audit")
	if code != 0 {
		t.Fatalf("exit code %d\n%s", code, out)
	}
	checkDocSection(t, "audit.md", "<!-- errcodes audit in testdata/gateway: kept equal by TestAuditRoutes -->", out, "Endpoints (", "Findings (")
}

// checkDocSection fails unless the block that follows marker in doc/page
// is the part of out from the line that starts with from up to the line
// that starts with to (not included), trailing spaces aside.
func checkDocSection(t *testing.T, page, marker, out, from, to string) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(repoRoot(t), "doc", page))
	if err != nil {
		t.Fatal(err)
	}
	_, block, ok := strings.Cut(string(data), marker+"\n```\n")
	if !ok {
		t.Fatalf("doc/%s has no %s", page, marker)
	}
	block, _, _ = strings.Cut(block, "```")
	var lines []string
	in := false
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(l, from) {
			in = true
		} else if strings.HasPrefix(l, to) {
			break
		}
		if in {
			lines = append(lines, strings.TrimRight(l, " "))
		}
	}
	if got, want := strings.TrimSpace(block), strings.TrimSpace(strings.Join(lines, "\n")); got != want {
		t.Errorf("doc/%s shows\n%s\nerrcodes prints\n%s", page, got, want)
	}
}
