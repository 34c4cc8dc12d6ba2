package analyzer

import (
	"cmp"
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/errcodes/errcodes/catalog"
	"golang.org/x/tools/go/types/typeutil"
)

// Presets recognise, by type, how popular frameworks write error
// responses, so that a codebase needs no emitters: for them. Each preset
// matches only code that uses its framework.
//
// A preset reads the code from a body errcodes can read in full: a map
// literal with constant string keys (map[string]any, gin.H, echo.Map,
// fiber.Map) whose "code" or "error_code" key holds it, or a struct
// literal whose field named or JSON-tagged code or error_code holds it,
// either at the top or under an "error" key; also &literal, and a local
// variable that one such literal initialises and that is used only once,
// where the body is written. Anything else is no site.
//
// Presets match every handler of a codebase, not just the functions a
// team chose to name as emitters, so they hold back where a body may be a
// success response: {"code": 0, "data": ...} written with 200 OK is no
// error. See presetWanted.
//
// Each preset is one value, declared in its own file (preset_gin.go) and
// registered there from an init function, the way catalog/format.go
// registers the catalog formats: everything errcodes knows of one
// framework is in that file, and the code here only loops over the
// registry.

// A preset is what errcodes knows of one framework: the calls and
// literals that write an error response or build an error, the responses
// written over several statements, the functions that register a handler
// for a route, and the signature of its handlers. Any of them may be nil.
type preset struct {
	// name is what `presets:` in errcodes.yaml calls it: one of
	// catalog.PresetNames.
	name string

	// packages are the import paths that can emit through the preset: a
	// package that is, or directly imports, one of them is checked when
	// the preset is enabled (matcher.live).
	packages []string

	// call returns the site of a call of fn, whose funcKey is key, or
	// nil. It may also note what a later site needs (grpc's details).
	call func(c *checker, call *ast.CallExpr, fn *types.Func, key string) *site

	// lit returns the site of a composite literal, or nil.
	lit func(c *checker, lit *ast.CompositeLit) *site

	// setStatus and writeBody recognise a response written in several
	// statements (see presetFuncSites): a call of key, with arguments
	// args, that sets the status a later write to the same target uses,
	// and a call that writes body as JSON. The target is the variable
	// that ties them (w, or r for chi); nil when call is neither.
	setStatus func(c *checker, call *ast.CallExpr, key string, args []ast.Expr) (target types.Object, status ast.Expr)
	writeBody func(c *checker, call *ast.CallExpr, key string, args []ast.Expr) (target types.Object, body ast.Expr)

	// routes are the functions that make routers, build and register
	// routes and mount routers, by funcKey (see routeFunc). They are read
	// whichever presets a config enables: a route says which endpoint a
	// handler serves, not how it writes a code.
	routes map[string]routeFunc

	// handler reports whether sig is the signature of the framework's
	// handlers (for the audit's list of handlers).
	handler func(sig *types.Signature) bool
}

// allPresets are the registered presets, in the order of
// catalog.PresetNames.
var allPresets []*preset

// presetPackages maps each registered preset to its packages, the import
// paths that can emit through it, for the matcher's fast path.
var presetPackages = make(map[string][]string)

// registerPreset adds a preset; each preset file registers its own in an
// init function. A name or a route registered twice is a bug, and panics.
func registerPreset(p *preset) {
	if _, dup := presetPackages[p.name]; dup {
		panic("analyzer: preset " + p.name + " registered twice")
	}
	allPresets = append(allPresets, p)
	slices.SortStableFunc(allPresets, func(a, b *preset) int { return cmp.Compare(presetRank(a.name), presetRank(b.name)) })
	presetPackages[p.name] = p.packages
	for key, rf := range p.routes {
		if _, dup := routeFuncs[key]; dup {
			panic("analyzer: route function " + key + " registered twice (preset " + p.name + ")")
		}
		routeFuncs[key] = rf
	}
}

// presetRank is the place of a preset in catalog.PresetNames; a name that
// is not there comes last (TestPresetRegistry fails on it).
func presetRank(name string) int {
	if i := slices.Index(catalog.PresetNames, name); i >= 0 {
		return i
	}
	return len(catalog.PresetNames)
}

// presetsOf returns the presets a config enables: all when it names none.
func presetsOf(cfg *catalog.Config) []string {
	if cfg.Presets == nil {
		return catalog.PresetNames
	}
	return cfg.Presets
}

func (m *matcher) hasPreset(name string) bool { return slices.Contains(m.presets, name) }

// presetSite returns the site of n if an enabled preset recognises it,
// named by that preset.
func (c *checker) presetSite(n ast.Node) *site {
	switch n := n.(type) {
	case *ast.CallExpr:
		return c.presetCall(n)
	case *ast.CompositeLit:
		return c.presetLit(n)
	}
	return nil
}

// presetCall returns the site of a call that an enabled preset takes for
// writing an error response or building an error.
func (c *checker) presetCall(call *ast.CallExpr) *site {
	fn, ok := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
	if !ok {
		return nil
	}
	key := funcKey(fn)
	for _, p := range allPresets {
		if p.call == nil || !c.match.hasPreset(p.name) {
			continue
		}
		if s := p.call(c, call, fn, key); s != nil {
			s.preset = p.name
			return s
		}
	}
	return nil
}

// presetLit returns the site of a composite literal an enabled preset
// recognises by itself.
func (c *checker) presetLit(lit *ast.CompositeLit) *site {
	for _, p := range allPresets {
		if p.lit == nil || !c.match.hasPreset(p.name) {
			continue
		}
		if s := p.lit(c, lit); s != nil {
			s.preset = p.name
			return s
		}
	}
	return nil
}

// presetArgs returns the arguments of call, without the receiver of a
// method expression T.Method(recv, args...); nil for f(g()) with a tuple.
func (c *checker) presetArgs(call *ast.CallExpr) []ast.Expr {
	args := call.Args
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if s := c.pass.TypesInfo.Selections[sel]; s != nil && s.Kind() == types.MethodExpr {
			args = args[min(1, len(args)):]
		}
	}
	if len(args) == 1 {
		if _, ok := c.pass.TypesInfo.TypeOf(args[0]).(*types.Tuple); ok {
			return nil
		}
	}
	return args
}

// calls reports whether call calls the function or method key names.
func (c *checker) calls(call *ast.CallExpr, key string) bool {
	fn, ok := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
	return ok && funcKey(fn) == key
}

// bodySite returns the site of node, a call that writes body with the
// HTTP status status (nil when not known), if body is a literal with a
// code and the site is worth checking. alwaysError says the call writes
// an error whatever its status.
func (c *checker) bodySite(node ast.Node, status, body ast.Expr, alwaysError bool) *site {
	roles, ok := c.bodyRoles(body, true)
	if !ok {
		if s := c.carrierBodySite(node, status, body); s != nil {
			return s
		}
		return c.blindSite(node, status, body, alwaysError)
	}
	s := &site{
		node:   node,
		args:   map[catalog.Role]ast.Expr{catalog.RoleCode: roles[catalog.RoleCode]},
		mapped: map[catalog.Role]bool{catalog.RoleCode: true, catalog.RoleStatus: true, catalog.RoleMessage: true},
	}
	if status != nil {
		s.args[catalog.RoleStatus] = status
	}
	if m, ok := roles[catalog.RoleMessage]; ok {
		s.args[catalog.RoleMessage] = m
	}
	if !c.presetWanted(s, alwaysError) {
		if _, isConst := c.constCode(s.args[catalog.RoleCode]); !isConst {
			return c.blindSite(node, status, body, alwaysError)
		}
		return nil
	}
	return s
}

// blindSite returns, for the audit only, the site of an error response
// errcodes cannot read the code of: node writes body, which is not a
// literal it can read in full (a variable, a call's result) or whose code
// is not a constant, with a constant status of 400 or more (or, with
// alwaysError, any), or a value of an emitter type with any status
// (c.JSON(apiErr.Status, apiErr)). The site has no code: nothing checks
// it, and the audit counts it among the sites it could not resolve. A
// literal errcodes reads in full that has no code is no site: there is no
// code to miss.
func (c *checker) blindSite(node ast.Node, status, body ast.Expr, alwaysError bool) *site {
	if c.result == nil || c.codeless(body, true) {
		return nil
	}
	if id, ok := ast.Unparen(body).(*ast.Ident); ok && c.pass.TypesInfo.Uses[id] == types.Universe.Lookup("nil") {
		return nil
	}
	if val, ok := c.buildSSA().refs[ast.Unparen(body)]; ok && c.ofEmitter(val) {
		alwaysError = true
	}
	if !alwaysError {
		if status == nil {
			return nil
		}
		vals := c.constValues(status)
		if len(vals) == 0 {
			return nil
		}
		for _, v := range vals {
			if st, ok := statusValue(v); !ok || st < 400 {
				return nil
			}
		}
	}
	s := &site{node: node, args: map[catalog.Role]ast.Expr{}, mapped: map[catalog.Role]bool{}}
	if status != nil {
		s.args[catalog.RoleStatus] = status
	}
	return s
}

// carrierBodySite returns the site of node, a call that writes body with
// the HTTP status status, when body is a code-carrying value
// (c.JSON(http.StatusNotFound, apiErr)): its codes are checked with that
// status. Otherwise nil.
func (c *checker) carrierBodySite(node ast.Node, status, body ast.Expr) *site {
	cs := c.carriedBy(body)
	if len(cs) == 0 {
		return nil
	}
	s := &site{node: node, carrier: body, carried: cs, args: map[catalog.Role]ast.Expr{},
		mapped: map[catalog.Role]bool{catalog.RoleCode: true, catalog.RoleStatus: true}}
	if status != nil {
		s.args[catalog.RoleStatus] = status
	}
	return s
}

// codeless reports whether body is a literal errcodes reads in full that
// carries no code, or a literal that is a site of its own.
func (c *checker) codeless(body ast.Expr, nested bool) bool {
	lit := c.literalOf(body)
	if lit == nil {
		return false
	}
	if c.match.litSite(c.pass.TypesInfo, lit) != nil || c.presetLit(lit) != nil {
		return true
	}
	roles, _, ok := c.literalRoles(lit)
	if !ok {
		return false
	}
	if _, ok := roles[catalog.RoleCode]; ok {
		return false
	}
	if e, ok := roles[roleError]; ok && nested {
		if _, isLit := ast.Unparen(e).(*ast.CompositeLit); isLit {
			return c.codeless(e, false)
		}
		// {"error": err.Error()} is a message, no code; an object
		// errcodes cannot read may hold one.
		t := c.pass.TypesInfo.TypeOf(e)
		if t == nil {
			return false
		}
		b, _ := t.Underlying().(*types.Basic)
		return b != nil && b.Info()&types.IsString != 0
	}
	return true
}

// bodyRoles returns the code and message of a body: a literal, &literal or
// a local variable one literal initialises, with a code at its top or, if
// nested, under an "error" key. A literal that is a site of its own (a
// configured emitter type, or an enabled preset's, such as the json
// preset's) is left to that site, so that no code is reported twice.
func (c *checker) bodyRoles(body ast.Expr, nested bool) (map[catalog.Role]ast.Expr, bool) {
	lit := c.literalOf(body)
	if lit == nil || c.match.litSite(c.pass.TypesInfo, lit) != nil || c.presetLit(lit) != nil {
		return nil, false
	}
	roles, _, ok := c.literalRoles(lit)
	if !ok {
		return nil, false
	}
	if _, ok := roles[catalog.RoleCode]; ok {
		return roles, true
	}
	if e, ok := roles[roleError]; ok && nested {
		return c.bodyRoles(e, false)
	}
	return nil, false
}

// roleError is the key of a body's nested error object, as literalRoles
// reports it: {"error": {"code": ...}}.
const roleError catalog.Role = "error"

// jsonKeys maps the names a body writes its roles under, folded by
// foldKey, to the roles.
var jsonKeys = map[string]catalog.Role{
	"code":         catalog.RoleCode,
	"errorcode":    catalog.RoleCode,
	"status":       catalog.RoleStatus,
	"statuscode":   catalog.RoleStatus,
	"httpstatus":   catalog.RoleStatus,
	"message":      catalog.RoleMessage,
	"errormessage": catalog.RoleMessage,
	"error":        roleError,
}

// foldKey folds a JSON key or field name for jsonKeys: error_code,
// errorCode and ErrorCode are one.
func foldKey(k string) string { return strings.ToLower(strings.ReplaceAll(k, "_", "")) }

// literalRoles returns the expressions lit gives the roles of jsonKeys,
// and which of them its type has at all (a struct field left out of the
// literal is still there, as its zero value). ok is false when lit is not
// a literal errcodes can read: a map with a key that is not a constant
// string, or a type that is neither map nor struct.
func (c *checker) literalRoles(lit *ast.CompositeLit) (roles map[catalog.Role]ast.Expr, has map[catalog.Role]bool, ok bool) {
	tv, ok := c.pass.TypesInfo.Types[lit]
	if !ok {
		return nil, nil, false
	}
	roles = make(map[catalog.Role]ast.Expr)
	has = make(map[catalog.Role]bool)
	switch t := tv.Type.Underlying().(type) {
	case *types.Map:
		if b, ok := t.Key().Underlying().(*types.Basic); !ok || b.Info()&types.IsString == 0 {
			return nil, nil, false
		}
		for _, elt := range lit.Elts {
			kv, ok := elt.(*ast.KeyValueExpr)
			if !ok {
				return nil, nil, false
			}
			k, ok := c.constCode(kv.Key)
			if !ok || !k.quoted {
				return nil, nil, false // a key known only at run time may be any
			}
			if role, ok := jsonKeys[foldKey(k.text)]; ok {
				roles[role] = kv.Value
				has[role] = true
			}
		}
	case *types.Struct:
		fields := make(map[int]catalog.Role) // field index -> role
		for i := 0; i < t.NumFields(); i++ {
			f := t.Field(i)
			if !f.Exported() || f.Embedded() {
				continue // encoding/json writes neither as a key of its own
			}
			name := jsonName(t, i)
			omitted := reflect.StructTag(t.Tag(i)).Get("json") == "-"
			if omitted {
				name = f.Name()
			}
			role, ok := jsonKeys[foldKey(name)]
			if !ok || !fieldFits(role, f.Type()) || omitted && role != catalog.RoleStatus {
				// A status the type keeps out of its JSON (json:"-", for
				// WriteHeader) is still its status; a code or message kept
				// out is not in the body.
				continue
			}
			fields[i] = role
			has[role] = true
		}
		for i, elt := range lit.Elts {
			idx, val := i, elt
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				id, ok := kv.Key.(*ast.Ident)
				if !ok {
					return nil, nil, false
				}
				idx, val = fieldIndex(t, id.Name), kv.Value
			}
			if role, ok := fields[idx]; ok {
				roles[role] = val
			}
		}
	default:
		return nil, nil, false
	}
	return roles, has, true
}

// fieldFits reports whether a struct field of type t can carry role: a
// code is a string or an integer, a status an integer, a message a string.
func fieldFits(role catalog.Role, t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	switch role {
	case catalog.RoleCode:
		return ok && b.Info()&(types.IsString|types.IsInteger) != 0
	case catalog.RoleStatus:
		return ok && b.Info()&types.IsInteger != 0
	case catalog.RoleMessage:
		return ok && b.Info()&types.IsString != 0
	}
	return true // the nested error object: whatever literalOf can read
}

// literalOf returns the composite literal e is: lit, &lit, or a local
// variable initialised with one of these and used nowhere else than in e,
// so that nothing can have changed it. Otherwise nil.
func (c *checker) literalOf(e ast.Expr) *ast.CompositeLit {
	return c.literalOf1(e, true)
}

func (c *checker) literalOf1(e ast.Expr, follow bool) *ast.CompositeLit {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	switch e := e.(type) {
	case *ast.CompositeLit:
		return e
	case *ast.Ident:
		if !follow {
			return nil
		}
		if init := c.soleInit(e); init != nil {
			return c.literalOf1(init, false)
		}
	}
	return nil
}

// soleInit returns the initial value of the local variable id refers to,
// when id is its only use. Otherwise nil.
func (c *checker) soleInit(id *ast.Ident) ast.Expr {
	decl, v := c.soleUse(id)
	switch d := decl.(type) {
	case *ast.AssignStmt:
		if len(d.Lhs) == len(d.Rhs) {
			for i, l := range d.Lhs {
				if l, ok := l.(*ast.Ident); ok && c.pass.TypesInfo.Defs[l] == v {
					return d.Rhs[i]
				}
			}
		}
	case *ast.ValueSpec:
		if len(d.Names) == len(d.Values) {
			for i, name := range d.Names {
				if c.pass.TypesInfo.Defs[name] == v {
					return d.Values[i]
				}
			}
		}
	}
	return nil
}

// soleUse returns the statement that declares the local variable id
// refers to (a := assignment or a var spec) when id is its only use: it
// is not assigned, its address is not taken, it is passed to nothing that
// could change what it holds. Otherwise nil.
func (c *checker) soleUse(id *ast.Ident) (ast.Node, *types.Var) {
	info := c.pass.TypesInfo
	v, ok := info.Uses[id].(*types.Var)
	if !ok || v.Pkg() == nil || v.Parent() == nil || v.Parent() == v.Pkg().Scope() {
		return nil, nil // not a local variable
	}
	scope := v.Parent()
	f := c.fileOf(id.Pos())
	if f == nil {
		return nil, nil
	}
	var decl ast.Node
	uses := 0
	ast.Inspect(f, func(n ast.Node) bool {
		if n == nil || n.End() < scope.Pos() || n.Pos() > scope.End() {
			return false
		}
		switch n := n.(type) {
		case *ast.Ident:
			if info.Uses[n] == v {
				uses++
			}
		case *ast.AssignStmt:
			if n.Tok == token.DEFINE && slices.ContainsFunc(n.Lhs, func(l ast.Expr) bool {
				id, ok := l.(*ast.Ident)
				return ok && info.Defs[id] == v
			}) {
				decl = n
			}
		case *ast.ValueSpec:
			if slices.ContainsFunc(n.Names, func(id *ast.Ident) bool { return info.Defs[id] == v }) {
				decl = n
			}
		}
		return true
	})
	if uses != 1 || decl == nil {
		return nil, nil
	}
	return decl, v
}

// presetWanted reports whether a preset site is worth checking. A
// configured emitter is an error by definition; a preset pattern may write
// a success response ({"code": 0, "data": ...} with 200 OK) or repeat the
// HTTP status as its code ({"code": 404}). So a documented code (or "?")
// is always checked, and an undocumented one only where the response is
// surely an error: a constant status of 400 or more that the code does not
// merely repeat, or a call that only builds errors (alwaysError). With no
// constant status, an undocumented code is reported only when it is a
// likely typo of a documented one.
func (c *checker) presetWanted(s *site, alwaysError bool) bool {
	code, ok := c.constCode(s.args[catalog.RoleCode])
	if !ok {
		return false // not a constant: nothing to check
	}
	if code.text == catalog.Placeholder || c.cat.Lookup(code.text) != nil {
		return true
	}
	status, known := 0, false
	if sts, _ := c.statuses(s); len(sts) == 1 {
		status, known = sts[0], true
	}
	switch {
	case known && code.text == strconv.Itoa(status):
		return false // the body repeats the status: it is no error code
	case known:
		return status >= 400 || alwaysError
	case alwaysError:
		return true
	}
	_, typo := c.cat.Nearest(code.text)
	return typo
}

// presetFuncSites returns the sites that enabled presets recognise only
// from several statements of one function body (their setStatus and
// writeBody), such as WriteHeader followed by encoding a body that
// carries a code:
//
//   - nethttp: w.WriteHeader(status), then json.NewEncoder(w).Encode(body)
//     or, with b, _ := json.Marshal(body) used only there, w.Write(b).
//   - chi: render.Status(r, status), then render.JSON(w, r, body) or
//     render.DefaultResponder(w, r, body).
//
// A write is paired only with the setters of its own preset, on the same
// target.
//
// A write that no status setter can precede is a 200 OK response: no
// site. The status is known only when exactly one setter can run before
// the write, it always does (a statement of the write's block or of an
// enclosing one), and its status is a constant; else the site is checked
// without a status. See mayPrecede for what "can run before" means.
func (c *checker) presetFuncSites(body *ast.BlockStmt) []*site {
	var ps []*preset
	for _, p := range allPresets {
		if (p.setStatus != nil || p.writeBody != nil) && c.match.hasPreset(p.name) {
			ps = append(ps, p)
		}
	}
	if len(ps) == 0 {
		return nil
	}
	var sites []*site
	// Each function literal is a function of its own: a WriteHeader in a
	// closure says nothing of the status its enclosing function writes.
	funcs := []*ast.BlockStmt{body}
	for len(funcs) > 0 {
		fb := funcs[0]
		funcs = funcs[1:]
		f := c.statusWrites(fb, ps)
		funcs = append(funcs, f.lits...)
		for _, w := range f.writes {
			var before []statusSetter
			for _, s := range f.setters {
				if s.kind == w.kind && s.target == w.target && s.call.End() <= w.call.Pos() &&
					(f.hasGoto || c.mayPrecede(s.path, w.path)) {
					before = append(before, s)
				}
			}
			if len(before) == 0 {
				continue
			}
			var status ast.Expr
			if s := before[0]; len(before) == 1 && s.block != nil && slices.Contains(w.path, s.block) {
				status = s.status
			}
			if st := c.bodySite(w.call, status, w.body, false); st != nil {
				st.preset = w.kind
				sites = append(sites, st)
			}
		}
	}
	return sites
}

// A statusSetter is a call that sets the status a later write uses:
// w.WriteHeader(status) or render.Status(r, status), as a preset's
// setStatus finds it.
type statusSetter struct {
	kind   string       // the preset
	target types.Object // w, or r for chi
	call   *ast.CallExpr
	status ast.Expr
	block  ast.Node   // the block it is a statement of, or nil
	path   []ast.Node // from the function body down to call
}

// A bodyWrite is a call that writes a body as JSON, as a preset's
// writeBody finds it.
type bodyWrite struct {
	kind   string
	target types.Object
	call   *ast.CallExpr
	body   ast.Expr
	path   []ast.Node
}

// funcWrites is what statusWrites finds in one function body.
type funcWrites struct {
	setters []statusSetter
	writes  []bodyWrite
	lits    []*ast.BlockStmt // the bodies of the function literals in it
	hasGoto bool
}

// statusWrites collects the status setters and body writes that the
// presets ps find in one function body, in the order of the source.
func (c *checker) statusWrites(fb *ast.BlockStmt, ps []*preset) funcWrites {
	var f funcWrites
	var stack []ast.Node
	ast.Inspect(fb, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			f.lits = append(f.lits, n.Body)
			return false
		case *ast.BranchStmt:
			f.hasGoto = f.hasGoto || n.Tok == token.GOTO
		}
		stack = append(stack, n)
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		fn, ok := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
		if !ok {
			return true
		}
		args := c.presetArgs(call)
		path := slices.Clone(stack)
		var block ast.Node
		if len(stack) >= 3 {
			if _, ok := stack[len(stack)-2].(*ast.ExprStmt); ok && isBlock(stack[len(stack)-3]) {
				block = stack[len(stack)-3]
			}
		}
		key := funcKey(fn)
		for _, p := range ps {
			if p.setStatus != nil {
				if t, status := p.setStatus(c, call, key, args); t != nil {
					f.setters = append(f.setters, statusSetter{p.name, t, call, status, block, path})
					break
				}
			}
			if p.writeBody != nil {
				if t, body := p.writeBody(c, call, key, args); t != nil {
					f.writes = append(f.writes, bodyWrite{p.name, t, call, body, path})
					break
				}
			}
		}
		return true
	})
	return f
}

func isBlock(n ast.Node) bool {
	switch n.(type) {
	case *ast.BlockStmt, *ast.CaseClause, *ast.CommClause:
		return true
	}
	return false
}

// mayPrecede reports whether the setter at the end of path sp may run
// before the write at the end of wp, which comes after it in the source,
// in a function without goto. It may not when they are in two branches of
// one if, switch (with no fallthrough) or select, outside any loop, or
// when a block the setter is in, and the write is not, always returns
// (ends in return or panic, with no break or continue that could leave it
// first): the usual if err != nil { ...; return }.
func (c *checker) mayPrecede(sp, wp []ast.Node) bool {
	k := 0
	for k < len(sp) && k < len(wp) && sp[k] == wp[k] {
		k++
	}
	if k == 0 || k >= len(sp) || k >= len(wp) {
		return true
	}
	for _, n := range sp[:k] {
		switch n.(type) {
		case *ast.ForStmt, *ast.RangeStmt:
			return true // a later iteration runs after the setter
		}
	}
	switch a := sp[k-1].(type) {
	case *ast.IfStmt:
		if sp[k] == a.Body && wp[k] == a.Else {
			return false
		}
	case *ast.BlockStmt:
		if k >= 2 {
			switch p := sp[k-2].(type) {
			case *ast.SwitchStmt:
				if !hasFallthrough(p) {
					return false
				}
			case *ast.TypeSwitchStmt, *ast.SelectStmt:
				return false
			}
		}
	}
	for _, n := range sp[k:] {
		if isBlock(n) && c.alwaysReturns(n) {
			return false
		}
	}
	return true
}

// hasFallthrough reports whether a clause of sw falls through.
func hasFallthrough(sw *ast.SwitchStmt) bool {
	for _, cl := range sw.Body.List {
		body := cl.(*ast.CaseClause).Body
		if len(body) > 0 {
			if br, ok := body[len(body)-1].(*ast.BranchStmt); ok && br.Tok == token.FALLTHROUGH {
				return true
			}
		}
	}
	return false
}

// alwaysReturns reports whether the statements of block b end in a return
// or a call of panic, and no break or continue in b can leave it before.
func (c *checker) alwaysReturns(b ast.Node) bool {
	var list []ast.Stmt
	switch b := b.(type) {
	case *ast.BlockStmt:
		list = b.List
	case *ast.CaseClause:
		list = b.Body
	case *ast.CommClause:
		list = b.Body
	}
	if len(list) == 0 {
		return false
	}
	ends := false
	switch last := list[len(list)-1].(type) {
	case *ast.ReturnStmt:
		ends = true
	case *ast.ExprStmt:
		if call, ok := last.X.(*ast.CallExpr); ok {
			if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
				_, ends = c.pass.TypesInfo.Uses[id].(*types.Builtin)
				ends = ends && id.Name == "panic"
			}
		}
	}
	if !ends {
		return false
	}
	jumps := false
	ast.Inspect(b, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.BranchStmt:
			jumps = jumps || n.Tok != token.FALLTHROUGH
		}
		return !jumps
	})
	return !jumps
}

// identObj returns the variable e names, or nil if e is not a plain
// identifier: w and r are matched by identity, h.w and the like are not.
func (c *checker) identObj(e ast.Expr) types.Object {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok {
		return nil
	}
	return v
}

// A constName is a code expression that errcodes reads as the name of
// the constant it evaluates to, not as its value: a gRPC API documents
// codes.NotFound as "NotFound", not 5. constCode reads v; findings are
// reported at the expression.
type constName struct {
	ast.Expr
	v value
}

// typeStrings returns the types of t, as types.TypeString writes them
// with full package paths: "*net/http.Request".
func typeStrings(t *types.Tuple) []string {
	s := make([]string, t.Len())
	for i := range s {
		s[i] = types.TypeString(t.At(i).Type(), nil)
	}
	return s
}

// returnsError reports whether sig returns exactly an error.
func returnsError(sig *types.Signature) bool {
	r := sig.Results()
	return r.Len() == 1 && types.TypeString(r.At(0).Type(), nil) == "error"
}
