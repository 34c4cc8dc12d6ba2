package catalog_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/errcodes/errcodes/catalog"
	"github.com/santhosh-tekuri/jsonschema/v6"
	"go.yaml.in/yaml/v3"
)

// The JSON Schema that editors use to complete and validate errcodes.yaml
// must agree with the parser: the configs errcodes accepts validate, the
// ones it rejects do not.
func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	c := jsonschema.NewCompiler()
	s, err := c.Compile("../errcodes.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func yamlValue(t *testing.T, data []byte) any {
	t.Helper()
	var v any
	if err := yaml.Unmarshal(data, &v); err != nil {
		t.Fatal(err)
	}
	return toJSONValue(v)
}

// toJSONValue turns what yaml.v3 decodes into what the schema library
// expects of JSON.
func toJSONValue(v any) any {
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			v[k] = toJSONValue(x)
		}
		return v
	case []any:
		for i, x := range v {
			v[i] = toJSONValue(x)
		}
		return v
	case int:
		return float64(v)
	}
	return v
}

func TestSchemaAgreesWithParser(t *testing.T) {
	schema := compileSchema(t)
	var configs []string
	filepath.WalkDir("..", func(path string, d os.DirEntry, err error) error {
		if err == nil && d.Name() == catalog.ConfigName {
			configs = append(configs, path)
		}
		return nil
	})
	if len(configs) < 3 {
		t.Fatalf("found only %d configs: %v", len(configs), configs)
	}
	for _, path := range configs {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		_, parseErr := catalog.ParseConfig(path, data)
		schemaErr := schema.Validate(yamlValue(t, data))
		if (parseErr == nil) != (schemaErr == nil) {
			t.Errorf("%s: parser says %v, schema says %v", path, parseErr, schemaErr)
		}
	}
	// The configs doc/config.md shows are valid to both.
	page, err := os.ReadFile("../doc/config.md")
	if err != nil {
		t.Fatal(err)
	}
	shown := 0
	for _, block := range strings.Split(string(page), "```yaml\n")[1:] {
		block, _, _ = strings.Cut(block, "```")
		if !strings.HasPrefix(block, "version: 1") {
			continue
		}
		shown++
		if _, err := catalog.ParseConfig("errcodes.yaml", []byte(block)); err != nil {
			t.Errorf("doc/config.md shows a config the parser rejects: %v\n%s", err, block)
		}
		if err := schema.Validate(yamlValue(t, []byte(block))); err != nil {
			t.Errorf("doc/config.md shows a config the schema rejects: %v\n%s", err, block)
		}
	}
	if shown < 2 {
		t.Errorf("doc/config.md shows %d configs; is the test reading them?", shown)
	}
	for _, bad := range []string{
		"catalog: [a.yaml]\n",
		"version: 1\ncodes:\n  - code: x\n    status: 4040\n",
		"version: 1\ncodes:\n  - code: x\n    status: [400, 4130]\n",
		"version: 1\ncodes:\n  - code: x\n    status: []\n",
		"version: 1\ncodes:\n  - code: x\n    status: [400, NOT_FOUND]\n",
		"version: 1\ncodes:\n  - code: x\n    mesage: y\n",
		"version: 1\nemitters:\n  - func: a.New\n    type: a.T\n    code: 0\n",
		"version: 1\nemitters:\n  - func: a.New\n",
		"version: 1\nemitters:\n  - func: bad thing\n    code: 0\n",
		"version: 1\nemitters:\n  - func: a.W\n    code: 0\n    error: 1\n",
		"version: 1\nemitters:\n  - type: a.T\n    error: Err\n",
		"version: 1\nemitters:\n  - func: a.W\n    error: {value: x}\n",
		"version: 1\nemitters:\n  - func: a.W\n    code: 0\n    status: {value: 4000}\n",
		"version: 1\nemitters:\n  - func: a.W\n    code: {value: true}\n",
		"version: 1\nemitters:\n  - func: a.W\n    code: {valu: x}\n",
	} {
		if _, err := catalog.ParseConfig("errcodes.yaml", []byte(bad)); err == nil {
			t.Errorf("parser accepts %q", bad)
		}
		if err := schema.Validate(yamlValue(t, []byte(bad))); err == nil {
			t.Errorf("schema accepts %q", bad)
		}
	}
}

func TestSchemaFormats(t *testing.T) {
	data, err := os.ReadFile("../errcodes.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range catalog.Formats() {
		if !strings.Contains(string(data), `"`+f+`"`) {
			t.Errorf("schema does not list format %q", f)
		}
	}
	if !slices.Contains(catalog.Formats(), "yaml") {
		t.Errorf("Formats() = %v lacks yaml", catalog.Formats())
	}
}

// The schema's presets enum is catalog.PresetNames, in order; the
// analyzer's TestPresetRegistry ties both to the registered presets.
func TestSchemaPresets(t *testing.T) {
	data, err := os.ReadFile("../errcodes.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	var schema struct {
		Properties struct {
			Presets struct {
				Items struct {
					Enum []string `json:"enum"`
				} `json:"items"`
			} `json:"presets"`
		} `json:"properties"`
	}
	if err := json.Unmarshal(data, &schema); err != nil {
		t.Fatal(err)
	}
	if enum := schema.Properties.Presets.Items.Enum; !slices.Equal(enum, catalog.PresetNames) {
		t.Errorf("schema presets enum %v, catalog.PresetNames %v", enum, catalog.PresetNames)
	}
	for _, p := range catalog.PresetNames {
		if _, err := catalog.ParseConfig("errcodes.yaml", []byte("version: 1\npresets: ["+p+"]\n")); err != nil {
			t.Errorf("preset %s: %v", p, err)
		}
	}
	if err := compileSchema(t).Validate(yamlValue(t, []byte("version: 1\npresets: [nosuch]\n"))); err == nil {
		t.Error("schema accepts an unknown preset")
	}
}

// The schema's format enum is exactly the formats errcodes registers, and
// a config forcing each one validates and parses.
func TestSchemaFormatEnum(t *testing.T) {
	data, err := os.ReadFile("../errcodes.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	var enums [][]string
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			if f, ok := v["format"].(map[string]any); ok {
				if e, ok := f["enum"].([]any); ok {
					var list []string
					for _, x := range e {
						list = append(list, x.(string))
					}
					enums = append(enums, list)
				}
			}
			for _, x := range v {
				walk(x)
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		}
	}
	var schema any
	if err := json.Unmarshal(data, &schema); err != nil {
		t.Fatal(err)
	}
	walk(schema)
	if len(enums) != 1 {
		t.Fatalf("%d format enums in the schema, want 1", len(enums))
	}
	// The file formats, and swaggo, which reads a source's Go files.
	want := append(slices.Clone(catalog.Formats()), catalog.SwaggoFormat)
	slices.Sort(want)
	got := slices.Clone(enums[0])
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Errorf("schema format enum %v, want catalog.Formats() and swaggo: %v", got, want)
	}
	s := compileSchema(t)
	for _, f := range catalog.Formats() {
		cfg := []byte("version: 1\ncatalog: [{path: docs/errors, format: " + f + "}]\n")
		if err := s.Validate(yamlValue(t, cfg)); err != nil {
			t.Errorf("schema rejects format %s: %v", f, err)
		}
		if _, err := catalog.ParseConfig("errcodes.yaml", cfg); err != nil {
			t.Errorf("format %s: %v", f, err)
		}
	}
	if err := s.Validate(yamlValue(t, []byte("version: 1\ncatalog: [{path: e.ini, format: ini}]\n"))); err == nil {
		t.Error("schema accepts an unknown format")
	}
}
