package analyzer

import (
	"go/ast"
	"go/constant"
	"go/types"
	"strings"

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

var routeFuncs = map[string]routeFunc{
	"net/http.ServeMux.HandleFunc": {handler: 1},
	"net/http.ServeMux.Handle":     {handler: 1},
	"net/http.HandleFunc":          {handler: 1},
	"net/http.Handle":              {handler: 1},
}

func init() {
	for _, m := range []string{"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"} {
		// gin: engine.GET(path, handlers...), methods promoted from RouterGroup.
		routeFuncs["github.com/gin-gonic/gin.RouterGroup."+m] = routeFunc{handler: -1, method: m, recv: "github.com/gin-gonic/gin.Engine"}
		// echo: e.GET(path, handler, middleware...).
		routeFuncs["github.com/labstack/echo/v4.Echo."+m] = routeFunc{handler: 1, method: m, recv: "github.com/labstack/echo/v4.Echo"}
		// chi: r.Get(pattern, handlerFn) on the root *chi.Mux.
		chi := m[:1] + strings.ToLower(m[1:])
		routeFuncs["github.com/go-chi/chi/v5.Mux."+chi] = routeFunc{handler: 1, method: m, recv: "github.com/go-chi/chi/v5.Mux"}
	}
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
		c.ignores = c.fileIgnores[c.pass.Fset.File(r.arg.Pos()).Name()]
		c.checkSummaryForEndpoint(r.arg, r.handler, r.endpoint)
	}
}
