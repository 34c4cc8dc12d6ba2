package analyzer

import (
	"go/ast"
	"go/constant"
	"go/types"
	"strings"

	"github.com/errcodes/errcodes/catalog"

	"golang.org/x/tools/go/types/typeutil"
)

// Route registrations. A handler registered for a route the catalog
// names (an OpenAPI operation's "METHOD /path") is checked as that
// endpoint, as if marked with //errcodes:endpoint.

// A routeFunc registers a handler: the path (or "METHOD /path" pattern)
// is argument 0 and the handler is argument handler (-1: the last, after
// any middleware). method is the HTTP method the function implies, ""
// when the pattern carries it. recv, when set, is the receiver type the
// call must have: routers that a group or sub-router may have prefixed
// with a path errcodes cannot see are left alone.
type routeFunc struct {
	handler int
	method  string
	recv    string
}

// routeFuncs are the route functions of every registered preset, by
// funcKey, whichever presets a config enables (see preset.routes).
var routeFuncs = make(map[string]routeFunc)

// httpMethods are the methods routers have a registration function for.
var httpMethods = []string{"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"}

// methodRoutes returns the route functions fn names for each HTTP method,
// for routers with one function per method: engine.GET, r.Get.
func methodRoutes(fn func(method string) (key string, rf routeFunc)) map[string]routeFunc {
	routes := make(map[string]routeFunc, len(httpMethods))
	for _, m := range httpMethods {
		key, rf := fn(m)
		routes[key] = rf
	}
	return routes
}

// findRoutes records, for each handler of this package registered with
// a constant pattern that the catalog maps to an endpoint, that endpoint.
func (c *checker) findRoutes() {
	c.routes = make(map[*types.Func]string)
	if c.result != nil {
		c.routePatterns = make(map[*types.Func]string)
	} else if len(c.cat.Routes) == 0 {
		return
	}
	c.findAnnotatedRoutes()
	info := c.pass.TypesInfo
	for _, f := range c.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) < 2 || call.Ellipsis.IsValid() {
				return true
			}
			fn, ok := typeutil.Callee(info, call).(*types.Func)
			if !ok {
				return true
			}
			rf, ok := routeFuncs[funcKey(fn)]
			if !ok || rf.recv != "" && !receiverIs(info, call, rf.recv) {
				return true
			}
			tv, ok := info.Types[call.Args[0]]
			if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
				return true
			}
			pattern := constant.StringVal(tv.Value)
			if rf.method != "" {
				pattern = rf.method + " " + pattern
			}
			endpoint, ok := c.cat.EndpointForRoute(pattern)
			if !ok && c.result == nil {
				return true
			}
			arg := call.Args[len(call.Args)-1]
			if rf.handler >= 0 {
				arg = call.Args[rf.handler]
			}
			switch h := handlerFunc(info, arg); {
			case h == nil:
			case h.Pkg() == c.pass.Pkg:
				if ok {
					c.routes[h] = endpoint
				}
				if c.result != nil {
					c.routePatterns[h.Origin()] = pattern
				}
			default:
				// A handler of another package: checked through its
				// summary, at the registration.
				r := foreignRoute{arg, h.Origin(), endpoint, pattern}
				if ok {
					c.foreignRoutes = append(c.foreignRoutes, r)
				}
				if c.result != nil {
					c.foreignPatterns = append(c.foreignPatterns, r)
				}
			}
			return true
		})
	}
}

// receiverIs reports whether the method call's receiver has type want
// (pkgpath.Type), or a pointer to it.
func receiverIs(info *types.Info, call *ast.CallExpr, want string) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	tv, ok := info.Types[sel.X]
	if !ok {
		return false
	}
	n := namedOf(tv.Type)
	return n != nil && typeKey(n) == want
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

// A foreignRoute registers a handler declared in another package.
type foreignRoute struct {
	arg      ast.Expr
	handler  *types.Func
	endpoint string
	pattern  string
}

// checkForeignRoutes reports the codes a handler of another package may
// return, by its summary, that the catalog documents only for other
// endpoints than the one its route serves.
func (c *checker) checkForeignRoutes() {
	for _, r := range c.foreignRoutes {
		c.reportThrough(r.arg, c.checkSummaryForEndpoint(r.arg, r.handler, r.endpoint))
	}
}

// findAnnotatedRoutes records, for each function of this package whose
// doc comment carries a swaggo @Router annotation for a route the catalog
// maps to an endpoint, that endpoint: the annotation documents the
// function itself, so no router needs reading.
func (c *checker) findAnnotatedRoutes() {
	for _, f := range c.pass.Files {
		for _, decl := range f.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || fd.Doc == nil {
				continue
			}
			text := fd.Doc.Text()
			if !strings.Contains(strings.ToLower(text), "@router") {
				continue
			}
			fn, ok := c.pass.TypesInfo.Defs[fd.Name].(*types.Func)
			if !ok {
				continue
			}
			for _, route := range catalog.SwaggoRoutes(text) {
				if endpoint, ok := c.cat.EndpointForRoute(route); ok {
					c.routes[fn] = endpoint
					break
				}
			}
		}
	}
}
