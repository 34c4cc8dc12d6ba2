package analyzer_test

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
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

// Every analysistest run loads its packages from source, the standard
// library included: type-checking net/http and what it imports costs
// seconds, far more than the analysis. So the scenarios below that use the
// same Analyzer share one run, over all their packages (each in its own
// directory, with its own errcodes.yaml). A mismatch is still reported at
// its file:line, and facts flow between the packages only along imports,
// as they do in a run of one scenario.

// checkedPackages are the scenarios whose // want comments TestChecks
// checks with the default Analyzer, which finds each package's
// errcodes.yaml. A new scenario goes here (or under a pattern here).
func checkedPackages() []string {
	return []string{
		// The core checks through the configured emitters (a function, a
		// generic function, a method, a struct type): codes the catalog
		// lacks, with a "did you mean", and statuses other than the
		// documented one. Beside them, the calls that must stay silent
		// (silent.go, package other), and a test file, which is not
		// checked.
		"example.com/shop/handlers",

		// Placeholders: endpoints, codes, messages and statuses left "?"
		// in the docs or in code; and the //errcodes: directives, well
		// and badly written.
		"example.com/placeholders",

		// The fast path: a package that cannot reach an emitter package
		// returns before reading the catalog, so it reports nothing, and
		// no error from its broken catalog file.
		"example.com/unrelated",

		// The checks that richer catalogs make possible: deprecated codes,
		// extra and required fields, sub-codes, retryable flags, endpoint
		// scoping.
		"example.com/checkout/payments",

		// Wrappers are inferred in the package that defines them,
		// exported as facts, and followed through chains across packages.
		"example.com/wrappers/respond", "example.com/wrappers/web", "example.com/wrappers/handlers",

		// Values beyond constants, through SSA: locals assigned constants
		// on every path, package-level variables and enum-like struct
		// fields, map literals.
		"example.com/values/codes", "example.com/values/handlers",

		// Code-carrying values: a registry of descriptors with receivers
		// (distribution), a two-step writer with an iota enum (zot),
		// constructors with fixed statuses and codes and field
		// assignments (supabase/auth), enums named by String.
		"example.com/carriers/...",

		// Per-function code sets, carried as facts, check a handler as a
		// whole against its endpoint: marked with a directive, or
		// registered for a route that the OpenAPI spec names.
		"example.com/routes/store", "example.com/routes/orders", "example.com/routes/api",

		// Several statuses per code: a spec documents them per operation,
		// an inline overlay adds to them; a handler serving another
		// operation is not held to that operation's statuses.
		"example.com/registry/handlers",

		// Handlers annotated for swaggo: @Router ties each to its
		// endpoint, and a failure status its own @Failure lines do not
		// list is reported.
		"example.com/swaggo/registry",

		// Two catalogs: emitters that name one (an OAuth server's
		// "error") are checked against it, the others against the
		// default one (the API's "error_code"), wrappers included.
		"example.com/authserver/handlers",

		// Constant messages, and fmt.Sprintf and fmt.Errorf of constant
		// formats, are compared with the message templates the docs give
		// their code.
		"example.com/messages/handlers",

		// The presets, each on handlers written against its framework,
		// with a catalog and no emitters. The frameworks are stubs under
		// their real import paths (testdata/src/github.com/gin-gonic/gin
		// and the like), each declaring what its preset and the handlers
		// rely on; TestFrameworks runs the same handlers against the real
		// libraries.
		"example.com/nethttp",
		"example.com/jsonbody",
		"example.com/ginshop/...",
		"example.com/echoshop/...",
		"example.com/chishop/...",
		"example.com/grpcshop/...",
		"example.com/fibershop/...",
		"example.com/muxshop/...",
	}
}

// fixedPackages are the scenarios with .golden files: TestSuggestedFixes
// checks their // want comments, applies every suggested fix, and
// compares the result with the golden files.
func fixedPackages() []string {
	return []string{
		// A misspelt code is replaced with the documented one it is
		// closest to, and a status with the documented one: by its
		// net/http name, or as a number in a file that does not import
		// net/http.
		"example.com/shop/fixes",

		// A misspelt literal message is replaced with the one documented
		// message, when it has no placeholders.
		"example.com/messages/fixes",
	}
}

// brokenPackages are the scenarios whose configs are broken:
// TestConfigErrors checks the errors their runs fail with.
const brokenPackages = "example.com/broken/..."

// shared is the one analysistest run of the default Analyzer that
// TestChecks, TestSuggestedFixes and TestConfigErrors share, over all
// their packages: RunWithSuggestedFixes, which checks the // want
// comments of every package and the fixes of those with .golden files.
// It keeps the errors analysistest reports; each test reports those of
// its own packages (see errorsOf).
var shared struct {
	once    sync.Once
	results []*analysistest.Result
	errs    []string
}

// sharedPackages are the packages of the shared run.
func sharedPackages() []string {
	return append(append(checkedPackages(), fixedPackages()...), brokenPackages)
}

// sharedRun runs the shared run, the first time it is called.
func sharedRun() ([]*analysistest.Result, []string) {
	shared.once.Do(func() {
		var r recorder
		shared.results = analysistest.RunWithSuggestedFixes(&r, analysistest.TestData(), analyzer.New(analyzer.Options{}), sharedPackages()...)
		shared.errs = r.errs
	})
	return shared.results, shared.errs
}

// errorsOf returns the errors of the shared run that are about the
// packages patterns match, and those about no package of the run's (such
// as a failed load), which every test reports. An error is about a
// package when it names one of its files (from testdata/src, as the
// // want checks do, or with testdata/src before it), or its action
// (errcodes@path). RunWithSuggestedFixes wants a .golden file beside
// every file a fix edits; the scenarios of TestChecks have none (their
// fixes are not what they test), so that one complaint is left out for
// them.
func errorsOf(patterns ...string) []string {
	all := sharedPackages()
	_, errs := sharedRun()
	var out []string
	for _, e := range errs {
		switch {
		case missingGolden(e) && mentions(e, checkedPackages()):
			// not a check of TestChecks
		case mentions(e, patterns) || !mentions(e, all):
			out = append(out, e)
		}
	}
	return out
}

// mentions reports whether the error e names a file or the action of a
// package that one of patterns matches.
func mentions(e string, patterns []string) bool {
	for _, p := range patterns {
		dir, all := strings.CutSuffix(p, "/...")
		file := filepath.FromSlash(dir + "/") // the // want checks give paths from testdata/src
		if strings.HasPrefix(e, file) || strings.Contains(e, filepath.FromSlash("/src/")+file) ||
			strings.Contains(e, "@"+dir+":") || strings.Contains(e, "@"+dir+" ") || all && strings.Contains(e, "@"+dir+"/") {
			return true
		}
	}
	return false
}

// missingGolden reports whether e is RunWithSuggestedFixes' complaint
// that a file a fix edits has no .golden file, and the file indeed has
// none.
func missingGolden(e string) bool {
	file, _, ok := strings.Cut(strings.TrimPrefix(e, "error reading "), ".golden: ")
	if !ok || !strings.HasPrefix(e, "error reading ") {
		return false
	}
	_, err := os.Stat(file + ".golden")
	return errors.Is(err, fs.ErrNotExist)
}

// TestChecks checks the // want comments of checkedPackages.
func TestChecks(t *testing.T) {
	results, _ := sharedRun()
	for _, e := range errorsOf(checkedPackages()...) {
		t.Error(e)
	}
	checkRelated(t, results)
}

// checkRelated checks that a finding citing the catalog carries the
// citation as related information, positioned in the catalog file: the
// status of "already_paid" in example.com/shop/handlers, documented in
// the config's own codes.
func checkRelated(t *testing.T, results []*analysistest.Result) {
	t.Helper()
	for _, r := range results {
		for _, d := range r.Diagnostics {
			if d.Category != analyzer.CategoryStatus || !strings.Contains(d.Message, `"already_paid"`) ||
				r.Pass.Pkg.Path() != "example.com/shop/handlers" {
				continue
			}
			if len(d.Related) != 1 {
				t.Fatalf("%s: related %+v, want the cited catalog entry", d.Message, d.Related)
			}
			p := r.Pass.Fset.Position(d.Related[0].Pos)
			cite := fmt.Sprintf("(%s:%d)", filepath.Base(p.Filename), p.Line)
			if d.Related[0].Message != analyzer.RelatedMessage || p.Column != 5 || !strings.Contains(d.Message, cite) {
				t.Errorf("%s: related %q at %s, want the entry the message cites, at its column 5", d.Message, d.Related[0].Message, p)
			}
			return
		}
	}
	t.Error(`no status finding for "already_paid" in example.com/shop/handlers`)
}

// TestSuggestedFixes checks the // want comments and the fixes of
// fixedPackages.
func TestSuggestedFixes(t *testing.T) {
	for _, e := range errorsOf(fixedPackages()...) {
		t.Error(e)
	}
}

// A recorder is a Testing that keeps the errors analysistest reports.
type recorder struct{ errs []string }

func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}

// A broken config stops the run with every problem, positioned; it never
// checks nothing in silence. The packages are checked in the shared run:
// each error is sought among its package's.
func TestConfigErrors(t *testing.T) {
	cases := []struct {
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
		{"example.com/broken/conflict", []string{
			"errcodes.yaml:11:5: emitter example.com/broken/conflict.NewBadRequestError: status is {value: 422} here, but its body (errors.go:17) fixes it to 400",
			"errcodes.yaml:13:5: emitter example.com/broken/conflict.NewNotFoundError: code is argument 1 here, but its body (errors.go:23) passes argument 0 (code)",
		}},
		{"example.com/broken/yaml", []string{
			"errcodes.yaml:1:1: missing required key version (add \"version: 1\")",
			"errcodes.yaml:1:11: catalog file docs/missing.yaml: no such file",
			"errcodes.yaml:4:5: status 4040 is not an HTTP status",
			`errcodes.yaml:6:5: unknown key "stauts" in code entry; did you mean "status"?`,
		}},
	}
	errs := errorsOf(brokenPackages)
	for _, tc := range cases {
		// analysistest reports a package whose run failed as
		// "error analyzing errcodes@<pkg>: <err>".
		var got []string
		for _, e := range errs {
			if strings.Contains(e, "@"+tc.pkg+":") {
				got = append(got, e)
			}
		}
		for _, w := range tc.want {
			if !strings.Contains(strings.Join(got, "\n"), w) {
				t.Errorf("%s: missing error %q in:\n%s", tc.pkg, w, strings.Join(got, "\n"))
			}
		}
	}
}
