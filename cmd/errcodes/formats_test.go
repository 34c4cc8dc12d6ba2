package main_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/errcodes/errcodes/internal/testmod"
)

// Every number catalog show prints for the per-endpoint reference and the
// TOML catalog, against a count by hand: the statuses and endpoints of
// each code as the pages give them (see catalog/mdendpoints_test.go for
// the count per endpoint), the placeholders and the warnings.
func TestCatalogShowNewFormats(t *testing.T) {
	root := repoRoot(t)
	for _, tc := range []struct {
		dir, file, want string
	}{{
		dir: "testdata/registry", file: "docs/api.md",
		want: `
CODE              NAME  STATUS   ENDPOINTS                                       MESSAGE                                         FLAGS  DOCUMENTED AT
BLOB_UNKNOWN      -     400,404  PUT Manifest; GET /v2/{name}/blobs/{digest}     blob unknown to registry                        -      docs/api.md:32
DIGEST_INVALID    -     400      DELETE Manifest; GET /v2/{name}/blobs/{digest}  provided digest did not match uploaded content  -      docs/api.md:33
MANIFEST_INVALID  -     400,413  PUT Manifest                                    manifest invalid                                -      docs/api.md:34
MANIFEST_UNKNOWN  -     404      GET Manifest; DELETE Manifest                   manifest unknown                                -      docs/api.md:35
NAME_INVALID      -     400      GET Manifest; PUT Manifest; DELETE Manifest     invalid repository name                         -      docs/api.md:36
NAME_UNKNOWN      -     404      GET Manifest; GET /v2/{name}/blobs/{digest}     repository name not known to registry           -      docs/api.md:37
SIZE_INVALID      -     413      PUT Manifest                                    provided length did not match content length    -      docs/api.md:38
TAG_INVALID       -     400      GET Manifest                                    manifest tag did not match URI                  -      docs/api.md:39
TOOMANYREQUESTS   -     -        -                                               too many requests                               -      docs/api.md:41
UNAUTHORIZED      -     401      GET Manifest                                    authentication required                         -      docs/api.md:40
UNSUPPORTED       -     405      DELETE Manifest                                 the operation is unsupported                    -      docs/api.md:42
11 codes, 0 unresolved placeholders, 0 warnings
`,
	}, {
		dir:  "catalog/testdata",
		file: "mdendpoints/registry.md",
		want: `
CODE                 NAME  STATUS   ENDPOINTS                                                                  MESSAGE                                     FLAGS  DOCUMENTED AT
BLOB_UNKNOWN         -     400,404  PUT Manifest; GET /v2/{name}/blobs/{digest}                                blob unknown to the store                   -      mdendpoints/registry.md:51
BLOB_UPLOAD_INVALID  -     400      POST Initiate Blob Upload                                                  blob upload invalid                         -      mdendpoints/registry.md:52
DENIED               -     403      POST Initiate Blob Upload                                                  requested access to the resource is denied  -      mdendpoints/registry.md:61
DIGEST_INVALID       -     400      DELETE Manifest; GET /v2/{name}/blobs/{digest}; POST Initiate Blob Upload  provided digest did not match the content   -      mdendpoints/registry.md:53
MANIFEST_INVALID     -     400,413  PUT Manifest                                                               manifest invalid                            -      mdendpoints/registry.md:54
MANIFEST_UNKNOWN     -     404      GET Manifest; DELETE Manifest                                              manifest unknown                            -      mdendpoints/registry.md:55
NAME_INVALID         -     400      GET Manifest; PUT Manifest; DELETE Manifest                                invalid repository name                     -      mdendpoints/registry.md:56
NAME_UNKNOWN         -     404      GET Manifest; GET /v2/{name}/blobs/{digest}                                repository name not known to the store      -      mdendpoints/registry.md:57
QUOTA_EXCEEDED       -     507      POST Initiate Blob Upload                                                  storage quota exceeded                      -      mdendpoints/registry.md:64
SIZE_INVALID         -     413,400  PUT Manifest; POST Initiate Blob Upload                                    provided length did not match the content   -      mdendpoints/registry.md:58
TAG_INVALID          -     400      GET Manifest; PUT Manifest                                                 manifest tag did not match URI              -      mdendpoints/registry.md:59
TOOMANYREQUESTS      -     429      GET Manifest                                                               too many requests                           -      mdendpoints/registry.md:63
UNAUTHORIZED         -     401      GET Base; GET Manifest                                                     authentication required                     -      mdendpoints/registry.md:60
UNSUPPORTED          -     405      DELETE Manifest                                                            the operation is unsupported                -      mdendpoints/registry.md:62
mdendpoints/registry.md:345: unresolved placeholder: code "?" for endpoint "POST Initiate Blob Upload"
14 codes, 1 unresolved placeholders, 0 warnings
`,
	}, {
		dir: "testdata/ledger", file: "docs/errors.toml",
		want: `
CODE                  NAME  STATUS  ENDPOINTS  MESSAGE                                                FLAGS       DOCUMENTED AT
ACCOUNT_FROZEN        -     423     -          account is frozen                                      -           docs/errors.toml:6
ACCOUNT_NOT_FOUND     -     404     -          account not found                                      -           docs/errors.toml:11
BATCH_TOO_LARGE       -     413     -          batch has too many entries                             -           docs/errors.toml:41
CURRENCY_MISMATCH     -     422     -          e.g. The entry's currency differs from the account's.  -           docs/errors.toml:15
ENTRY_UNBALANCED      -     422     -          debits and credits differ                              -           docs/errors.toml:46
IDEMPOTENCY_REPLAYED  -     -       -          request was already processed                          -           docs/errors.toml:20
INSUFFICIENT_FUNDS    -     402     -          insufficient funds                                     -           docs/errors.toml:36
LEDGER_UNAVAILABLE    -     503     -          ledger is unavailable, retry later                     retryable   docs/errors.toml:25
LEGACY_OVERDRAFT      -     402     -          overdraft not allowed                                  deprecated  docs/errors.toml:30
docs/errors.toml:22: unresolved placeholder: code "IDEMPOTENCY_REPLAYED" has status "?"
9 codes, 1 unresolved placeholders, 0 warnings
`,
	}, {
		dir:  "catalog/testdata",
		file: "toml/errors.toml",
		want: `
CODE                   NAME           STATUS  ENDPOINTS  MESSAGE                                                FLAGS       DOCUMENTED AT
4001                   -              -       -          e.g. Legacy numeric code.                              -           toml/errors.toml:53
ACCOUNT_FROZEN         -              423     -          account {account_id} is frozen                         -           toml/errors.toml:6
ACCOUNT_NOT_FOUND      -              404     -          account {account_id} not found                         -           toml/errors.toml:12
CURRENCY_MISMATCH      -              422     -          e.g. The entry's currency differs from the account's.  -           toml/errors.toml:16
DAILY_LIMIT_EXCEEDED   -              429     -          daily limit of {limit} exceeded                        retryable   toml/errors.toml:36
ENTRY_UNBALANCED       -              422     -          debits and credits differ by {delta}                   -           toml/errors.toml:48
IDEMPOTENCY_REPLAYED   -              -       -          request {key} was already processed                    -           toml/errors.toml:21
LEDGER_UNAVAILABLE     -              503     -          ledger is unavailable, retry later                     retryable   toml/errors.toml:25
LEGACY_OVERDRAFT       -              402     -          overdraft not allowed                                  deprecated  toml/errors.toml:30
TRANSACTION_DUPLICATE  TXN_DUPLICATE  409     -          transaction {id} already posted                        -           toml/errors.toml:62
toml/errors.toml:22: unresolved placeholder: code "IDEMPOTENCY_REPLAYED" has status "?"
10 codes, 1 unresolved placeholders, 3 warnings
`,
	}} {
		t.Run(tc.file, func(t *testing.T) {
			out, code := run(t, filepath.Join(root, tc.dir), errcodesBin, "catalog", "show", tc.file)
			// The warnings themselves are catalog lint's to check (and
			// show may print them on stderr); their number is here.
			var kept []string
			for _, l := range strings.Split(out, "\n") {
				if !strings.HasPrefix(l, "warning: ") {
					kept = append(kept, l)
				}
			}
			out = strings.Join(kept, "\n")
			if code != 0 || strings.TrimSpace(out) != strings.TrimSpace(tc.want) {
				t.Errorf("exit %d, output:\n%s\nwant:\n%s", code, out, strings.TrimSpace(tc.want))
			}
		})
	}
}

// A catalog file that yields no code, or that a forced format finds
// nothing in, is an error for catalog lint at the errcodes.yaml line that
// names it; so is a file whose format cannot be told, which stops a run.
func TestCatalogLintEmptySources(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "docs"), 0o755)
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("docs/errors.md", "# Errors\n\n| Code | Message |\n|---|---|\n| ORDER_NOT_FOUND | order not found |\n")
	write("docs/params.md", "# Parameters\n\n| Name | Kind | Description |\n|---|---|---|\n| id | path | The order. |\n")
	write("docs/errors.toml", "[server]\nport = 8080\n")
	write("errcodes.yaml", `version: 1
catalog:
  - docs/errors.md
  - {path: docs/errors.md, format: json-headings}
  - docs/errors.toml
codes:
  - code: ORDER_LOCKED
    status: 409
`)
	out, code := runLint(t, dir)
	want := "errcodes.yaml:4:5: format json-headings finds no code in catalog file docs/errors.md; is the file in that format?\n" +
		"errcodes.yaml:5:5: catalog file docs/errors.toml yields no code (read as toml)\n"
	if code != 1 || out != want {
		t.Errorf("catalog lint: exit %d, output:\n%s\nwant:\n%s", code, out, want)
	}

	write("errcodes.yaml", "version: 1\ncatalog:\n  - docs/errors.md\n  - docs/params.md\n")
	out, code = runLint(t, dir)
	want = "errcodes.yaml:4:5: cannot tell the format of catalog file docs/params.md; set format: to one of "
	if code != 1 || !strings.HasPrefix(out, want) || strings.Count(out, "\n") != 1 {
		t.Errorf("catalog lint: exit %d, output:\n%s\nwant one line starting:\n%s", code, out, want)
	}

	// A single file given to lint names itself.
	out, code = runLint(t, dir, "docs/errors.toml")
	if want := "docs/errors.toml: the file yields no code as toml\n"; code != 1 || out != want {
		t.Errorf("catalog lint file: exit %d, output:\n%s\nwant:\n%s", code, out, want)
	}
}

// A lowercase word among UPPER_SNAKE codes is likely no code: lint says
// so at its line.
func TestCatalogLintOutlier(t *testing.T) {
	dir := t.TempDir()
	page := "# Errors\n\n| Code | Message |\n|---|---|\n" +
		"| ORDER_NOT_FOUND | order not found |\n| ORDER_LOCKED | order locked |\n| CART_EMPTY | cart is empty |\n" +
		"| PAYMENT_DECLINED | payment declined |\n| header | the Host header |\n"
	os.WriteFile(filepath.Join(dir, "errors.md"), []byte(page), 0o644)
	out, code := runLint(t, dir, "errors.md")
	want := `errors.md:9: code "header" is unlike the other codes of the catalog (4 of 5 are UPPER_SNAKE); is it a code?` + "\n"
	if code != 1 || out != want {
		t.Errorf("catalog lint: exit %d, output:\n%s\nwant:\n%s", code, out, want)
	}
}

// A run warns once, on stderr, about a catalog file a forced format finds
// nothing in, at the config line, and checks against the other files:
// its findings are the shop's own.
func TestRunWarnsEmptySource(t *testing.T) {
	dir := testmod.Copy(t, "shop")
	cfg := filepath.Join(dir, "errcodes.yaml")
	data, _ := os.ReadFile(cfg)
	data = bytes.Replace(data, []byte("catalog: [docs/errors.yaml]"), []byte("catalog: [docs/errors.yaml, {path: docs/errors.yaml, format: markdown-table}]"), 1)
	os.WriteFile(cfg, data, 0o644)
	out, code := run(t, dir, errcodesBin, "./...")
	warning := "errcodes: warning: errcodes.yaml:3:29: format markdown-table finds no code in catalog file docs/errors.yaml; is the file in that format?"
	if code != 3 || strings.Count(out, warning) != 1 || !strings.Contains(out, `orders/orders.go:45:40: code "invalid_order_numbr" is not in the catalog`) {
		t.Errorf("exit %d, output:\n%s\nwant exit 3, the shop's findings and once:\n%s", code, out, warning)
	}
}

// runLint runs errcodes catalog lint in dir and returns its stdout, the
// problems (stderr says where each catalog file is), with paths relative
// to dir, and its exit code.
func runLint(t *testing.T, dir string, args ...string) (string, int) {
	t.Helper()
	out, _, code := runSplit(t, dir, append([]string{"catalog", "lint"}, args...)...)
	return strings.ReplaceAll(out, dir+string(filepath.Separator), ""), code
}
