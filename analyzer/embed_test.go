package analyzer_test

import (
	"testing"
	"testing/fstest"

	"github.com/errcodes/errcodes/analyzer"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
)

// embedded is what a nogo analyzer package embeds: its config and the
// docs page it names.
var embedded = fstest.MapFS{
	"errcodes.yaml": {Data: []byte(`version: 1
catalog: [docs/errors.md]
emitters:
  - func: example.com/shop/apierr.Write
    code: code
    status: status
    message: message
`)},
	"docs/errors.md": {Data: []byte(`# Errors

| Code | HTTP status | Message |
| --- | --- | --- |
| invalid_order_number | 404 | Order not found |
| already_paid | 409 | Order already paid |
`)},
}

// withoutFiles runs a as nogo does: no ReadFile, no OtherFiles, no
// Module, from a working directory that has nothing to do with the code.
func withoutFiles(t *testing.T, a *analysis.Analyzer) *analysis.Analyzer {
	run := a.Run
	a.Run = func(pass *analysis.Pass) (any, error) {
		pass.ReadFile, pass.OtherFiles, pass.Module = nil, nil, nil
		return run(pass)
	}
	return a
}

// TestEmbedded checks a package with an Analyzer built from an embedded
// config and catalog, with no file access.
func TestEmbedded(t *testing.T) {
	dir := analysistest.TestData()
	t.Chdir(t.TempDir())
	t.Setenv("ERRCODES_CACHE", t.TempDir()+"/must-not-be-used")
	a := withoutFiles(t, analyzer.NewFS(embedded, "errcodes.yaml"))
	analysistest.Run(t, dir, a, "example.com/embedded")
}

// TestEmbeddedBroken: a broken embedded config fails every run with its
// errors, positioned, rather than checking nothing.
func TestEmbeddedBroken(t *testing.T) {
	broken := fstest.MapFS{"errcodes.yaml": {Data: []byte("version: 1\ncatalog: [docs/missing.md]\ncodes:\n  - code: x\n    stauts: 404\n")}}
	a := analyzer.NewFS(broken, "errcodes.yaml")
	_, err := a.Run(&analysis.Pass{})
	want := `errcodes.yaml:2:11: catalog file docs/missing.md: no such file (embed it with the config)
errcodes.yaml:5:5: unknown key "stauts" in code entry; did you mean "status"?`
	if err == nil || err.Error() != want {
		t.Errorf("error = %v, want:\n%s", err, want)
	}
}
