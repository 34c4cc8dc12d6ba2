package analyzer

import (
	"maps"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/errcodes/errcodes/catalog"
)

// The presets are named in four places that no compiler ties: the
// registry (one preset_<name>.go each), catalog.PresetNames (what a
// config may enable, and their order), the presets enum of
// errcodes.schema.json, and doc/presets.md's table. They must
// list the same presets, in the same order.
func TestPresetRegistry(t *testing.T) {
	var names []string
	for _, p := range allPresets {
		names = append(names, p.name)
	}
	if !slices.Equal(names, catalog.PresetNames) {
		t.Errorf("registered presets %v, catalog.PresetNames %v: register each preset from its preset_<name>.go and name it in catalog.PresetNames, in the same order", names, catalog.PresetNames)
	}

	// catalog's TestSchemaPresets holds the schema's enum to PresetNames.
	page, err := os.ReadFile("../doc/presets.md")
	if err != nil {
		t.Fatal(err)
	}
	section, ok := strings.CutPrefix(string(page), "# Framework presets\n")
	if !ok {
		t.Fatal("doc/presets.md does not start with # Framework presets")
	}
	section, _, _ = strings.Cut(section, "\n## ")
	var rows []string
	for _, m := range regexp.MustCompile("(?m)^\\| `([a-z0-9]+)` \\|").FindAllStringSubmatch(section, -1) {
		rows = append(rows, m[1])
	}
	if !slices.Equal(rows, names) {
		t.Errorf("doc/presets.md's table of presets lists %v, registered presets %v", rows, names)
	}
}

// Each preset matches something, and one that matches sites names the
// packages that make a package worth checking (matcher.live): without
// them it would never run.
func TestPresetsComplete(t *testing.T) {
	for _, p := range allPresets {
		matches := p.call != nil || p.lit != nil || p.setStatus != nil || p.writeBody != nil
		if !matches && len(p.routes) == 0 && p.handler == nil {
			t.Errorf("preset %s recognises nothing", p.name)
		}
		if matches && len(p.packages) == 0 {
			t.Errorf("preset %s matches sites but names no package to check importers of", p.name)
		}
		if (p.setStatus == nil) != (p.writeBody == nil) {
			t.Errorf("preset %s has only one half of a multi-statement pattern (setStatus, writeBody)", p.name)
		}
		if got := presetPackages[p.name]; !slices.Equal(got, p.packages) {
			t.Errorf("presetPackages[%s] = %v, want %v", p.name, got, p.packages)
		}
		for key, rf := range p.routes {
			if routeFuncs[key] != rf {
				t.Errorf("routeFuncs[%s] = %+v, want preset %s's %+v", key, routeFuncs[key], p.name, rf)
			}
		}
	}
	if len(presetPackages) != len(allPresets) {
		t.Errorf("presetPackages has %d presets, the registry %d: %v", len(presetPackages), len(allPresets), slices.Sorted(maps.Keys(presetPackages)))
	}
}
