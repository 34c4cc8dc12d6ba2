package audit

import (
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/errcodes/errcodes/analyzer"
	"github.com/owenrumney/go-sarif/v2/sarif"
)

// The SARIF tool and rule metadata. Rule ids are the Finding categories,
// analyzer.Categories, and the audit's own not-emitted.
const (
	sarifToolName  = "errcodes"
	sarifSrcRoot   = "%SRCROOT%"
	ruleNotEmitted = "not-emitted"

	levelWarning = "warning"
	levelNote    = "note"
)

// A sarifRule is a rule of the SARIF driver.
type sarifRule struct {
	id, title, doc, help string
	level                string
}

// sarifRules returns the rules of the SARIF driver: the categories, in the
// order of doc/checks.md, then not-emitted; their index is the results'
// ruleIndex.
func sarifRules() []sarifRule {
	rules := make([]sarifRule, 0, len(analyzer.Categories)+1)
	for _, c := range analyzer.Categories {
		rules = append(rules, sarifRule{id: c.Name, title: c.Title, doc: c.Doc, help: analyzer.URL(c.Name), level: levelWarning})
	}
	return append(rules, sarifRule{
		id:    ruleNotEmitted,
		title: "a code the catalog documents that nothing returns",
		doc:   "a code the catalog documents that nothing errcodes can see returns.",
		help:  analyzer.DocURL("audit.md", "errcodes-audit"), // the audit's own section, which reports it
		level: levelNote,
	})
}

// WriteSARIF writes r as a SARIF 2.1.0 log with one run: a result of
// level "warning" for each finding, with its category as rule id, and one
// of level "note" at the catalog entry of each documented code that
// nothing returns. Locations are relative to %SRCROOT%, the main module's
// directory (so that a run from a subdirectory writes the same log as one
// from the root); columns are Go's, in bytes. The output depends only on
// r.
func WriteSARIF(w io.Writer, r *Report) error {
	run := sarif.NewRunWithInformationURI(sarifToolName, analyzer.Home)
	for _, rule := range sarifRules() {
		addSARIFRule(run, rule)
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
		addSARIFRule(run, sarifRule{id: id, title: "a finding of category " + id, help: analyzer.URL(id), level: levelWarning})
	}

	for _, f := range r.Findings {
		region := sarifRegion(f.Pos)
		if f.End != nil && f.End.Line > 0 {
			region.WithEndLine(f.End.Line)
			if f.End.Column > 0 {
				region.WithEndColumn(f.End.Column)
			}
		}
		loc := sarifLocation(r.srcPos(f.Pos), region)
		if f.Func != "" {
			loc.AddLogicalLocations(sarif.NewLogicalLocation().
				WithFullyQualifiedName(f.Func).
				WithKind("function"))
		}
		result := run.CreateResultForRule(f.Category).
			WithLevel(levelWarning).
			WithMessage(sarif.NewTextMessage(f.Message))
		result.AddLocation(loc)
		for i, c := range f.Cites {
			result.AddRelatedLocation(sarifLocation(r.srcPos(c), sarifRegion(c)).
				WithId(i).
				WithMessage(sarif.NewTextMessage(analyzer.RelatedMessage)))
		}
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
			AddLocation(sarifLocation(r.srcPos(*c.Doc), sarifRegion(*c.Doc)))
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

// addSARIFRule adds rule to run. SARIF descriptions are sentences: the
// title and doc, capitalised.
func addSARIFRule(run *sarif.Run, rule sarifRule) {
	r := run.AddRule(rule.id).
		WithShortDescription(sarif.NewMultiformatMessageString(sentence(rule.title))).
		WithHelpURI(rule.help).
		WithDefaultConfiguration(sarif.NewReportingConfiguration().WithLevel(rule.level))
	if rule.doc != "" {
		r.WithFullDescription(sarif.NewMultiformatMessageString(sentence(rule.doc)))
	}
}

// sentence returns s with its first letter capitalised, ending with a
// period.
func sentence(s string) string {
	if s == "" {
		return s
	}
	if !strings.HasSuffix(s, ".") {
		s += "."
	}
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// sarifRegion returns the region that starts at p.
func sarifRegion(p Pos) *sarif.Region {
	region := sarif.NewRegion().WithStartLine(max(p.Line, 1))
	if p.Column > 0 {
		region.WithStartColumn(p.Column)
	}
	return region
}

// srcPos returns p with its file relative to the module root, when it is
// relative to the report's directory and under the module root.
func (r *Report) srcPos(p Pos) Pos {
	if r.srcRoot == "" || r.srcRoot == r.dir || filepath.IsAbs(p.File) || strings.HasPrefix(p.File, "/") {
		return p
	}
	if rel, err := filepath.Rel(r.srcRoot, filepath.Join(r.dir, filepath.FromSlash(p.File))); err == nil && !strings.HasPrefix(rel, "..") {
		p.File = filepath.ToSlash(rel)
	}
	return p
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
