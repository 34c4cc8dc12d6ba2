package catalog_test

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/errcodes/errcodes/catalog"
)

// The README shows a minimal example of each format; each must be
// detected as that format and yield codes, so the README stays true.
func TestReadmeFormatExamples(t *testing.T) {
	data, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, section, ok := strings.Cut(string(data), "## Catalog formats")
	if !ok {
		t.Fatal("README has no Catalog formats section")
	}
	section, _, _ = strings.Cut(section, "\n## Catalog commands")
	names := map[string]string{
		"yaml": "errors.yaml", "sectioned-list": "errors.md", "json-headings": "errors.md",
		"typescript": "errors.md", "markdown-table": "errors.md", "status-groups": "errors.txt",
		"openapi": "openapi.yaml", "toml": "errors.toml",
	}
	heading := regexp.MustCompile(`(?m)^### ([a-z-]+)$`)
	locs := heading.FindAllStringSubmatchIndex(section, -1)
	seen := 0
	for i, loc := range locs {
		format := section[loc[2]:loc[3]]
		end := len(section)
		if i+1 < len(locs) {
			end = locs[i+1][0]
		}
		example, ok := firstFence(section[loc[1]:end])
		if !ok {
			t.Errorf("README format %s has no example", format)
			continue
		}
		filename := names[format]
		if filename == "" {
			t.Errorf("README documents unknown format %q", format)
			continue
		}
		seen++
		if got := catalog.DetectFormat(filename, []byte(example)); got != format {
			t.Errorf("README example of %s is detected as %q", format, got)
		}
		doc, err := catalog.ParseFile(filename, []byte(example), format)
		if err != nil || len(doc.Entries) == 0 {
			t.Errorf("README example of %s: %v, %d entries", format, err, len(doc.Entries))
		}
	}
	if seen != len(catalog.Formats()) {
		t.Errorf("README shows %d formats, errcodes has %d: %v", seen, len(catalog.Formats()), catalog.Formats())
	}
}

// firstFence returns the content of the first fenced code block in s; the
// block ends at a line that is its opening fence without the info string.
func firstFence(s string) (string, bool) {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if !strings.HasPrefix(l, "```") {
			continue
		}
		fence := l[:len(l)-len(strings.TrimLeft(l, "`"))]
		for j := i + 1; j < len(lines); j++ {
			if lines[j] == fence {
				return strings.Join(lines[i+1:j], "\n") + "\n", true
			}
		}
		return "", false
	}
	return "", false
}
