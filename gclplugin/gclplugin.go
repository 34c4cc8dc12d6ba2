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
// are relative to the directory of .golangci.yml: the nearest golangci-lint
// config file at or above the directory golangci-lint runs in (an editor
// may run it in a package's directory), else that directory.
//
// golangci-lint drops a diagnostic's category, so each message starts
// with it ("status: code ..."), as staticcheck's start with their check.
//
// golangci-lint caches findings and facts by the Go files, its own
// settings and the names of the analyzers, not by the files a linter
// reads. So the analyzer that does the work is named after a fingerprint
// of every config and catalog file it may use (errcodes_3f2a...): an
// edited catalog is a new analyzer, checked again. An analyzer named
// errcodes reports what that one finds, so that golangci-lint does not
// print the fingerprint before each message.
package gclplugin

import (
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
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
	settingConfig  = "config"
	settingCatalog = "catalog"
)

// InlineName is the name of the file an inline catalog is taken for, in
// the directory relative paths are relative to: errors and diagnostics
// cite it, with lines counted from the first line of the setting.
const InlineName = "settings.catalog"

type plugin struct {
	cfg         *catalog.Config // nil: the nearest errcodes.yaml above each package
	fingerprint string          // of every config and catalog file the run may read
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
		default:
			return nil, fmt.Errorf("errcodes: unknown setting %q (known: %s, %s)", k, settingConfig, settingCatalog)
		}
	}
	s, err := register.DecodeSettings[Settings](settings)
	if err != nil {
		return nil, fmt.Errorf("errcodes: %w", err)
	}
	p := new(plugin)
	switch {
	case s.Config != "" && strings.TrimSpace(s.Catalog) != "":
		return nil, fmt.Errorf("errcodes: set %s or %s, not both", settingConfig, settingCatalog)
	case s.Config != "":
		path := s.Config
		if !filepath.IsAbs(path) {
			path = filepath.Join(baseDir(), path)
		}
		if p.cfg, err = catalog.LoadConfig(path); err == nil {
			err = check(p.cfg)
		}
		if err != nil {
			return nil, fmt.Errorf("errcodes: setting %s:\n%w", settingConfig, err)
		}
	case strings.TrimSpace(s.Catalog) != "":
		if p.cfg, err = catalog.ParseConfig(filepath.Join(baseDir(), InlineName), []byte(s.Catalog)); err == nil {
			err = check(p.cfg)
		}
		if err != nil {
			return nil, fmt.Errorf("errcodes: setting %s:\n%w", settingCatalog, err)
		}
	}
	var fp []byte
	if p.cfg != nil {
		fp = p.cfg.Fingerprint()
	} else {
		var configs []string
		if wd, err := os.Getwd(); err == nil {
			configs = catalog.ConfigsInScope(wd)
		}
		fp = catalog.FingerprintConfigs(configs)
	}
	p.fingerprint = hex.EncodeToString(fp[:8])
	return p, nil
}

// golangciConfigs are the names golangci-lint looks for its config under.
var golangciConfigs = []string{".golangci.yml", ".golangci.yaml", ".golangci.toml", ".golangci.json"}

// baseDir returns the directory relative paths in the settings are
// relative to: the nearest one at or above the working directory that
// holds a golangci-lint config, else the working directory. golangci-lint
// does not tell a plugin where its config is.
func baseDir() string {
	wd, err := os.Getwd()
	if err != nil {
		return "."
	}
	for dir := wd; ; dir = filepath.Dir(dir) {
		for _, name := range golangciConfigs {
			if fi, err := os.Stat(filepath.Join(dir, name)); err == nil && fi.Mode().IsRegular() {
				return dir
			}
		}
		if filepath.Dir(dir) == dir {
			return wd
		}
	}
}

// check loads the catalog files cfg names, so that a broken one is
// reported, with its file and line, before any package is loaded.
func check(cfg *catalog.Config) error {
	_, err := cfg.LoadCatalog()
	return err
}

// BuildAnalyzers returns the analyzers golangci-lint runs: errcodes, which
// reports what the errcodes analyzer named after the fingerprint finds,
// and that one, which golangci-lint must know by name to key its cache.
func (p *plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	work := analyzer.New(analyzer.Options{Config: p.cfg})
	work.Name = analyzer.Name + "_" + p.fingerprint
	run := work.Run
	work.ResultType = reflect.TypeFor[*found]()
	work.Run = func(pass *analysis.Pass) (any, error) {
		f := new(found)
		collect := *pass
		collect.Report = func(d analysis.Diagnostic) { f.diags = append(f.diags, d) }
		// An error is the reporting analyzer's to return, so that
		// golangci-lint cites it under errcodes.
		_, f.err = run(&collect)
		return f, nil
	}
	report := &analysis.Analyzer{
		Name:     analyzer.Name,
		Doc:      work.Doc,
		URL:      work.URL,
		Requires: []*analysis.Analyzer{work},
		Run: func(pass *analysis.Pass) (any, error) {
			f := pass.ResultOf[work].(*found)
			for _, d := range f.diags {
				if d.Category != "" {
					d.Message = d.Category + ": " + d.Message
				}
				// golangci-lint makes each related position an issue of
				// its own, at the finding's position; the message already
				// cites the catalog entry.
				d.Related = nil
				pass.Report(d)
			}
			return nil, f.err
		},
	}
	return []*analysis.Analyzer{report, work}, nil
}

// found is what the working analyzer found in a package.
type found struct {
	diags []analysis.Diagnostic
	err   error
}

// GetLoadMode returns the load mode errcodes needs: types, for emitters,
// and facts, for wrappers in other packages.
func (p *plugin) GetLoadMode() string { return register.LoadModeTypesInfo }
