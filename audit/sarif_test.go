package audit_test

import (
	"bytes"
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/errcodes/errcodes/analyzer"
	"github.com/errcodes/errcodes/audit"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

// sampleReport returns testdata/report.json, a hand-written audit of a
// small order service with a problem of each kind.
func sampleReport(t *testing.T) *audit.Report {
	t.Helper()
	data, err := os.ReadFile("testdata/report.json")
	if err != nil {
		t.Fatal(err)
	}
	var r audit.Report
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&r); err != nil {
		t.Fatalf("testdata/report.json: %v", err)
	}
	return &r
}

// testdata/sarif-schema-2.1.0.json is the OASIS SARIF 2.1.0 schema
// (errata01, draft-04), as gosec v2.30.0 ships it in
// report/sarif/testdata, the OASIS 2.1.0 errata01 schema.
func sarifSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	f, err := os.Open("testdata/sarif-schema-2.1.0.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	// The schema names its draft in $schema; the default only matters
	// if a copy lost it.
	c.DefaultDraft(jsonschema.Draft4)
	// Check "uri" and "date-time" values too, whatever the draft says.
	c.AssertFormat()
	const url = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
	if err := c.AddResource(url, doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile(url)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func writeSARIF(t *testing.T, r *audit.Report) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := audit.WriteSARIF(&buf, r); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestSARIFValidates(t *testing.T) {
	schema := sarifSchema(t)
	empty := &audit.Report{Version: audit.SchemaVersion}
	for name, r := range map[string]*audit.Report{"sample": sampleReport(t), "empty": empty} {
		out := writeSARIF(t, r)
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(out))
		if err != nil {
			t.Fatalf("%s: %v\n%s", name, err, out)
		}
		if err := schema.Validate(doc); err != nil {
			t.Errorf("%s: the SARIF log does not validate: %v", name, err)
		}
	}

	// The schema does reject a log that breaks it, so the check above
	// is not vacuous.
	bad := strings.Replace(string(writeSARIF(t, sampleReport(t))), `"level": "warning"`, `"level": "serious"`, 1)
	doc, err := jsonschema.UnmarshalJSON(strings.NewReader(bad))
	if err != nil {
		t.Fatal(err)
	}
	if schema.Validate(doc) == nil {
		t.Error(`a result of level "serious" validates`)
	}
}

// sarifLog is the part of a SARIF log the tests look at.
type sarifLog struct {
	Version string `json:"version"`
	Runs    []struct {
		Tool struct {
			Driver struct {
				Name           string `json:"name"`
				InformationURI string `json:"informationUri"`
				Rules          []struct {
					ID               string `json:"id"`
					HelpURI          string `json:"helpUri"`
					ShortDescription struct {
						Text string `json:"text"`
					} `json:"shortDescription"`
					FullDescription struct {
						Text string `json:"text"`
					} `json:"fullDescription"`
				} `json:"rules"`
			} `json:"driver"`
		} `json:"tool"`
		Results []struct {
			RuleID    string `json:"ruleId"`
			RuleIndex int    `json:"ruleIndex"`
			Level     string `json:"level"`
			Message   struct {
				Text string `json:"text"`
			} `json:"message"`
			Locations []struct {
				PhysicalLocation struct {
					ArtifactLocation struct {
						URI       string `json:"uri"`
						URIBaseID string `json:"uriBaseId"`
					} `json:"artifactLocation"`
					Region struct {
						StartLine   int `json:"startLine"`
						StartColumn int `json:"startColumn"`
						EndLine     int `json:"endLine"`
						EndColumn   int `json:"endColumn"`
					} `json:"region"`
				} `json:"physicalLocation"`
				LogicalLocations []struct {
					FullyQualifiedName string `json:"fullyQualifiedName"`
				} `json:"logicalLocations"`
			} `json:"locations"`
			RelatedLocations []struct {
				ID               int `json:"id"`
				PhysicalLocation struct {
					ArtifactLocation struct {
						URI string `json:"uri"`
					} `json:"artifactLocation"`
					Region struct {
						StartLine int `json:"startLine"`
					} `json:"region"`
				} `json:"physicalLocation"`
				Message struct {
					Text string `json:"text"`
				} `json:"message"`
			} `json:"relatedLocations"`
		} `json:"results"`
	} `json:"runs"`
}

func TestSARIFContent(t *testing.T) {
	r := sampleReport(t)
	out := writeSARIF(t, r)
	var log sarifLog
	if err := json.Unmarshal(out, &log); err != nil {
		t.Fatal(err)
	}
	if log.Version != "2.1.0" || len(log.Runs) != 1 {
		t.Fatalf("version %q, %d runs; want 2.1.0, 1", log.Version, len(log.Runs))
	}
	run := log.Runs[0]
	if d := run.Tool.Driver; d.Name != "errcodes" || d.InformationURI != "https://github.com/errcodes/errcodes" {
		t.Errorf("driver %q %q", d.Name, d.InformationURI)
	}

	// A rule for each category, in doc/checks.md's order, documented at
	// its section there; then the audit's own not-emitted.
	var ids []string
	for _, rule := range run.Tool.Driver.Rules {
		ids = append(ids, rule.ID)
		want := "https://github.com/errcodes/errcodes/blob/main/doc/checks.md#" + rule.ID
		if rule.ID == "not-emitted" {
			want = "https://github.com/errcodes/errcodes/blob/main/doc/audit.md#errcodes-audit"
		}
		if rule.HelpURI != want {
			t.Errorf("rule %s: helpUri %q, want %q", rule.ID, rule.HelpURI, want)
		}
		short, full := rule.ShortDescription.Text, rule.FullDescription.Text
		if short == "" || full == "" || !strings.HasSuffix(short, ".") || strings.ToUpper(short[:1]) != short[:1] {
			t.Errorf("rule %s: descriptions %q, %q; want two sentences", rule.ID, short, full)
		}
		if c, ok := analyzer.LookupCategory(rule.ID); ok && !strings.HasPrefix(short, strings.ToUpper(c.Title[:1])+c.Title[1:]) {
			t.Errorf("rule %s: short description %q, not the category's title %q", rule.ID, short, c.Title)
		}
	}
	var wantIDs []string
	for _, c := range analyzer.Categories {
		wantIDs = append(wantIDs, c.Name)
	}
	wantIDs = append(wantIDs, "not-emitted")
	if !slices.Equal(ids, wantIDs) {
		t.Errorf("rules %q, want %q", ids, wantIDs)
	}

	// Each finding, then each documented code nothing returns.
	if got, want := len(run.Results), len(r.Findings)+1; got != want {
		t.Fatalf("%d results, want %d", got, want)
	}
	for _, res := range run.Results {
		if ids[res.RuleIndex] != res.RuleID {
			t.Errorf("result %q has ruleIndex %d (%s)", res.RuleID, res.RuleIndex, ids[res.RuleIndex])
		}
	}

	status := run.Results[1]
	if status.RuleID != "status" || status.Level != "warning" || !strings.HasPrefix(status.Message.Text, `code "already_paid" is documented with status 409`) {
		t.Errorf("second result: %s %s %q", status.RuleID, status.Level, status.Message.Text)
	}
	loc := status.Locations[0]
	if a := loc.PhysicalLocation.ArtifactLocation; a.URI != "orders/orders.go" || a.URIBaseID != "%SRCROOT%" {
		t.Errorf("second result's artifact %+v", a)
	}
	if reg := loc.PhysicalLocation.Region; reg.StartLine != 49 || reg.StartColumn != 19 || reg.EndLine != 49 || reg.EndColumn != 40 {
		t.Errorf("second result's region %+v, want 49:19-49:40", reg)
	}
	if len(loc.LogicalLocations) != 1 || loc.LogicalLocations[0].FullyQualifiedName != "orders.Handler.Pay" {
		t.Errorf("second result's logical locations %+v", loc.LogicalLocations)
	}
	// The catalog entry it cites, from the diagnostic's related
	// information: docs/errors.yaml, line 7.
	if rel := status.RelatedLocations; len(rel) != 1 || rel[0].PhysicalLocation.ArtifactLocation.URI != "docs/errors.yaml" ||
		rel[0].PhysicalLocation.Region.StartLine != 7 || rel[0].Message.Text != "documented here" {
		t.Errorf("second result's related locations %+v, want docs/errors.yaml line 7", rel)
	}

	note := run.Results[len(run.Results)-1]
	if note.RuleID != "not-emitted" || note.Level != "note" || note.Message.Text != `code "rate_limit_exceeded" is documented but nothing returns it` {
		t.Errorf("last result: %s %s %q", note.RuleID, note.Level, note.Message.Text)
	}
	if pl := note.Locations[0].PhysicalLocation; pl.ArtifactLocation.URI != "docs/errors.yaml" || pl.Region.StartLine != 23 || pl.Region.StartColumn != 5 || pl.Region.EndLine != 0 {
		t.Errorf("last result's location %+v", pl)
	}

	if again := writeSARIF(t, sampleReport(t)); !bytes.Equal(out, again) {
		t.Error("two runs on the same report differ")
	}
}

// Paths reach SARIF as URIs: escaped, with forward slashes, and absolute
// ones (outside the root) as file URIs with no base.
func TestSARIFPaths(t *testing.T) {
	r := &audit.Report{
		Findings: []audit.Finding{
			{Pos: audit.Pos{File: "my pkg/a#b.go", Line: 3}, Category: "undocumented", Message: "m"},
			{Pos: audit.Pos{File: "/src/vendor/x.go", Line: 4, Column: 2}, Category: "somethingnew", Message: "m"},
		},
	}
	var log sarifLog
	if err := json.Unmarshal(writeSARIF(t, r), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	a := run.Results[0].Locations[0].PhysicalLocation.ArtifactLocation
	if a.URI != "my%20pkg/a%23b.go" || a.URIBaseID != "%SRCROOT%" {
		t.Errorf("relative path: %+v", a)
	}
	a = run.Results[1].Locations[0].PhysicalLocation.ArtifactLocation
	if a.URI != "file:///src/vendor/x.go" || a.URIBaseID != "" {
		t.Errorf("absolute path: %+v", a)
	}
	// A category this version does not know still has a rule.
	rules := run.Tool.Driver.Rules
	if last := rules[len(rules)-1]; last.ID != "somethingnew" || run.Results[1].RuleIndex != len(rules)-1 {
		t.Errorf("unknown category: last rule %q, result's index %d", last.ID, run.Results[1].RuleIndex)
	}
}
