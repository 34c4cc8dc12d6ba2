package analyzer

import (
	"go/ast"
	"go/types"
	"strings"
)

// The fiber preset: c.Status(status).JSON(body), and c.JSON(body) alone.
//
//	return c.Status(fiber.StatusNotFound).JSON(fiber.Map{"code": "order_not_found"})
func init() {
	registerPreset(&preset{
		name:     "fiber",
		packages: []string{fiberPkg},
		call:     fiberCall,
		handler: func(sig *types.Signature) bool {
			// func(*fiber.Ctx) error, of any major version
			if !returnsError(sig) || sig.Params().Len() != 1 {
				return false
			}
			t := types.TypeString(sig.Params().At(0).Type(), nil)
			return strings.HasPrefix(t, "*github.com/gofiber/fiber/") && strings.HasSuffix(t, ".Ctx")
		},
	})
}

const fiberPkg = "github.com/gofiber/fiber/v2"

// The calls the fiber preset recognises, as funcKey names them.
const (
	keyFiberJSON   = fiberPkg + ".Ctx.JSON"
	keyFiberStatus = fiberPkg + ".Ctx.Status"
)

func fiberCall(c *checker, call *ast.CallExpr, _ *types.Func, key string) *site {
	if key != keyFiberJSON {
		return nil
	}
	args := c.presetArgs(call)
	if len(args) == 0 {
		return nil
	}
	// c.Status(s).JSON(body) writes s; c.JSON(body) alone writes
	// whatever status an earlier statement set, 200 OK if none.
	var status ast.Expr
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if inner, ok := ast.Unparen(sel.X).(*ast.CallExpr); ok && c.calls(inner, keyFiberStatus) {
			if sargs := c.presetArgs(inner); len(sargs) == 1 {
				status = sargs[0]
			}
		}
	}
	return c.bodySite(call, status, args[0], false)
}
