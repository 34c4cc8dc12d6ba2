package analyzer

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"github.com/errcodes/errcodes/catalog"

	"golang.org/x/tools/go/types/typeutil"
)

// Route registrations. A handler registered for a route the catalog
// names (an OpenAPI operation's "METHOD /path") is checked as that
// endpoint, as if marked with //errcodes:endpoint.
//
// Routes are read as services register them: on a router errcodes traces
// to its constructor (net/http's ServeMux, chi, gorilla/mux), under the
// prefixes of the sub-routers, groups and mounts in between (chi's Route,
// Group, With and Mount, gorilla's PathPrefix(...).Subrouter(),
// http.StripPrefix), with handlers passed through the package's own
// adapters and handler factories, and from route tables: literal slices
// of structs ranged over and registered. A route errcodes cannot read with
// certainty (a path that is not a constant, a handler chosen at run time,
// a router whose prefix it cannot trace) is left unmapped.

// A routeKind says what a route function does.
type routeKind uint8

const (
	routeHandle       routeKind = iota // registers the handler for the path (or "METHOD /path" pattern)
	routeNew                           // returns a new router: the root, unless mounted
	routeMount                         // chi's Mount: the handler, a router, serves under the path as a prefix
	routeSub                           // chi's Route: the function argument's router, and the one returned, serve under the path
	routeGroup                         // chi's Group: the function argument's router serves under the same prefix
	routeSame                          // chi's With: returns a router with the same prefix
	routeBuild                         // gorilla's Path, Name, NewRoute...: a *Route with the path, if any
	routeBuildPrefix                   // gorilla's PathPrefix: a *Route matching a path prefix
	routeMethods                       // gorilla's Methods: the route's methods, every argument
	routeSubrouter                     // gorilla's Route.Subrouter: a router under the route's path prefix
	routeSetHandler                    // gorilla's Route.Handler and HandlerFunc: the handler, argument 0
	routeStripPrefix                   // http.StripPrefix(prefix, h): h serves with prefix removed
	routeNeutralBuild                  // gorilla's Host, Queries, Headers, Schemes, Name: no change to path or method
)

// A routeFunc is a function that registers, builds or makes routers. For
// routeHandle, the path (or "METHOD /path" pattern) is argument path and
// the handler argument handler (-1: the last, after any middleware);
// method is the HTTP method the function implies, "" when the pattern
// carries it or the route takes any; methodAt, when not 0, is 1 + the
// index of an argument that gives the method (chi's Method). recv, when
// set, is the receiver type the call must have, for routers errcodes does
// not trace (gin, echo): their groups may have prefixed the route with a
// path errcodes cannot see.
type routeFunc struct {
	kind     routeKind
	path     int
	handler  int
	method   string
	methodAt int
	recv     string
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

// A routeSeen is a route a handler is registered for: the pattern, and
// the catalog endpoint it serves ("" when none).
type routeSeen struct {
	pattern  string
	endpoint string
}

// A router is a router value as errcodes traces it: its origin (the
// constructor call that made it, an untraced variable of a root router's
// type, or defaultMux) and the path prefix it adds to its origin's.
type router struct {
	origin any
	prefix string
}

// defaultMux is the origin of http.DefaultServeMux, which http.Handle
// and http.HandleFunc register on.
type defaultMuxOrigin struct{}

var defaultMux defaultMuxOrigin

// A mount serves a router under another: the mounted router's full
// prefix is by's, then rel.
type mount struct {
	by  router
	rel string
}

// A pendingRoute is a registration read in full but for its router's
// full prefix, known once every mount of the package is.
type pendingRoute struct {
	arg     ast.Expr // the handler argument, where another package's handler is checked
	handler *types.Func
	router  router
	methods []string // nil: any
	path    string
}

// A routeReader reads the route registrations of one package.
type routeReader struct {
	c    *checker
	info *types.Info

	parent  map[*ast.CallExpr]*ast.CallExpr // x.M() of call x, in chains
	stmts   map[*ast.CallExpr]bool          // calls whose value is discarded
	assigns map[types.Object][]ast.Expr     // what each variable and field is assigned; a nil entry when it cannot be read
	calls   map[*types.Func][]*ast.CallExpr // static calls of the package's functions
	decls   map[*types.Func]*ast.FuncDecl
	ranges  map[*types.Var]*ast.RangeStmt // range value variables

	routers     map[types.Object]*router // memo of routerOfVar; nil while in progress or unknown
	routerDone  map[types.Object]bool
	funcRouter  map[*types.Func]*router
	funcDone    map[*types.Func]bool
	adapters    map[*types.Func]int   // adapterOf memo
	litAdapting map[*ast.FuncLit]bool // adapterOf in progress

	mounts      map[any][]mount
	unreadMount bool // a mount of something of this package errcodes could not trace
	pending     []pendingRoute
}

// findRoutes records, for each handler of this package registered with
// a constant pattern that the catalog maps to an endpoint, that endpoint.
func (c *checker) findRoutes() {
	c.routes = make(map[*types.Func]string)
	if c.result != nil {
		c.routePatterns = make(map[*types.Func][]routeSeen)
	} else if len(c.cat.Routes) == 0 {
		return
	}
	c.findAnnotatedRoutes()
	rr := newRouteReader(c)
	for _, f := range c.checkedFiles() {
		ast.Inspect(f, func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok {
				rr.registration(call)
			}
			return true
		})
	}
	conflicts := make(map[*types.Func]bool)
	for _, p := range rr.pending {
		full, ok := rr.fullPrefix(p.router.origin, 0)
		if !ok {
			continue
		}
		path, ok := joinPath(full+p.router.prefix, p.path)
		if !ok {
			continue
		}
		patterns := []string{path}
		if p.methods != nil {
			patterns = patterns[:0]
			for _, m := range p.methods {
				patterns = append(patterns, m+" "+path)
			}
		}
		for _, pattern := range patterns {
			c.addRoute(p, pattern, conflicts)
		}
	}
}

// addRoute records that handler p.handler serves pattern. A handler that
// serves two endpoints is checked as neither.
func (c *checker) addRoute(p pendingRoute, pattern string, conflicts map[*types.Func]bool) {
	h := p.handler
	endpoint, ok := c.cat.EndpointForRoute(pattern)
	if !ok && c.result == nil {
		return
	}
	if h.Pkg() == c.pass.Pkg {
		if ok && !conflicts[h] {
			if prev, seen := c.routes[h]; seen && prev != endpoint {
				delete(c.routes, h)
				conflicts[h] = true
			} else {
				c.routes[h] = endpoint
			}
		}
		if c.result != nil {
			c.routePatterns[h.Origin()] = append(c.routePatterns[h.Origin()], routeSeen{pattern, endpoint})
		}
		return
	}
	// A handler of another package: checked through its summary, at the
	// registration.
	r := foreignRoute{p.arg, h.Origin(), endpoint, pattern}
	if ok {
		c.foreignRoutes = append(c.foreignRoutes, r)
	}
	if c.result != nil {
		c.foreignPatterns = append(c.foreignPatterns, r)
	}
}

// joinPath returns prefix followed by path, a pattern that may start
// with a method ("GET /x", net/http's and chi's): the method stays first.
func joinPath(prefix, path string) (string, bool) {
	method, rest, hasMethod := strings.Cut(path, " ")
	if !hasMethod {
		rest = path
	}
	if prefix != "" {
		if !strings.HasPrefix(rest, "/") {
			return "", false // a host pattern under a prefix
		}
		rest = strings.TrimSuffix(prefix, "/") + rest
	}
	if hasMethod {
		return method + " " + rest, true
	}
	return rest, true
}

func newRouteReader(c *checker) *routeReader {
	rr := &routeReader{
		c:           c,
		info:        c.pass.TypesInfo,
		parent:      make(map[*ast.CallExpr]*ast.CallExpr),
		stmts:       make(map[*ast.CallExpr]bool),
		assigns:     make(map[types.Object][]ast.Expr),
		calls:       make(map[*types.Func][]*ast.CallExpr),
		decls:       make(map[*types.Func]*ast.FuncDecl),
		ranges:      make(map[*types.Var]*ast.RangeStmt),
		routers:     make(map[types.Object]*router),
		routerDone:  make(map[types.Object]bool),
		funcRouter:  make(map[*types.Func]*router),
		funcDone:    make(map[*types.Func]bool),
		adapters:    make(map[*types.Func]int),
		litAdapting: make(map[*ast.FuncLit]bool),
		mounts:      make(map[any][]mount),
	}
	info := rr.info
	// Test files are not read: a test may build its own router.
	for _, f := range c.checkedFiles() {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncDecl:
				if fn, ok := info.Defs[n.Name].(*types.Func); ok {
					rr.decls[fn] = n
				}
			case *ast.CallExpr:
				if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok {
					if x, ok := ast.Unparen(sel.X).(*ast.CallExpr); ok {
						rr.parent[x] = n
					}
				}
				if fn := typeutil.StaticCallee(info, n); fn != nil && fn.Pkg() == c.pass.Pkg {
					rr.calls[fn.Origin()] = append(rr.calls[fn.Origin()], n)
				}
			case *ast.ExprStmt:
				if call, ok := ast.Unparen(n.X).(*ast.CallExpr); ok {
					rr.stmts[call] = true
				}
			case *ast.AssignStmt:
				for i, l := range n.Lhs {
					obj := rr.lhsObj(l)
					if obj == nil {
						continue
					}
					if len(n.Lhs) == len(n.Rhs) && (n.Tok == token.ASSIGN || n.Tok == token.DEFINE) {
						rr.assigns[obj] = append(rr.assigns[obj], n.Rhs[i])
					} else {
						rr.assigns[obj] = append(rr.assigns[obj], nil)
					}
				}
			case *ast.ValueSpec:
				for i, id := range n.Names {
					obj := info.Defs[id]
					if obj == nil {
						continue
					}
					if len(n.Values) == len(n.Names) {
						rr.assigns[obj] = append(rr.assigns[obj], n.Values[i])
					} else if len(n.Values) > 0 {
						rr.assigns[obj] = append(rr.assigns[obj], nil)
					}
				}
			case *ast.UnaryExpr:
				if n.Op == token.AND {
					if obj := rr.lhsObj(n.X); obj != nil {
						rr.assigns[obj] = append(rr.assigns[obj], nil) // may be set through the pointer
					}
				}
			case *ast.CompositeLit:
				if st, ok := typeOfLit(info, n).(*types.Struct); ok {
					for _, elt := range n.Elts {
						kv, ok := elt.(*ast.KeyValueExpr)
						if !ok {
							continue
						}
						if id, ok := kv.Key.(*ast.Ident); ok {
							if i := fieldIndex(st, id.Name); i >= 0 {
								rr.assigns[st.Field(i)] = append(rr.assigns[st.Field(i)], kv.Value)
							}
						}
					}
				}
			case *ast.RangeStmt:
				if id, ok := n.Value.(*ast.Ident); ok && n.Tok == token.DEFINE {
					if v, ok := info.Defs[id].(*types.Var); ok {
						rr.ranges[v] = n
					}
				}
			}
			return true
		})
	}
	return rr
}

// typeOfLit returns the underlying type of a composite literal.
func typeOfLit(info *types.Info, lit *ast.CompositeLit) types.Type {
	tv, ok := info.Types[lit]
	if !ok {
		return nil
	}
	t := tv.Type.Underlying()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem().Underlying()
	}
	return t
}

// lhsObj returns the variable or field an assignment's left side sets.
func (rr *routeReader) lhsObj(e ast.Expr) types.Object {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		if obj := rr.info.Defs[e]; obj != nil {
			return obj
		}
		return rr.info.Uses[e]
	case *ast.SelectorExpr:
		if sel := rr.info.Selections[e]; sel != nil && sel.Kind() == types.FieldVal {
			return sel.Obj()
		}
		return rr.info.Uses[e.Sel] // a package-level variable of another package
	}
	return nil
}

// routeFuncOf returns the route function call calls, with its funcKey.
func (rr *routeReader) routeFuncOf(call *ast.CallExpr) (routeFunc, bool) {
	fn, ok := typeutil.Callee(rr.info, call).(*types.Func)
	if !ok {
		return routeFunc{}, false
	}
	rf, ok := routeFuncs[funcKey(fn)]
	return rf, ok
}

// recvOf returns the receiver expression of a method call x.M(...), or
// nil for a call of a function.
func (rr *routeReader) recvOf(call *ast.CallExpr) ast.Expr {
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if s := rr.info.Selections[sel]; s != nil && s.Kind() == types.MethodVal {
			return sel.X
		}
	}
	return nil
}

// registration reads call, if it registers a handler or mounts a router,
// and records what it reads.
func (rr *routeReader) registration(call *ast.CallExpr) {
	rf, ok := rr.routeFuncOf(call)
	if !ok || call.Ellipsis.IsValid() {
		return
	}
	switch rf.kind {
	case routeHandle:
		rr.handle(call, rf)
	case routeMount:
		rr.chiMount(call, rf)
	case routeSub, routeGroup:
		// The function literal's router parameter: read when a
		// registration inside it asks for its router.
	case routeSetHandler:
		rr.gorillaHandler(call)
	}
}

// handle reads a registration of a handler for a path.
func (rr *routeReader) handle(call *ast.CallExpr, rf routeFunc) {
	if len(call.Args) < 2 || rf.path >= len(call.Args) {
		return
	}
	if rf.recv != "" {
		// A router errcodes does not trace: on the root type only.
		if !receiverIs(rr.info, call, rf.recv) {
			return
		}
	}
	env := rr.tableEnvs(call)
	for _, e := range env {
		var base router
		if rf.recv != "" {
			base = router{origin: rf.recv}
		} else if recv := rr.recvOf(call); recv != nil {
			b, ok := rr.routerOf(recv, nil)
			if !ok {
				return
			}
			base = *b
		} else {
			base = router{origin: defaultMux} // http.Handle, http.HandleFunc
		}
		path, ok := rr.pathOf(call.Args[rf.path], e)
		if !ok {
			continue
		}
		arg := call.Args[len(call.Args)-1]
		if rf.handler >= 0 {
			if rf.handler >= len(call.Args) {
				continue
			}
			arg = call.Args[rf.handler]
		}
		var methods []string
		switch {
		case rf.method != "":
			methods = []string{rf.method}
		case rf.methodAt > 0:
			if rf.methodAt > len(call.Args) {
				continue
			}
			m, ok := rr.stringOf(call.Args[rf.methodAt-1], e)
			if !ok {
				continue
			}
			methods = []string{strings.ToUpper(m)}
		default:
			var known bool
			if methods, known = rr.chainMethods(call, e); !known {
				continue
			}
		}
		if strings.Contains(path, " ") && methods != nil {
			continue // a method in the pattern and one beside it
		}
		rr.serve(call, base, methods, path, arg, e)
	}
}

// serve records that arg is served at path (relative to base) for
// methods: a handler's route, or a router mounted there.
func (rr *routeReader) serve(call *ast.CallExpr, base router, methods []string, path string, arg ast.Expr, env routeEnv) {
	inner, strip, ok := rr.unwrap(arg, env)
	if !ok {
		rr.unreadArg(arg)
		return
	}
	if sub, ok := rr.routerOf(inner, env); ok {
		if methods == nil && !strings.Contains(path, " ") {
			// A router mounted under a prefix pattern ("/api/"): it
			// sees the path after what StripPrefix removes.
			rr.mounts[sub.origin] = append(rr.mounts[sub.origin], mount{base, strip})
		} else {
			rr.unreadMount = true
		}
		return
	}
	if strip != "" {
		return // a handler under StripPrefix: serves a prefix, not a route
	}
	h := rr.handlerOf(inner, env)
	if h == nil {
		rr.unreadArg(inner)
		return
	}
	rr.pending = append(rr.pending, pendingRoute{arg: arg, handler: h, router: base, methods: methods, path: path})
}

// unreadArg notes a handler argument errcodes cannot read: when it may be
// one of the package's routers, any router may be mounted where errcodes
// cannot see, and no route of the package is certain.
func (rr *routeReader) unreadArg(e ast.Expr) {
	ast.Inspect(e, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if !ok {
			return true
		}
		obj := rr.info.Uses[id]
		if obj == nil || obj.Pkg() != rr.c.pass.Pkg {
			return true
		}
		if fn, ok := obj.(*types.Func); ok && rr.mayReturnRouter(fn) || !ok && isRouterType(obj.Type()) {
			rr.unreadMount = true
		}
		return true
	})
}

// mayReturnRouter reports whether a function of the package may return
// one of its routers: one of its returns has a router's type.
func (rr *routeReader) mayReturnRouter(fn *types.Func) bool {
	fd := rr.decls[fn.Origin()]
	if fd == nil || fd.Body == nil {
		return false
	}
	may := false
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			for _, e := range n.Results {
				if isRouterType(rr.info.TypeOf(e)) {
					may = true
				}
			}
		}
		return !may
	})
	return may
}

// chiMount reads r.Mount(pattern, h).
func (rr *routeReader) chiMount(call *ast.CallExpr, rf routeFunc) {
	if len(call.Args) != 2 {
		return
	}
	base, ok := rr.routerOf(rr.recvOf(call), nil)
	if !ok {
		rr.unreadMount = true
		return
	}
	prefix, ok := rr.stringOf(call.Args[0], nil)
	inner, strip, ok2 := rr.unwrap(call.Args[1], nil)
	if !ok || !ok2 || strip != "" {
		rr.unreadArg(call.Args[1])
		return
	}
	if sub, ok := rr.routerOf(inner, nil); ok {
		rr.mounts[sub.origin] = append(rr.mounts[sub.origin], mount{*base, prefix})
		return
	}
	rr.unreadArg(inner) // a handler mounted under a prefix: no one route
}

// gorillaHandler reads a gorilla/mux route built in a chain that ends in
// Handler(h) or HandlerFunc(h): r.Path(p).Methods("GET").Handler(h).
func (rr *routeReader) gorillaHandler(call *ast.CallExpr) {
	if len(call.Args) != 1 {
		return
	}
	for _, e := range rr.tableEnvs(call) {
		rt, ok := rr.gorillaRoute(rr.recvOf(call), e)
		if !ok {
			continue
		}
		methods := rt.methods
		if methods == nil {
			var known bool
			if methods, known = rr.chainMethods(call, e); !known {
				continue
			}
		} else if m, known := rr.chainMethods(call, e); !known || m != nil {
			continue // Methods on both sides: not worth guessing
		}
		if rt.prefix {
			// A prefix route: a mounted router, or no one route.
			// gorilla does not strip the prefix: a router mounted
			// there sees the whole path, less what StripPrefix removes.
			inner, strip, ok := rr.unwrap(call.Args[0], e)
			if !ok {
				rr.unreadArg(call.Args[0])
				continue
			}
			if sub, ok := rr.routerOf(inner, e); !ok {
				rr.unreadArg(inner)
			} else if methods != nil {
				rr.unreadMount = true
			} else {
				rr.mounts[sub.origin] = append(rr.mounts[sub.origin], mount{rt.base, strip})
			}
			continue
		}
		if !rt.hasPath {
			continue
		}
		rr.serve(call, rt.base, methods, rt.path, call.Args[0], e)
	}
}

// A gorillaRoute is a gorilla/mux *Route as a chain builds it.
type gorillaRoute struct {
	base    router
	path    string
	hasPath bool
	prefix  bool     // PathPrefix: the path is a prefix
	methods []string // nil: any
}

// gorillaRoute reads the chain of calls e that builds a *mux.Route from
// a router: r.Path(p), r.Methods(m).Path(p), r.PathPrefix(p).
func (rr *routeReader) gorillaRoute(e ast.Expr, env routeEnv) (gorillaRoute, bool) {
	var rt gorillaRoute
	for {
		call, ok := ast.Unparen(e).(*ast.CallExpr)
		if !ok {
			return rt, false // a *Route in a variable
		}
		rf, ok := rr.routeFuncOf(call)
		if !ok {
			return rt, false
		}
		switch rf.kind {
		case routeBuild, routeBuildPrefix:
			if rf.path >= 0 {
				if rt.hasPath || len(call.Args) != 1 {
					return rt, false
				}
				p, ok := rr.pathOf(call.Args[0], env)
				if !ok {
					return rt, false
				}
				rt.path, rt.hasPath, rt.prefix = p, true, rf.kind == routeBuildPrefix
			}
		case routeNeutralBuild:
		case routeMethods:
			if rt.methods != nil || call.Ellipsis.IsValid() {
				return rt, false
			}
			ms, ok := rr.methodArgs(call, env)
			if !ok {
				return rt, false
			}
			rt.methods = ms
		default:
			return rt, false
		}
		recv := rr.recvOf(call)
		if recv == nil {
			return rt, false
		}
		if tv, ok := rr.info.Types[recv]; ok && isGorillaRouter(tv.Type) {
			base, ok := rr.routerOf(recv, nil)
			if !ok {
				return rt, false
			}
			rt.base = *base
			return rt, true
		}
		e = recv
	}
}

// methodArgs reads the methods of a Methods("GET", "HEAD") call.
func (rr *routeReader) methodArgs(call *ast.CallExpr, env routeEnv) ([]string, bool) {
	if len(call.Args) == 0 {
		return nil, false
	}
	var ms []string
	for _, a := range call.Args {
		m, ok := rr.stringOf(a, env)
		if !ok {
			return nil, false
		}
		ms = append(ms, strings.ToUpper(m))
	}
	return ms, true
}

// chainMethods returns the methods that calls chained after call (a
// gorilla registration, which returns its *Route) restrict its route to:
// r.HandleFunc(p, h).Methods("GET"). known is false when the route may be
// restricted where errcodes cannot see (it is kept in a variable).
func (rr *routeReader) chainMethods(call *ast.CallExpr, env routeEnv) (methods []string, known bool) {
	if !isGorillaRoute(rr.info.TypeOf(call)) {
		return nil, true // a router whose registrations return nothing
	}
	for {
		p := rr.parent[call]
		if p == nil {
			return methods, methods != nil || rr.stmts[call]
		}
		rf, ok := rr.routeFuncOf(p)
		if !ok {
			return nil, false
		}
		switch rf.kind {
		case routeNeutralBuild:
		case routeMethods:
			if methods != nil {
				return nil, false
			}
			ms, ok := rr.methodArgs(p, env)
			if !ok {
				return nil, false
			}
			methods = ms
		default:
			return nil, false
		}
		call = p
	}
}

// unwrap returns the handler or router that handler expression e serves
// through: through conversions (http.HandlerFunc(h)), the package's
// adapters (s.instrument(h)) and http.StripPrefix, with the prefix
// StripPrefix removes.
func (rr *routeReader) unwrap(e ast.Expr, env routeEnv) (inner ast.Expr, strip string, ok bool) {
	for range 16 {
		e = rr.resolveField(ast.Unparen(e), env)
		call, isCall := e.(*ast.CallExpr)
		if !isCall {
			return e, strip, true
		}
		if tv, ok := rr.info.Types[call.Fun]; ok && tv.IsType() {
			if len(call.Args) != 1 {
				return nil, "", false
			}
			e = call.Args[0]
			continue
		}
		if rf, ok := rr.routeFuncOf(call); ok && rf.kind == routeStripPrefix {
			if len(call.Args) != 2 {
				return nil, "", false
			}
			p, ok := rr.stringOf(call.Args[0], env)
			if !ok {
				return nil, "", false
			}
			strip = p + strip
			e = call.Args[1]
			continue
		}
		if i := rr.adapterOf(call); i >= 0 {
			args := call.Args
			if call.Ellipsis.IsValid() || i >= len(args) {
				return nil, "", false
			}
			e = args[i]
			continue
		}
		if typeutil.StaticCallee(rr.info, call) == nil {
			return nil, "", false
		}
		return e, strip, true // a handler factory, or a router made by a call
	}
	return nil, "", false
}

// handlerOf returns the function or method a handler expression names:
// f, pkg.F, h.Method, or a handler factory whose result is the handler
// it returns (handlers.GetOrder(svc)). A factory's handler is a function
// literal in its body: errcodes checks the factory as the handler.
func (rr *routeReader) handlerOf(e ast.Expr, env routeEnv) *types.Func {
	e = rr.resolveField(ast.Unparen(e), env)
	if call, ok := e.(*ast.CallExpr); ok {
		fn := typeutil.StaticCallee(rr.info, call)
		if fn == nil || !rr.isFactory(fn.Origin()) {
			return nil
		}
		return fn
	}
	return handlerFunc(rr.info, e)
}

// adapterOf returns the index of the argument that call adapts, when it
// calls an adapter: a function of this package, or a local variable
// assigned one function literal (withAuth := func(h http.HandlerFunc)
// http.Handler {...}), that takes a handler and returns a handler
// wrapping it. It returns -1 for any other call.
func (rr *routeReader) adapterOf(call *ast.CallExpr) int {
	if fn := typeutil.StaticCallee(rr.info, call); fn != nil {
		fn = fn.Origin()
		if fn.Pkg() != rr.c.pass.Pkg {
			var f adapterFact
			if fn.Pkg() != nil && rr.c.pass.ImportObjectFact(fn, &f) && !f.Made {
				return f.Param
			}
			return -1
		}
		if i, ok := rr.adapters[fn]; ok {
			return i
		}
		rr.adapters[fn] = -1 // in progress: a cycle is no adapter
		i := -1
		if fd := rr.decls[fn]; fd != nil && fd.Body != nil {
			i = rr.adapterParam(fn.Signature(), fd.Body)
		}
		rr.adapters[fn] = i
		return i
	}
	switch fun := ast.Unparen(call.Fun).(type) {
	case *ast.CallExpr:
		// An adapter made by a call: getCORSHeadersHandler(origin)(h).
		return rr.madeAdapter(fun)
	case *ast.Ident:
		v, ok := rr.info.Uses[fun].(*types.Var)
		if !ok || len(rr.assigns[v]) != 1 || rr.assigns[v][0] == nil {
			return -1
		}
		switch x := ast.Unparen(rr.assigns[v][0]).(type) {
		case *ast.FuncLit:
			// withAuth := func(h http.HandlerFunc) http.Handler {...}
			return rr.litAdapter(x)
		case *ast.CallExpr:
			// applyCORS := getCORSHeadersHandler(origin)
			return rr.madeAdapter(x)
		}
	}
	return -1
}

// litAdapter returns the index of the parameter function literal lit
// adapts, or -1.
func (rr *routeReader) litAdapter(lit *ast.FuncLit) int {
	sig, ok := rr.info.TypeOf(lit).(*types.Signature)
	if !ok || rr.litAdapting[lit] {
		return -1
	}
	rr.litAdapting[lit] = true
	defer delete(rr.litAdapting, lit)
	return rr.adapterParam(sig, lit.Body)
}

// madeAdapter returns the index of the parameter that the adapter call
// returns adapts: call is of a function of the package whose every
// return is a function literal adapting the same parameter.
func (rr *routeReader) madeAdapter(call *ast.CallExpr) int {
	fn := typeutil.StaticCallee(rr.info, call)
	if fn == nil {
		return -1
	}
	if fn.Pkg() != rr.c.pass.Pkg {
		var f adapterFact
		if fn.Pkg() != nil && rr.c.pass.ImportObjectFact(fn.Origin(), &f) && f.Made {
			return f.Param
		}
		return -1
	}
	return rr.madeAdapterOf(fn.Origin())
}

// madeAdapterOf returns the index of the parameter that the adapters fn
// returns adapt, or -1.
func (rr *routeReader) madeAdapterOf(fn *types.Func) int {
	fd := rr.decls[fn]
	if fd == nil || fd.Body == nil {
		return -1
	}
	rets := returnsOf(fd.Body)
	found := -1
	for _, r := range rets {
		lit, ok := ast.Unparen(r).(*ast.FuncLit)
		if !ok {
			return -1
		}
		i := rr.litAdapter(lit)
		if i < 0 || found >= 0 && i != found {
			return -1
		}
		found = i
	}
	return found
}

// adapterParam returns the index of the parameter that a function of
// signature sig and body body adapts: it takes a handler and returns a
// handler wrapping it, every return a function literal that calls it
// (p(w, r), p.ServeHTTP(w, r)) or a call of another adapter of it. It
// returns -1 for any other function, one that does not call its handler.
func (rr *routeReader) adapterParam(sig *types.Signature, body *ast.BlockStmt) int {
	if sig.Results().Len() != 1 || !isHandlerish(sig.Results().At(0).Type()) {
		return -1
	}
	found := -1
	for i := range sig.Params().Len() {
		p := sig.Params().At(i)
		if !isHandlerish(p.Type()) {
			continue
		}
		if found >= 0 {
			return -1 // two handlers: which one serves?
		}
		found = i
	}
	if found < 0 {
		return -1
	}
	p := sig.Params().At(found)
	rets := returnsOf(body)
	if len(rets) == 0 {
		return -1
	}
	for _, r := range rets {
		if lit := rr.funcLitOf(r); lit != nil {
			if !rr.callsVar(lit.Body, p) {
				return -1
			}
			continue
		}
		// Delegation: return authMiddleware.validate(p).
		call, ok := ast.Unparen(r).(*ast.CallExpr)
		if !ok {
			return -1
		}
		i := rr.adapterOf(call)
		if i < 0 || i >= len(call.Args) || call.Ellipsis.IsValid() {
			return -1
		}
		arg := ast.Unparen(call.Args[i])
		for {
			c, ok := arg.(*ast.CallExpr)
			if !ok {
				break
			}
			tv, ok := rr.info.Types[c.Fun]
			if !ok || !tv.IsType() || len(c.Args) != 1 {
				return -1
			}
			arg = ast.Unparen(c.Args[0])
		}
		if id, ok := arg.(*ast.Ident); !ok || rr.info.Uses[id] != p {
			return -1
		}
	}
	return found
}

// isFactory reports whether fn returns a handler it makes: a function of
// this package whose every return is a function literal, and that adapts
// no handler; or a function of another package that takes no handler
// and returns one.
func (rr *routeReader) isFactory(fn *types.Func) bool {
	sig := fn.Signature()
	if sig.Results().Len() != 1 || !isHandlerish(sig.Results().At(0).Type()) {
		return false
	}
	for i := range sig.Params().Len() {
		if isHandlerish(sig.Params().At(i).Type()) {
			return false // an adapter of another package, or one that does not call its handler
		}
	}
	if fn.Pkg() != rr.c.pass.Pkg {
		// Its body is not seen: only a function type is surely one
		// handler; an http.Handler may be a whole router.
		_, isFunc := sig.Results().At(0).Type().Underlying().(*types.Signature)
		return isFunc
	}
	fd := rr.decls[fn]
	if fd == nil || fd.Body == nil {
		return false
	}
	rets := returnsOf(fd.Body)
	for _, r := range rets {
		if rr.funcLitOf(r) == nil {
			return false
		}
	}
	return len(rets) > 0
}

// funcLitOf returns the function literal e is, through conversions.
func (rr *routeReader) funcLitOf(e ast.Expr) *ast.FuncLit {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.FuncLit:
			return x
		case *ast.CallExpr:
			tv, ok := rr.info.Types[x.Fun]
			if !ok || !tv.IsType() || len(x.Args) != 1 {
				return nil
			}
			e = x.Args[0]
		default:
			return nil
		}
	}
}

// returnsOf returns the single results of body's return statements, not
// those of function literals in it; nil when one returns another count.
func returnsOf(body *ast.BlockStmt) []ast.Expr {
	var out []ast.Expr
	bad := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(n.Results) != 1 {
				bad = true
			} else {
				out = append(out, n.Results[0])
			}
		}
		return true
	})
	if bad {
		return nil
	}
	return out
}

// callsVar reports whether body calls v: v(...) or v.ServeHTTP(...), or
// passes it to a function of the package that does (serve(w, r, next)).
func (rr *routeReader) callsVar(body *ast.BlockStmt, v *types.Var) bool {
	return rr.callsVarDepth(body, v, 0)
}

func (rr *routeReader) callsVarDepth(body *ast.BlockStmt, v *types.Var, depth int) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || found {
			return !found
		}
		fun := ast.Unparen(call.Fun)
		if sel, ok := fun.(*ast.SelectorExpr); ok && sel.Sel.Name == "ServeHTTP" {
			fun = ast.Unparen(sel.X)
		}
		if id, ok := fun.(*ast.Ident); ok && rr.info.Uses[id] == v {
			found = true
			return false
		}
		if depth >= 3 || call.Ellipsis.IsValid() {
			return true
		}
		fn := typeutil.StaticCallee(rr.info, call)
		if fn == nil || rr.decls[fn.Origin()] == nil || rr.decls[fn.Origin()].Body == nil {
			return true
		}
		for i, a := range call.Args {
			if id, ok := ast.Unparen(a).(*ast.Ident); ok && rr.info.Uses[id] == v && i < fn.Signature().Params().Len() {
				if rr.callsVarDepth(rr.decls[fn.Origin()].Body, fn.Origin().Signature().Params().At(i), depth+1) {
					found = true
					return false
				}
			}
		}
		return true
	})
	return found
}

// isHandlerish reports whether t can be a handler: a function type, or a
// type with a ServeHTTP method.
func isHandlerish(t types.Type) bool {
	if _, ok := t.Underlying().(*types.Signature); ok {
		return true
	}
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, "ServeHTTP")
	_, ok := obj.(*types.Func)
	return ok
}

// isRouterType reports whether t is a router errcodes traces.
func isRouterType(t types.Type) bool {
	n := namedOf(t)
	if n == nil {
		return false
	}
	switch typeKey(n) {
	case "net/http.ServeMux", chiPkg + ".Mux", chiPkg + ".Router", muxPkg + ".Router":
		return true
	}
	return false
}

// isRootRouterType reports whether t is the type of a root router, taken
// for the root when errcodes cannot trace where it comes from: a
// *http.ServeMux or a *chi.Mux (a sub-router of chi is a chi.Router).
func isRootRouterType(t types.Type) bool {
	if _, ok := t.(*types.Pointer); !ok {
		return false
	}
	n := namedOf(t)
	return n != nil && (typeKey(n) == "net/http.ServeMux" || typeKey(n) == chiPkg+".Mux")
}

func isGorillaRouter(t types.Type) bool {
	n := namedOf(t)
	return n != nil && typeKey(n) == muxPkg+".Router"
}

func isGorillaRoute(t types.Type) bool {
	n := namedOf(t)
	return n != nil && typeKey(n) == muxPkg+".Route"
}

// routerOf returns the router e is, traced to its origin.
func (rr *routeReader) routerOf(e ast.Expr, env routeEnv) (*router, bool) {
	e = rr.resolveField(ast.Unparen(e), env)
	tv, ok := rr.info.Types[e]
	if !ok || !isRouterType(tv.Type) {
		if call, ok := e.(*ast.CallExpr); ok {
			// An adapter of a router (withLogging(r)), or a conversion.
			if inner, strip, ok := rr.unwrap(call, env); ok && strip == "" && inner != e {
				return rr.routerOf(inner, env)
			}
			if fn := typeutil.StaticCallee(rr.info, call); fn != nil {
				return rr.funcRouterOf(fn.Origin())
			}
		}
		return nil, false
	}
	switch e := e.(type) {
	case *ast.CallExpr:
		rf, ok := rr.routeFuncOf(e)
		if !ok {
			if fn := typeutil.StaticCallee(rr.info, e); fn != nil {
				return rr.funcRouterOf(fn.Origin())
			}
			return nil, false
		}
		switch rf.kind {
		case routeNew:
			return &router{origin: e}, true
		case routeSame, routeGroup:
			return rr.routerOf(rr.recvOf(e), nil)
		case routeSub:
			if len(e.Args) != 2 {
				return nil, false
			}
			base, ok := rr.routerOf(rr.recvOf(e), nil)
			p, ok2 := rr.stringOf(e.Args[0], nil)
			if !ok || !ok2 {
				return nil, false
			}
			return &router{base.origin, base.prefix + strings.TrimSuffix(p, "/")}, true
		case routeSubrouter:
			rt, ok := rr.gorillaRoute(rr.recvOf(e), nil)
			if !ok || rt.hasPath && !rt.prefix || rt.methods != nil {
				return nil, false // a path or methods every route of it must also match
			}
			return &router{rt.base.origin, rt.base.prefix + strings.TrimSuffix(rt.path, "/")}, true
		}
		return nil, false
	case *ast.Ident, *ast.SelectorExpr:
		var obj types.Object
		if id, ok := e.(*ast.Ident); ok {
			obj = rr.info.Uses[id]
		} else {
			sel := e.(*ast.SelectorExpr)
			if s := rr.info.Selections[sel]; s != nil {
				if s.Kind() != types.FieldVal {
					return nil, false
				}
				obj = s.Obj()
			} else {
				obj = rr.info.Uses[sel.Sel]
				if obj != nil && obj.Pkg() != nil && obj.Pkg().Path() == "net/http" && obj.Name() == "DefaultServeMux" {
					return &router{origin: defaultMux}, true
				}
			}
		}
		v, ok := obj.(*types.Var)
		if !ok {
			return nil, false
		}
		return rr.routerOfVar(v)
	}
	return nil, false
}

// routerOfVar returns the router a variable or field holds: what its one
// assignment in the package traces to; for a parameter, what every call
// passes, or the function literal's chi router; else, for a root router's
// type, the variable itself as the root.
func (rr *routeReader) routerOfVar(v *types.Var) (*router, bool) {
	if rr.routerDone[v] {
		r := rr.routers[v]
		return r, r != nil
	}
	rr.routerDone[v] = true // in progress: a cycle reads as unknown
	r := rr.traceVar(v)
	if r == nil && isRootRouterType(v.Type()) && len(rr.assigns[v]) == 0 {
		r = &router{origin: v}
	}
	rr.routers[v] = r
	return r, r != nil
}

func (rr *routeReader) traceVar(v *types.Var) *router {
	if as := rr.assigns[v]; len(as) > 0 {
		if len(as) != 1 || as[0] == nil || rr.isParam(v) {
			return nil
		}
		r, _ := rr.routerOf(as[0], nil)
		return r
	}
	if !rr.isParam(v) {
		return nil
	}
	// A parameter of a chi Route or Group function literal.
	if r := rr.litParam(v); r != nil {
		return r
	}
	// A parameter of a function of the package: what every call passes.
	fn, idx := rr.paramOf(v)
	if fn == nil {
		return nil
	}
	calls := rr.calls[fn]
	if len(calls) == 0 {
		return nil
	}
	var got *router
	for _, call := range calls {
		if idx >= len(call.Args) || call.Ellipsis.IsValid() {
			return nil
		}
		r, ok := rr.routerOf(call.Args[idx], nil)
		if !ok || got != nil && *got != *r {
			return nil
		}
		got = r
	}
	return got
}

// litParam returns the router chi gives the parameter v of a function
// literal passed to Route or Group.
func (rr *routeReader) litParam(v *types.Var) *router {
	for _, f := range rr.c.pass.Files {
		if v.Pos() < f.FileStart || v.Pos() > f.FileEnd {
			continue
		}
		var out *router
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || out != nil {
				return out == nil
			}
			rf, ok := rr.routeFuncOf(call)
			if !ok || (rf.kind != routeSub && rf.kind != routeGroup) || len(call.Args) == 0 {
				return true
			}
			lit, ok := ast.Unparen(call.Args[len(call.Args)-1]).(*ast.FuncLit)
			if !ok || lit.Pos() > v.Pos() || v.Pos() > lit.End() {
				return true
			}
			ps := lit.Type.Params
			if ps == nil || len(ps.List) != 1 || len(ps.List[0].Names) != 1 || rr.info.Defs[ps.List[0].Names[0]] != v {
				return true
			}
			base, ok := rr.routerOf(rr.recvOf(call), nil)
			if !ok {
				return false
			}
			if rf.kind == routeGroup {
				out = base
				return false
			}
			if len(call.Args) != 2 {
				return false
			}
			if p, ok := rr.stringOf(call.Args[0], nil); ok {
				out = &router{base.origin, base.prefix + strings.TrimSuffix(p, "/")}
			}
			return false
		})
		return out
	}
	return nil
}

// isParam reports whether v is a parameter (or receiver) of a function.
func (rr *routeReader) isParam(v *types.Var) bool {
	if v.Parent() == nil || v.Parent() == v.Pkg().Scope() {
		return false // a field, or a package-level variable
	}
	for _, f := range rr.c.pass.Files {
		if v.Pos() < f.FileStart || v.Pos() > f.FileEnd {
			continue
		}
		found := false
		ast.Inspect(f, func(n ast.Node) bool {
			if found {
				return false
			}
			var ft *ast.FuncType
			switch n := n.(type) {
			case *ast.FuncDecl:
				ft = n.Type
				if n.Recv != nil && n.Recv.Pos() <= v.Pos() && v.Pos() < n.Recv.End() {
					found = true
					return false
				}
			case *ast.FuncLit:
				ft = n.Type
			}
			if ft != nil && ft.Params != nil && ft.Params.Pos() <= v.Pos() && v.Pos() < ft.Params.End() {
				found = true
			}
			return true
		})
		return found
	}
	return false
}

// paramOf returns the function declaration of the package v is the
// parameter idx of.
func (rr *routeReader) paramOf(v *types.Var) (*types.Func, int) {
	for fn := range rr.decls {
		ps := fn.Signature().Params()
		for i := range ps.Len() {
			if ps.At(i) == v {
				return fn, i
			}
		}
	}
	return nil, 0
}

// funcRouterOf returns the router a function of the package returns,
// when every return traces to the same one.
func (rr *routeReader) funcRouterOf(fn *types.Func) (*router, bool) {
	if rr.funcDone[fn] {
		r := rr.funcRouter[fn]
		return r, r != nil
	}
	rr.funcDone[fn] = true
	fd := rr.decls[fn]
	if fd == nil || fd.Body == nil {
		return nil, false
	}
	var got *router
	for _, e := range returnsOf(fd.Body) {
		r, ok := rr.routerOf(e, nil)
		if !ok || got != nil && *got != *r {
			return nil, false
		}
		got = r
	}
	rr.funcRouter[fn] = got
	return got, got != nil
}

// fullPrefix returns the path prefix under which origin's routes are
// served: its mount's, or none for a router that is never mounted.
func (rr *routeReader) fullPrefix(origin any, depth int) (string, bool) {
	if _, ok := origin.(string); ok {
		return "", true // gin's or echo's root, which errcodes does not trace
	}
	if depth > 16 {
		return "", false
	}
	ms := rr.mounts[origin]
	switch {
	case len(ms) > 1:
		return "", false
	case len(ms) == 1:
		p, ok := rr.fullPrefix(ms[0].by.origin, depth+1)
		return p + ms[0].by.prefix + strings.TrimSuffix(ms[0].rel, "/"), ok
	case rr.unreadMount:
		return "", false
	}
	return "", true
}

// A routeEnv binds the value variable of a range over a route table to
// one element of the table, a struct literal.
type routeEnv map[*types.Var]*ast.CompositeLit

// tableEnvs returns the environments call is read in: one per element of
// the route table that a range statement around call goes over, when its
// arguments use the range's value variable; else one, empty.
func (rr *routeReader) tableEnvs(call *ast.CallExpr) []routeEnv {
	var v *types.Var
	ast.Inspect(call, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if !ok {
			return true
		}
		if u, ok := rr.info.Uses[id].(*types.Var); ok && rr.ranges[u] != nil {
			if v != nil && v != u {
				v = nil // two tables: not read
				return false
			}
			v = u
		}
		return true
	})
	if v == nil {
		return []routeEnv{nil}
	}
	if len(rr.assigns[v]) > 0 {
		return nil // the loop changes it
	}
	lit := rr.tableLit(rr.ranges[v].X)
	if lit == nil {
		return nil
	}
	var envs []routeEnv
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			elt = kv.Value
		}
		elt = ast.Unparen(elt)
		if u, ok := elt.(*ast.UnaryExpr); ok && u.Op == token.AND {
			elt = ast.Unparen(u.X)
		}
		if el, ok := elt.(*ast.CompositeLit); ok {
			envs = append(envs, routeEnv{v: el})
		}
	}
	return envs
}

// tableLit returns the slice or array literal e is: the literal, or a
// variable that is assigned only it.
func (rr *routeReader) tableLit(e ast.Expr) *ast.CompositeLit {
	for range 4 {
		switch x := ast.Unparen(e).(type) {
		case *ast.CompositeLit:
			switch typeOfLit(rr.info, x).(type) {
			case *types.Slice, *types.Array:
				return x
			}
			return nil
		case *ast.Ident, *ast.SelectorExpr:
			obj := rr.lhsObj(x)
			if obj == nil {
				return nil
			}
			as := rr.assigns[obj]
			if len(as) != 1 || as[0] == nil {
				return nil
			}
			e = as[0]
		default:
			return nil
		}
	}
	return nil
}

// resolveField returns, for rt.F where env binds rt, the element's field
// F; else e.
func (rr *routeReader) resolveField(e ast.Expr, env routeEnv) ast.Expr {
	sel, ok := e.(*ast.SelectorExpr)
	if !ok || env == nil {
		return e
	}
	id, ok := ast.Unparen(sel.X).(*ast.Ident)
	if !ok {
		return e
	}
	v, _ := rr.info.Uses[id].(*types.Var)
	lit := env[v]
	if lit == nil {
		return e
	}
	st, ok := typeOfLit(rr.info, lit).(*types.Struct)
	if !ok {
		return badExpr
	}
	i := fieldIndex(st, sel.Sel.Name)
	if i < 0 {
		return badExpr
	}
	for j, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if k, ok := kv.Key.(*ast.Ident); ok && k.Name == sel.Sel.Name {
				return ast.Unparen(kv.Value)
			}
			continue
		}
		if j == i {
			return ast.Unparen(elt)
		}
	}
	return badExpr // left out: the zero value
}

// badExpr stands for an expression errcodes cannot read.
var badExpr = &ast.BadExpr{}

// stringOf returns the constant string e is, reading a route table's
// fields through env.
func (rr *routeReader) stringOf(e ast.Expr, env routeEnv) (string, bool) {
	e = rr.resolveField(ast.Unparen(e), env)
	tv, ok := rr.info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}

// pathOf returns the path (or pattern) e gives: a constant, or a
// concatenation or fmt.Sprintf with a constant format whose parts that are
// not constants all lie inside a {variable} of the path, such as
// "/{name:" + nameRegexp.String() + "}/tags/list": whatever the pattern
// of the variable, the route is the same. Those parts read as "…".
func (rr *routeReader) pathOf(e ast.Expr, env routeEnv) (string, bool) {
	if s, ok := rr.stringOf(e, env); ok {
		return s, true
	}
	const hole = "\x00"
	var parts []string
	var flatten func(e ast.Expr) bool
	flatten = func(e ast.Expr) bool {
		e = ast.Unparen(e)
		if s, ok := rr.stringOf(e, env); ok {
			parts = append(parts, s)
			return true
		}
		switch x := e.(type) {
		case *ast.BinaryExpr:
			if x.Op != token.ADD {
				return false
			}
			return flatten(x.X) && flatten(x.Y)
		case *ast.CallExpr:
			fn, ok := typeutil.Callee(rr.info, x).(*types.Func)
			if ok && funcKey(fn) == "fmt.Sprintf" && len(x.Args) > 1 && !x.Ellipsis.IsValid() {
				format, ok := rr.stringOf(x.Args[0], env)
				if !ok {
					return false
				}
				// Only %s and %v, each an argument.
				var b strings.Builder
				n := 0
				for i := 0; i < len(format); i++ {
					if format[i] != '%' {
						b.WriteByte(format[i])
						continue
					}
					if i+1 >= len(format) || format[i+1] != 's' && format[i+1] != 'v' && format[i+1] != 'd' {
						return false
					}
					b.WriteString(hole)
					i++
					n++
				}
				if n != len(x.Args)-1 {
					return false
				}
				parts = append(parts, b.String())
				return true
			}
		}
		if t := rr.info.TypeOf(e); t != nil {
			if b, ok := t.Underlying().(*types.Basic); ok && b.Info()&types.IsString != 0 {
				parts = append(parts, hole)
				return true
			}
		}
		return false
	}
	if !flatten(e) {
		return "", false
	}
	s := strings.Join(parts, "")
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '{':
			depth++
		case '}':
			depth--
		case 0:
			if depth != 1 {
				return "", false
			}
		}
		if depth < 0 {
			return "", false
		}
	}
	return strings.ReplaceAll(s, hole, "…"), depth == 0
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
			if types.IsInterface(sel.Recv()) {
				return nil // a method of whatever the interface holds
			}
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

// An adapterFact says that an exported function adapts handlers, so that
// a package that registers a handler through it reads the route: the
// function returns a handler that calls its argument Param, or, Made, it
// returns an adapter that does (middleware.CORS(origin)(h)).
type adapterFact struct {
	Param int
	Made  bool
}

func (*adapterFact) AFact() {}

func (f *adapterFact) String() string {
	if f.Made {
		return fmt.Sprintf("makesAdapter(arg%d)", f.Param)
	}
	return fmt.Sprintf("adapter(arg%d)", f.Param)
}

// exportAdapters exports an adapterFact for each exported function or
// method of the package that adapts handlers.
func (c *checker) exportAdapters() {
	var rr *routeReader
	for _, f := range c.checkedFiles() {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil || !fd.Name.IsExported() {
				continue
			}
			fn, ok := c.pass.TypesInfo.Defs[fd.Name].(*types.Func)
			if !ok {
				continue
			}
			sig := fn.Signature()
			if sig.Results().Len() != 1 {
				continue
			}
			res := sig.Results().At(0).Type()
			adapts := isHandlerish(res) && hasHandlerParam(sig)
			inner, _ := res.Underlying().(*types.Signature)
			makes := inner != nil && inner.Results().Len() == 1 && isHandlerish(inner.Results().At(0).Type()) && hasHandlerParam(inner)
			if !adapts && !makes {
				continue
			}
			if rr == nil {
				rr = newRouteReader(c)
			}
			if adapts {
				if i := rr.adapterParam(sig, fd.Body); i >= 0 {
					c.pass.ExportObjectFact(fn, &adapterFact{Param: i})
					continue
				}
			}
			if makes {
				if i := rr.madeAdapterOf(fn); i >= 0 {
					c.pass.ExportObjectFact(fn, &adapterFact{Param: i, Made: true})
				}
			}
		}
	}
}

// hasHandlerParam reports whether a parameter of sig can be a handler.
func hasHandlerParam(sig *types.Signature) bool {
	for i := range sig.Params().Len() {
		if isHandlerish(sig.Params().At(i).Type()) {
			return true
		}
	}
	return false
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
