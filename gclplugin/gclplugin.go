// Package gclplugin is errcodes as a golangci-lint v2 module plugin,
// registered under the name errcodes.
//
// Its settings mirror the errcodes command's flags:
//
//	linters:
//	  settings:
//	    custom:
//	      errcodes:
//	        type: module
//	        settings:
//	          config: api/errcodes.yaml   # the -config flag: one config for every package
//	          # or catalog: |             # the content of an errcodes.yaml, inline
//	          #   version: 1
//	          #   ...
//
// With neither, each package uses the errcodes.yaml nearest above it. A
// relative config path, and the catalog files an inline catalog names,
// are relative to the directory golangci-lint runs in.
//
// golangci-lint drops a diagnostic's category, so each message starts
// with it ("status: code ..."), as staticcheck's start with their check.
//
// golangci-lint caches results by the Go files and its own settings, not
// by the files a linter reads. The plugin therefore adds a fingerprint of
// every config and catalog file it may use to its settings, which
// golangci-lint hashes into its cache key after building its linters:
// an edited catalog is checked again.
package gclplugin

import (
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/errcodes/errcodes/analyzer"
	"github.com/errcodes/errcodes/catalog"
)

func init() {
	register.Plugin(analyzer.Name, New)
}

// Settings are the plugin's settings in .golangci.yml. At most one of
// Config and Catalog is set.
type Settings struct {
	// Config is the path of the errcodes.yaml to use for every package,
	// as the -config flag.
	Config string `json:"config"`

	// Catalog is the content of an errcodes.yaml, for a repository that
	// keeps none where the packages are.
	Catalog string `json:"catalog"`
}

// Setting names.
const (
	settingConfig      = "config"
	settingCatalog     = "catalog"
	settingFingerprint = "fingerprint" // added by New, for golangci-lint's cache
)

// InlineName is the name an inline catalog goes by in errors and in the
// positions diagnostics cite; its lines are counted from the first line
// of the setting.
const InlineName = "settings.catalog"

type plugin struct {
	settings Settings
	cfg      *catalog.Config // nil: the nearest errcodes.yaml above each package
}

// New returns the plugin for the settings golangci-lint read from its
// config. A config that does not load is an error here, with its file
// and line, before any package is loaded.
func New(settings any) (register.LinterPlugin, error) {
	raw, _ := settings.(map[string]any)
	if settings != nil && raw == nil {
		return nil, fmt.Errorf("errcodes: settings must be a mapping with %s or %s, not %T", settingConfig, settingCatalog, settings)
	}
	for k, v := range raw {
		switch k {
		case settingConfig, settingCatalog:
			if _, ok := v.(string); !ok {
				return nil, fmt.Errorf("errcodes: setting %s must be a string, not %T", k, v)
			}
		case settingFingerprint:
		default:
			return nil, fmt.Errorf("errcodes: unknown setting %q (known: %s, %s)", k, settingConfig, settingCatalog)
		}
	}
	clean := make(map[string]any, len(raw))
	for k, v := range raw {
		if k != settingFingerprint {
			clean[k] = v
		}
	}
	s, err := register.DecodeSettings[Settings](clean)
	if err != nil {
		return nil, fmt.Errorf("errcodes: %w", err)
	}
	p := &plugin{settings: s}
	var configs []string // the config files whose content the run depends on
	switch {
	case s.Config != "" && strings.TrimSpace(s.Catalog) != "":
		return nil, fmt.Errorf("errcodes: set %s or %s, not both", settingConfig, settingCatalog)
	case s.Config != "":
		path, err := filepath.Abs(s.Config)
		if err != nil {
			return nil, fmt.Errorf("errcodes: setting %s: %w", settingConfig, err)
		}
		if p.cfg, err = catalog.LoadConfig(path); err == nil {
			err = check(p.cfg)
		}
		if err != nil {
			return nil, fmt.Errorf("errcodes: setting %s:\n%w", settingConfig, err)
		}
	case strings.TrimSpace(s.Catalog) != "":
		if p.cfg, err = catalog.ParseConfig(InlineName, []byte(s.Catalog)); err == nil {
			err = check(p.cfg)
		}
		if err != nil {
			return nil, fmt.Errorf("errcodes: setting %s:\n%w", settingCatalog, err)
		}
	default:
		if wd, err := os.Getwd(); err == nil {
			configs = catalog.ConfigsInScope(wd)
		}
	}
	if raw != nil {
		raw[settingFingerprint] = p.fingerprint(configs)
	}
	return p, nil
}

// check loads the catalog files cfg names, so that a broken one is
// reported, with its file and line, before any package is loaded.
func check(cfg *catalog.Config) error {
	_, err := cfg.LoadCatalog()
	return err
}

// fingerprint returns a hash of what the analysis depends on besides the
// Go files: the config in use and its catalog files, or each config in
// paths.
func (p *plugin) fingerprint(paths []string) string {
	if p.cfg != nil {
		return hex.EncodeToString(p.cfg.Fingerprint())
	}
	return hex.EncodeToString(catalog.FingerprintConfigs(paths))
}

// BuildAnalyzers returns the errcodes analyzer, with the config of the
// settings, if any.
func (p *plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	a := analyzer.New(analyzer.Options{Config: p.cfg})
	run := a.Run
	a.Run = func(pass *analysis.Pass) (any, error) {
		return run(withCategories(pass))
	}
	return []*analysis.Analyzer{a}, nil
}

// withCategories returns a copy of pass whose diagnostics' messages start
// with their category, which golangci-lint does not show.
func withCategories(pass *analysis.Pass) *analysis.Pass {
	p := *pass
	report := pass.Report
	p.Report = func(d analysis.Diagnostic) {
		if d.Category != "" {
			d.Message = d.Category + ": " + d.Message
		}
		report(d)
	}
	return &p
}

// GetLoadMode returns the load mode errcodes needs: types, for emitters,
// and facts, for wrappers in other packages.
func (p *plugin) GetLoadMode() string { return register.LoadModeTypesInfo }
