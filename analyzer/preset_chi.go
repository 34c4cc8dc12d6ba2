package analyzer

import (
	"go/ast"
	"go/types"
	"strings"
)

// The chi preset: go-chi/render's status and JSON writers, over two
// statements, and the routes of a chi router.
//
//	render.Status(r, http.StatusNotFound)
//	render.JSON(w, r, map[string]string{"code": "order_not_found"})
func init() {
	registerPreset(&preset{
		name:      "chi",
		packages:  []string{renderPkg},
		setStatus: chiSetStatus,
		writeBody: chiWriteBody,
		// r.Get(pattern, handlerFn) on the root *chi.Mux only: a
		// sub-router may be mounted under a prefix errcodes cannot see.
		// Its handlers are net/http's.
		routes: methodRoutes(func(m string) (string, routeFunc) {
			return chiPkg + ".Mux." + m[:1] + strings.ToLower(m[1:]), routeFunc{handler: 1, method: m, recv: chiPkg + ".Mux"}
		}),
	})
}

const (
	renderPkg = "github.com/go-chi/render"
	chiPkg    = "github.com/go-chi/chi/v5"
)

// The calls the chi preset recognises, as funcKey names them.
const (
	keyRenderStatus  = renderPkg + ".Status"
	keyRenderJSON    = renderPkg + ".JSON"
	keyRenderDefault = renderPkg + ".DefaultResponder"
)

// chiSetStatus recognises render.Status(r, status): its target is r.
func chiSetStatus(c *checker, _ *ast.CallExpr, key string, args []ast.Expr) (types.Object, ast.Expr) {
	if key != keyRenderStatus || len(args) != 2 {
		return nil, nil
	}
	if t := c.identObj(args[0]); t != nil {
		return t, args[1]
	}
	return nil, nil
}

// chiWriteBody recognises render.JSON(w, r, body) and
// render.DefaultResponder(w, r, body): their target is r.
func chiWriteBody(c *checker, _ *ast.CallExpr, key string, args []ast.Expr) (types.Object, ast.Expr) {
	if (key != keyRenderJSON && key != keyRenderDefault) || len(args) != 3 {
		return nil, nil
	}
	if t := c.identObj(args[1]); t != nil {
		return t, args[2]
	}
	return nil, nil
}
