package analyzer_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/errcodes/errcodes/analyzer"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
)

func TestValidate(t *testing.T) {
	if err := analysis.Validate([]*analysis.Analyzer{analyzer.Analyzer}); err != nil {
		t.Fatal(err)
	}
}

func TestChecks(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.New(analyzer.Options{}), "example.com/shop/handlers")
}

func TestPlaceholders(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.New(analyzer.Options{}), "example.com/placeholders")
}

func TestSuggestedFixes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), analyzer.New(analyzer.Options{}), "example.com/shop/fixes")
}

// errorsOf runs the analyzer on pkg and returns the errors it reports.
type recorder struct{ errs []string }

func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}

// A broken config stops the run with every problem, positioned; it never
// checks nothing in silence.
func TestConfigErrors(t *testing.T) {
	dir := analysistest.TestData()
	for _, tc := range []struct {
		pkg  string
		want []string
	}{
		{"example.com/broken/emitters", []string{
			"errcodes.yaml:6:5: emitter example.com/shop/apierr.Neww: package example.com/shop/apierr has no function Neww",
			"errcodes.yaml:8:5: emitter example.com/shop/apierr.New: New has no parameter codee (for code)",
			"errcodes.yaml:10:5: emitter example.com/shop/apierr.Error: type Error has no field Kode (for code)",
			"errcodes.yaml:12:5: emitter example.com/shop/apierr.Writer.Faill: type Writer has no method Faill",
			"errcodes.yaml:14:5: emitter example.com/shop/apierr.Write: Write has 4 parameters; code is argument 7",
		}},
		{"example.com/broken/yaml", []string{
			"errcodes.yaml:1:1: missing required key version (add \"version: 1\")",
			"errcodes.yaml:1:11: catalog file docs/missing.yaml: no such file",
			"errcodes.yaml:4:5: status 4040 is not an HTTP status",
			`errcodes.yaml:6:5: unknown key "stauts" in code entry; did you mean "status"?`,
		}},
	} {
		t.Run(tc.pkg, func(t *testing.T) {
			var r recorder
			analysistest.Run(&r, dir, analyzer.New(analyzer.Options{}), tc.pkg)
			got := strings.Join(r.errs, "\n")
			for _, w := range tc.want {
				if !strings.Contains(got, w) {
					t.Errorf("missing error %q in:\n%s", w, got)
				}
			}
		})
	}
}

// A package that cannot reach an emitter package returns before reading
// the catalog: no finding, and no error from the broken catalog file.
func TestFastPath(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.New(analyzer.Options{}), "example.com/unrelated")
}

// The checks that richer catalogs make possible: deprecated codes, extra
// and required fields, sub-codes, retryable flags, endpoint scoping.
func TestCatalogChecks(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.New(analyzer.Options{}), "example.com/checkout/payments")
}

// Wrappers are inferred in the package that defines them, exported as
// facts, and followed through chains across packages.
func TestWrappers(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.New(analyzer.Options{}),
		"example.com/wrappers/respond", "example.com/wrappers/web", "example.com/wrappers/handlers")
}

// Values beyond constants: locals assigned constants on every path,
// package-level variables and enum-like struct fields, map literals.
func TestValues(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.New(analyzer.Options{}), "example.com/values/codes", "example.com/values/handlers")
}

// Per-function code sets, carried as facts, check a handler as a whole
// against its endpoint: marked with a directive, or registered for a
// route that the OpenAPI spec names.
func TestSummariesAndRoutes(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.New(analyzer.Options{}), "example.com/routes/store", "example.com/routes/orders", "example.com/routes/api")
}
