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
		// r.Get(pattern, handlerFn) and the other registrations, on
		// the *chi.Mux and on the chi.Router of a group or sub-router,
		// under the prefixes of Route and Mount. Its handlers are
		// net/http's.
		routes: chiRoutes(),
	})
}

const (
	renderPkg = "github.com/go-chi/render"
	chiPkg    = "github.com/go-chi/chi/v5"
)

// chiRoutes returns chi's route functions, methods of both *chi.Mux and
// the chi.Router interface.
func chiRoutes() map[string]routeFunc {
	routes := map[string]routeFunc{
		chiPkg + ".NewRouter": {kind: routeNew},
		chiPkg + ".NewMux":    {kind: routeNew},
	}
	for _, t := range []string{".Mux.", ".Router."} {
		for _, m := range httpMethods {
			routes[chiPkg+t+m[:1]+strings.ToLower(m[1:])] = routeFunc{handler: 1, method: m}
		}
		routes[chiPkg+t+"Handle"] = routeFunc{handler: 1}
		routes[chiPkg+t+"HandleFunc"] = routeFunc{handler: 1}
		routes[chiPkg+t+"Method"] = routeFunc{path: 1, handler: 2, methodAt: 1}
		routes[chiPkg+t+"MethodFunc"] = routeFunc{path: 1, handler: 2, methodAt: 1}
		routes[chiPkg+t+"Mount"] = routeFunc{kind: routeMount, handler: 1}
		routes[chiPkg+t+"Route"] = routeFunc{kind: routeSub}
		routes[chiPkg+t+"Group"] = routeFunc{kind: routeGroup, path: -1}
		routes[chiPkg+t+"With"] = routeFunc{kind: routeSame, path: -1}
	}
	return routes
}

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
