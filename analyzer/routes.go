package analyzer

import (
	"go/ast"
	"go/constant"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// Route registrations. A handler registered for a route the catalog
// names (an OpenAPI operation's "METHOD /path") is checked as that
// endpoint, as if marked with //errcodes:endpoint.

// routeFuncs are the functions that register a handler: the pattern is
// argument 0, the handler argument 1.
var routeFuncs = map[string]bool{
	"net/http.ServeMux.HandleFunc": true,
	"net/http.ServeMux.Handle":     true,
	"net/http.HandleFunc":          true,
	"net/http.Handle":              true,
}

// findRoutes records, for each handler of this package registered with
// a constant pattern that the catalog maps to an endpoint, that endpoint.
func (c *checker) findRoutes() {
	c.routes = make(map[*types.Func]string)
	if len(c.cat.Routes) == 0 {
		return
	}
	info := c.pass.TypesInfo
	for _, f := range c.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) != 2 {
				return true
			}
			fn, ok := typeutil.Callee(info, call).(*types.Func)
			if !ok || !routeFuncs[funcKey(fn)] {
				return true
			}
			tv, ok := info.Types[call.Args[0]]
			if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
				return true
			}
			endpoint, ok := c.cat.EndpointForRoute(constant.StringVal(tv.Value))
			if !ok {
				return true
			}
			if h := handlerFunc(info, call.Args[1]); h != nil && h.Pkg() == c.pass.Pkg {
				c.routes[h] = endpoint
			}
			return true
		})
	}
}

// handlerFunc returns the function or method a handler expression names:
// f, pkg.F, h.Method, or any of them converted to http.HandlerFunc.
func handlerFunc(info *types.Info, e ast.Expr) *types.Func {
	e = ast.Unparen(e)
	if call, ok := e.(*ast.CallExpr); ok && len(call.Args) == 1 {
		if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
			return handlerFunc(info, call.Args[0])
		}
		return nil
	}
	switch e := e.(type) {
	case *ast.Ident:
		fn, _ := info.Uses[e].(*types.Func)
		return fn
	case *ast.SelectorExpr:
		if sel := info.Selections[e]; sel != nil {
			if sel.Kind() == types.MethodVal {
				fn, _ := sel.Obj().(*types.Func)
				return fn
			}
			return nil
		}
		fn, _ := info.Uses[e.Sel].(*types.Func)
		return fn
	}
	return nil
}
