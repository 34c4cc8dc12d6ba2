package analyzer

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"maps"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/errcodes/errcodes/catalog"
	"golang.org/x/tools/go/analysis"
)

// An emitterFact marks a function or method that passes one of its
// parameters, unchanged, into the code role of an emitter: a wrapper,
// inferred the way the printf analyzer infers printf wrappers, or declared
// with //errcodes:emitter. Calls of it are emit sites in every package
// that imports it.
type emitterFact struct {
	Params  []RoleParam // sorted by role
	Fixed   []RoleConst // values the wrapper fixes itself, sorted by role
	Catalog string      // the named catalog its codes belong to, "" for the default
}

// RoleParam says which parameter carries a role: the parameter itself,
// or, when Field is set, that field of a struct parameter
// (respondErr(ctx, apierr.OrderNotFound) passing e.Code on).
type RoleParam struct {
	Role  string
	Param int
	Field string
}

// RoleConst is a constant a wrapper passes for a role, encoded by kind:
// "s:text" for a string, "i:123" for an integer, "b:true" for a bool.
type RoleConst struct {
	Role  string
	Value string
}

func (*emitterFact) AFact() {}

func (f *emitterFact) String() string {
	var parts []string
	for _, p := range f.Params {
		field := ""
		if p.Field != "" {
			field = "." + p.Field
		}
		parts = append(parts, fmt.Sprintf("%s=arg%d%s", p.Role, p.Param, field))
	}
	for _, c := range f.Fixed {
		parts = append(parts, fmt.Sprintf("%s=%s", c.Role, c.Value))
	}
	if f.Catalog != "" {
		parts = append(parts, "catalog="+f.Catalog)
	}
	return "emitter(" + strings.Join(parts, " ") + ")"
}

// wrapsFact marks a package that exports wrappers, so that its importers
// do not skip themselves even when its export data does not mention the
// emitter's package.
type wrapsFact struct{}

func (*wrapsFact) AFact()         {}
func (*wrapsFact) String() string { return "wraps" }

func (c *callable) fact() *emitterFact {
	f := &emitterFact{Catalog: c.catalog}
	for role, i := range c.params {
		f.Params = append(f.Params, RoleParam{string(role), i, c.fields[role]})
	}
	for role, v := range c.fixed {
		f.Fixed = append(f.Fixed, RoleConst{string(role), v})
	}
	sort.Slice(f.Params, func(i, j int) bool { return f.Params[i].Role < f.Params[j].Role })
	sort.Slice(f.Fixed, func(i, j int) bool { return f.Fixed[i].Role < f.Fixed[j].Role })
	return f
}

func (f *emitterFact) callable(via string) *callable {
	c := &callable{params: make(map[catalog.Role]int), fixed: make(map[catalog.Role]string), via: via, catalog: f.Catalog}
	for _, p := range f.Params {
		c.params[catalog.Role(p.Role)] = p.Param
		if p.Field != "" {
			if c.fields == nil {
				c.fields = make(map[catalog.Role]string)
			}
			c.fields[catalog.Role(p.Role)] = p.Field
		}
	}
	for _, v := range f.Fixed {
		c.fixed[catalog.Role(v.Role)] = v.Value
	}
	return c
}

// encodeConst encodes a constant for RoleConst.
func encodeConst(v constant.Value) (string, bool) {
	switch v.Kind() {
	case constant.String:
		return "s:" + constant.StringVal(v), true
	case constant.Int:
		return "i:" + v.ExactString(), true
	case constant.Bool:
		return "b:" + strconv.FormatBool(constant.BoolVal(v)), true
	}
	return "", false
}

// decodeConst decodes a RoleConst value back into a constant.
func decodeConst(s string) constant.Value {
	kind, text, _ := strings.Cut(s, ":")
	switch kind {
	case "s":
		return constant.MakeString(text)
	case "i":
		return constant.MakeFromLiteral(text, token.INT, 0)
	case "b":
		return constant.MakeBool(text == "true")
	}
	return constant.MakeUnknown()
}

// lookup returns what fn emits through, if anything: a configured
// emitter, a wrapper inferred in this package, or one imported as a fact.
func (c *checker) lookup(fn *types.Func) *callable {
	return c.lookupIn(c.wrappers, fn)
}

// lookupIn is lookup with wrappers as this package's wrappers: inference
// passes those it has found so far.
func (c *checker) lookupIn(wrappers map[*types.Func]*callable, fn *types.Func) *callable {
	fn = fn.Origin()
	inferred := wrappers[fn]
	if inferred == nil && fn.Pkg() != nil && fn.Pkg() != c.pass.Pkg {
		var f emitterFact
		if c.pass.ImportObjectFact(fn, &f) {
			inferred = f.callable(fn.Pkg().Name() + "." + fn.Name())
		}
	}
	if e := c.match.configCallable(fn); e != nil {
		if inferred != nil {
			merged, _ := mergeCallable(e, inferred)
			return merged
		}
		return e
	}
	return inferred
}

// mergeCallable returns a configured emitter with what inference read
// from its body: the roles its body fixes (NewBadRequestError fixing 400)
// that the config does not map. It also returns the roles on which the
// two disagree, for which the config's mapping is kept.
func mergeCallable(config, body *callable) (*callable, []catalog.Role) {
	m := &callable{params: make(map[catalog.Role]int), fixed: make(map[catalog.Role]string), via: config.via}
	maps.Copy(m.params, config.params)
	maps.Copy(m.fixed, config.fixed)
	var conflicts []catalog.Role
	for _, role := range catalog.Roles {
		i, isParam := config.params[role]
		v, isFixed := config.fixed[role]
		bi, bodyParam := body.params[role]
		bv, bodyFixed := body.fixed[role]
		switch {
		case isParam && bodyParam && i != bi, isParam && bodyFixed,
			isFixed && bodyFixed && v != bv, isFixed && bodyParam:
			conflicts = append(conflicts, role)
		case !isParam && !isFixed && bodyFixed && role != catalog.RoleCode:
			m.fixed[role] = bv
			if m.via == "" {
				m.via = body.via
			}
		}
	}
	return m, conflicts
}

// A candidate is a function that may be a wrapper: it has a body and
// parameters.
type candidate struct {
	fd *ast.FuncDecl
	fn *types.Func

	// configured: the config names it. What its body shows is merged
	// with the config (mergeCallable), and checked against it.
	configured bool
}

// inferWrappers finds this package's wrappers, to a fixed point (wrappers
// of wrappers). It returns them with the problems of the
// //errcodes:emitter directives it read, for the caller to report.
func (c *checker) inferWrappers() (map[*types.Func]*callable, []analysis.Diagnostic) {
	cands := c.wrapperCandidates()
	declared, problems := c.declaredEmitters(cands)
	wrappers := make(map[*types.Func]*callable)
	for range len(cands) + 1 {
		changed := false
		for _, cand := range cands {
			w := declared[cand.fn]
			if w == nil {
				w = c.inferWrapper(cand.fd, cand.fn, wrappers, cand.configured)
			}
			old := wrappers[cand.fn]
			if (old == nil) != (w == nil) || (w != nil && w.fact().String() != old.fact().String()) {
				changed = true
				if w == nil {
					delete(wrappers, cand.fn)
				} else {
					w.via = cand.fn.Name()
					wrappers[cand.fn] = w
				}
			}
		}
		if !changed {
			break
		}
	}
	return wrappers, problems
}

// declaredEmitters returns the emitters the candidates' //errcodes:emitter
// directives declare, with the problems of malformed ones. What a
// directive declares does not change from round to round of inference:
// each is read once.
func (c *checker) declaredEmitters(cands []candidate) (map[*types.Func]*callable, []analysis.Diagnostic) {
	declared := make(map[*types.Func]*callable)
	var problems []analysis.Diagnostic
	for _, cand := range cands {
		w, ps := c.directiveEmitter(cand.fd, cand.fn)
		if w != nil {
			declared[cand.fn] = w
		}
		problems = append(problems, ps...)
	}
	return declared, problems
}

// wrapperCandidates returns the functions of the package, tests
// included, that may be wrappers.
func (c *checker) wrapperCandidates() []candidate {
	var cands []candidate
	for _, f := range c.pass.Files {
		for _, decl := range f.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			fn, ok := c.pass.TypesInfo.Defs[fd.Name].(*types.Func)
			if !ok || fn.Type().(*types.Signature).Params().Len() == 0 {
				continue
			}
			cands = append(cands, candidate{fd, fn, c.match.configCallable(fn) != nil})
		}
	}
	return cands
}

// exportWrappers exports a fact for each of the package's wrappers that
// other packages can call, and marks the package as one that has them.
func (c *checker) exportWrappers() {
	exported := false
	for fn, w := range c.wrappers {
		if fn.Exported() {
			c.pass.ExportObjectFact(fn, w.fact())
			exported = true
		}
	}
	if exported {
		c.pass.ExportPackageFact(&wrapsFact{})
	}
}

// inferWrapper returns fn as a wrapper if its body passes a parameter,
// never reassigned, into the code role of an emit site. Each other role
// is the same parameter, or the same constant, at every such site, or it
// is left unknown. wrappers are the package's wrappers inferred so far.
//
// For a configured emitter (configured), every emit site in its body
// counts, and the code is a role like the others: the result is what the
// body shows of each role, to be merged with the config.
func (c *checker) inferWrapper(fd *ast.FuncDecl, fn *types.Func, wrappers map[*types.Func]*callable, configured bool) *callable {
	sig := fn.Type().(*types.Signature)
	params := make(map[*types.Var]int)
	for i := 0; i < sig.Params().Len(); i++ {
		if sig.Variadic() && i == sig.Params().Len()-1 {
			break
		}
		params[sig.Params().At(i)] = i
	}
	info := c.pass.TypesInfo
	// A parameter that is assigned to or whose address is taken may not
	// hold what the caller passed.
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		var lhs []ast.Expr
		switch n := n.(type) {
		case *ast.AssignStmt:
			lhs = n.Lhs
		case *ast.IncDecStmt:
			lhs = []ast.Expr{n.X}
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				lhs = []ast.Expr{n.X}
			}
		case *ast.RangeStmt:
			lhs = []ast.Expr{n.Key, n.Value}
		}
		for _, e := range lhs {
			e = ast.Unparen(e)
			if sel, ok := e.(*ast.SelectorExpr); ok {
				e = sel.X // p.Code = ...: the field is not the caller's
			}
			if id, ok := ast.Unparen(e).(*ast.Ident); ok {
				if v, ok := info.Uses[id].(*types.Var); ok {
					delete(params, v)
				}
			}
		}
		return true
	})
	// paramOf returns the parameter e is, or the field of a struct
	// parameter (passed by value) that e reads.
	paramOf := func(e ast.Expr) (int, string, bool) {
		field := ""
		if sel, ok := ast.Unparen(e).(*ast.SelectorExpr); ok {
			s := info.Selections[sel]
			if s == nil || s.Kind() != types.FieldVal || len(s.Index()) != 1 {
				return 0, "", false
			}
			if _, isStruct := s.Recv().Underlying().(*types.Struct); !isStruct {
				return 0, "", false // through a pointer: the callee may change it
			}
			field, e = sel.Sel.Name, sel.X
		}
		if id, ok := ast.Unparen(e).(*ast.Ident); ok {
			if v, ok := info.Uses[id].(*types.Var); ok {
				i, ok := params[v]
				return i, field, ok
			}
		}
		return 0, "", false
	}

	var w *callable
	consistent := true
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		var s *site
		switch n := n.(type) {
		case *ast.CallExpr:
			s = callSite(info, n, func(callee *types.Func) *callable {
				if callee.Origin() == fn {
					return nil // recursion says nothing new
				}
				return c.lookupIn(wrappers, callee)
			})
		case *ast.CompositeLit:
			s = c.match.litSite(info, n)
		}
		if s == nil {
			return true
		}
		codeParam, codeField, ok := paramOf(s.args[catalog.RoleCode])
		if !ok && !configured {
			return true // this site does not forward the code
		}
		this := &callable{params: make(map[catalog.Role]int), fixed: make(map[catalog.Role]string), catalog: s.catalog}
		if ok {
			this.params[catalog.RoleCode] = codeParam
		}
		if codeField != "" {
			this.fields = map[catalog.Role]string{catalog.RoleCode: codeField}
		}
		for role := range s.mapped {
			if role == catalog.RoleCode && !configured {
				continue
			}
			if e, ok := s.args[role]; ok {
				if i, field, ok := paramOf(e); ok {
					this.params[role] = i
					if field != "" {
						if this.fields == nil {
							this.fields = make(map[catalog.Role]string)
						}
						this.fields[role] = field
					}
				} else if tv, ok := info.Types[e]; ok && tv.Value != nil {
					if enc, ok := encodeConst(tv.Value); ok {
						this.fixed[role] = enc
					}
				}
			} else if v, ok := s.fixed[role]; ok {
				this.fixed[role] = v
			}
		}
		if w == nil {
			w = this
			return true
		}
		if !configured && (w.params[catalog.RoleCode] != codeParam || w.fields[catalog.RoleCode] != codeField) || w.catalog != this.catalog {
			consistent = false // (a code of two catalogs is no one code)
		}
		for role, i := range w.params {
			if j, ok := this.params[role]; !ok || i != j || w.fields[role] != this.fields[role] {
				delete(w.params, role)
				delete(w.fields, role)
			}
		}
		for role, v := range w.fixed {
			if u, ok := this.fixed[role]; !ok || u != v {
				delete(w.fixed, role)
			}
		}
		return true
	})
	if w == nil || !consistent {
		return nil
	}
	if configured {
		if len(w.params) == 0 && len(w.fixed) == 0 {
			return nil
		}
		return w
	}
	if _, ok := w.params[catalog.RoleCode]; !ok {
		return nil
	}
	return w
}

// directiveEmitter returns the emitter an //errcodes:emitter directive in
// fd's doc comment declares, or nil, with the directive's problem if it
// is malformed. The directive's words are role=param, param a name or an
// index: //errcodes:emitter code=code status=status.
func (c *checker) directiveEmitter(fd *ast.FuncDecl, fn *types.Func) (*callable, []analysis.Diagnostic) {
	if fd.Doc == nil {
		return nil, nil
	}
	for _, cm := range fd.Doc.List {
		d := parseDirective(cm)
		if d == nil || d.name != "emitter" {
			continue
		}
		w, problem := parseEmitterDirective(d.arg, fn.Type().(*types.Signature))
		if problem != "" {
			return nil, []analysis.Diagnostic{directiveProblem(d, problem)}
		}
		return w, nil
	}
	return nil, nil
}

func parseEmitterDirective(arg string, sig *types.Signature) (*callable, string) {
	w := &callable{params: make(map[catalog.Role]int), fixed: make(map[catalog.Role]string)}
	for _, word := range strings.Fields(arg) {
		role, param, ok := strings.Cut(word, "=")
		if !ok || !contains(catalog.Roles, catalog.Role(role)) {
			return nil, fmt.Sprintf("errcodes:emitter takes role=parameter words (roles: code, status, message, fields, reason, retryable), not %q", word)
		}
		i, err := strconv.Atoi(param)
		if err != nil {
			i = paramIndex(sig, param)
		}
		if i < 0 || i >= sig.Params().Len() {
			return nil, fmt.Sprintf("errcodes:emitter: %s has no parameter %s", role, param)
		}
		w.params[catalog.Role(role)] = i
	}
	if _, ok := w.params[catalog.RoleCode]; !ok {
		return nil, "errcodes:emitter needs code=PARAM"
	}
	return w, ""
}

// configConflicts returns a config error for each configured emitter of
// this package whose body disagrees with the config on a role: the config
// maps it to one argument and the body passes another, or fixes a
// constant; each error names both positions.
func (c *checker) configConflicts(configDir string) catalog.ErrorList {
	var errs catalog.ErrorList
	for fn, body := range c.wrappers {
		config := c.match.configCallable(fn)
		if config == nil {
			continue
		}
		_, conflicts := mergeCallable(config, body)
		if len(conflicts) == 0 {
			continue
		}
		e := c.match.configFunc(fn)
		at := c.pass.Fset.Position(fn.Pos())
		if rel, err := filepath.Rel(configDir, at.Filename); err == nil && !strings.HasPrefix(rel, "..") {
			at.Filename = filepath.ToSlash(rel)
		}
		for _, role := range conflicts {
			a := e.Args[role]
			errs = append(errs, &catalog.Error{Pos: a.Pos, Msg: fmt.Sprintf("emitter %s: %s is %s here, but its body (%s:%d) %s",
				e.Name(), role, argText(a), at.Filename, at.Line, bodyRoleText(fn, body, role))})
		}
	}
	sort.Slice(errs, func(i, j int) bool { return errs[i].Pos.Line < errs[j].Pos.Line })
	return errs
}

// argText says what a config maps a role to: "argument 1", "parameter
// code" or "{value: 400}".
func argText(a catalog.Arg) string {
	switch {
	case a.Fixed:
		return "{value: " + a.Value.Text + "}"
	case a.Name != "":
		return "parameter " + a.Name
	}
	return fmt.Sprintf("argument %d", a.Index)
}

// bodyRoleText says what fn's body gives role: a parameter, or a constant.
func bodyRoleText(fn *types.Func, body *callable, role catalog.Role) string {
	if i, ok := body.params[role]; ok {
		return fmt.Sprintf("passes argument %d (%s)", i, fn.Signature().Params().At(i).Name())
	}
	v, _ := codeValue(decodeConst(body.fixed[role]))
	return "fixes it to " + v.String()
}
