package audit

import (
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/owenrumney/go-sarif/v2/sarif"
)

// The SARIF tool and rule metadata. Rule ids are the Finding categories,
// each documented under the README heading of that name.
const (
	sarifToolName   = "errcodes"
	sarifToolURI    = "https://github.com/errcodes/errcodes"
	sarifSrcRoot    = "%SRCROOT%"
	ruleNotEmitted  = "not-emitted"
	sarifHelpPrefix = sarifToolURI + "#"

	levelWarning = "warning"
	levelNote    = "note"
)

// sarifRules are the rules of the SARIF driver, in the README's order;
// their index is the results' ruleIndex.
var sarifRules = []struct{ id, desc string }{
	{"undocumented", "A constant code the catalog does not document."},
	{"status", "A documented code returned with an HTTP status the catalog does not give it."},
	{"placeholder", `An unresolved "?" code or message, in the code or in the catalog's entry for an endpoint.`},
	{"directive", "A malformed //errcodes: directive."},
	{"endpoint", "A code returned by an endpoint's handler that the catalog documents only for other endpoints."},
	{"deprecated", "A code the catalog marks deprecated, still returned."},
	{"fields", "A field the docs do not list for a code, or a required one left out."},
	{"reason", "A reason the docs do not allow with its code."},
	{"retryable", "A code documented as retryable, returned without its retryable flag."},
	{"message", "A constant message that no message the docs give its code covers."},
	{ruleNotEmitted, "A code the catalog documents that nothing errcodes can see returns."},
}

// WriteSARIF writes r as a SARIF 2.1.0 log with one run: a result of
// level "warning" for each finding, with its category as rule id, and one
// of level "note" at the catalog entry of each documented code that
// nothing returns. Locations are relative to %SRCROOT%, the directory
// errcodes ran in; columns are Go's, in bytes. The output depends only on
// r.
func WriteSARIF(w io.Writer, r *Report) error {
	run := sarif.NewRunWithInformationURI(sarifToolName, sarifToolURI)
	for _, rule := range sarifRules {
		addSARIFRule(run, rule.id, rule.desc)
	}
	// A category this version does not know yet still gets a rule, so
	// that every result has one.
	var extra []string
	for _, f := range r.Findings {
		if _, err := run.GetRuleById(f.Category); err != nil && !slices.Contains(extra, f.Category) {
			extra = append(extra, f.Category)
		}
	}
	slices.Sort(extra)
	for _, id := range extra {
		addSARIFRule(run, id, "A finding of category "+id+".")
	}

	for _, f := range r.Findings {
		region := sarifRegion(f.Pos)
		if f.End != nil && f.End.Line > 0 {
			region.WithEndLine(f.End.Line)
			if f.End.Column > 0 {
				region.WithEndColumn(f.End.Column)
			}
		}
		loc := sarifLocation(f.Pos, region)
		if f.Func != "" {
			loc.AddLogicalLocations(sarif.NewLogicalLocation().
				WithFullyQualifiedName(f.Func).
				WithKind("function"))
		}
		run.CreateResultForRule(f.Category).
			WithLevel(levelWarning).
			WithMessage(sarif.NewTextMessage(f.Message)).
			AddLocation(loc)
	}
	for _, c := range r.Codes {
		if c.Doc == nil || !slices.Contains(c.Problems, ProblemNotEmitted) {
			continue
		}
		code := strconv.Quote(c.Code)
		if c.Integer {
			code = c.Code
		}
		run.CreateResultForRule(ruleNotEmitted).
			WithLevel(levelNote).
			WithMessage(sarif.NewTextMessage(fmt.Sprintf("code %s is documented but nothing returns it", code))).
			AddLocation(sarifLocation(*c.Doc, sarifRegion(*c.Doc)))
	}

	log, err := sarif.New(sarif.Version210)
	if err != nil {
		return err
	}
	log.AddRun(run)
	if err := log.PrettyWrite(w); err != nil {
		return err
	}
	_, err = io.WriteString(w, "\n")
	return err
}

// addSARIFRule adds the rule id to run, documented at the README anchor
// of that name.
func addSARIFRule(run *sarif.Run, id, desc string) {
	level := levelWarning
	if id == ruleNotEmitted {
		level = levelNote
	}
	run.AddRule(id).
		WithShortDescription(sarif.NewMultiformatMessageString(desc)).
		WithHelpURI(sarifHelpPrefix + id).
		WithDefaultConfiguration(sarif.NewReportingConfiguration().WithLevel(level))
}

// sarifRegion returns the region that starts at p.
func sarifRegion(p Pos) *sarif.Region {
	region := sarif.NewRegion().WithStartLine(max(p.Line, 1))
	if p.Column > 0 {
		region.WithStartColumn(p.Column)
	}
	return region
}

// sarifLocation returns the location of region in p's file: relative to
// %SRCROOT% when the report gives the path relative to its root, else an
// absolute file URI.
func sarifLocation(p Pos, region *sarif.Region) *sarif.Location {
	loc := sarif.NewArtifactLocation()
	file := filepath.ToSlash(p.File)
	if filepath.IsAbs(p.File) || strings.HasPrefix(file, "/") {
		if !strings.HasPrefix(file, "/") {
			file = "/" + file // a Windows volume: file:///C:/...
		}
		loc.WithUri((&url.URL{Scheme: "file", Path: file}).String())
	} else {
		loc.WithUri((&url.URL{Path: file}).String()).WithUriBaseId(sarifSrcRoot)
	}
	return sarif.NewLocationWithPhysicalLocation(
		sarif.NewPhysicalLocation().WithArtifactLocation(loc).WithRegion(region))
}
