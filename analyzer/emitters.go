package analyzer

import (
	"fmt"
	"go/ast"
	"go/types"
	"sort"
	"strings"

	"github.com/errcodes/errcodes/catalog"
	"golang.org/x/tools/go/types/typeutil"
)

// A matcher recognises emit sites: calls of configured functions and
// methods, and composite literals of configured types. It matches by type
// identity (package path and name), never by the name used at the site.
type matcher struct {
	funcs   map[string]*catalog.Emitter // by pkgpath.Func or pkgpath.Type.Method
	types   map[string]*catalog.Emitter // by pkgpath.Type
	pkgs    map[string]bool             // every import path that may define an emitter; "" any
	names   map[string]bool             // the last part of every emitter's name: no key is built for other names
	presets []string                    // the presets enabled
}

func newMatcher(cfg *catalog.Config) *matcher {
	m := &matcher{
		funcs: make(map[string]*catalog.Emitter),
		types: make(map[string]*catalog.Emitter),
		pkgs:  make(map[string]bool),
		names: make(map[string]bool),
	}
	for i := range cfg.Emitters {
		e := &cfg.Emitters[i]
		if e.Func != "" {
			m.funcs[e.Func] = e
		} else {
			m.types[e.Type] = e
		}
		name := e.Name()
		m.names[name[strings.LastIndex(name, ".")+1:]] = true
		for _, p := range e.Packages() {
			m.pkgs[p] = true
		}
	}
	m.presets = presetsOf(cfg)
	for _, p := range m.presets {
		for _, path := range presetPackages[p] {
			m.pkgs[path] = true
		}
	}
	return m
}

// funcKey returns the name a config uses for fn: pkgpath.Func or
// pkgpath.Type.Method, for generic functions and methods their origin's.
func funcKey(fn *types.Func) string {
	fn = fn.Origin()
	if fn.Pkg() == nil {
		return ""
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || sig.Recv() == nil {
		return fn.Pkg().Path() + "." + fn.Name()
	}
	named := namedOf(sig.Recv().Type())
	if named == nil {
		return "" // a method of an unnamed interface
	}
	return fn.Pkg().Path() + "." + named.Obj().Name() + "." + fn.Name()
}

// configFunc returns the emitter the config names fn, or nil. Most
// functions a package calls are not emitters: their names rule them out
// before a key is built.
func (m *matcher) configFunc(fn *types.Func) *catalog.Emitter {
	if len(m.funcs) == 0 || !m.names[fn.Name()] {
		return nil
	}
	return m.funcs[funcKey(fn)]
}

// configType returns the emitter the config names named, or nil.
func (m *matcher) configType(named *types.Named) *catalog.Emitter {
	if len(m.types) == 0 || !m.names[named.Obj().Name()] {
		return nil
	}
	return m.types[typeKey(named)]
}

// namedOf returns the named type of t or *t, as its generic origin.
func namedOf(t types.Type) *types.Named {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return n.Origin()
	}
	return nil
}

// typeKey returns the name a config uses for a named type.
func typeKey(n *types.Named) string {
	if n.Obj().Pkg() == nil {
		return ""
	}
	return n.Obj().Pkg().Path() + "." + n.Obj().Name()
}

// validate checks that every emitter that pkg or its imports would define
// exists, with the parameters and fields the config names. A misspelt
// emitter would otherwise silently check nothing.
func (m *matcher) validate(pkg *types.Package) error {
	visible := map[string]*types.Package{pkg.Path(): pkg}
	for _, imp := range pkg.Imports() {
		visible[imp.Path()] = imp
	}
	var errs catalog.ErrorList
	for _, es := range []map[string]*catalog.Emitter{m.funcs, m.types} {
		for _, e := range es {
			var problem string
			found := false
			for _, path := range e.Packages() {
				p := visible[path]
				if p == nil {
					continue
				}
				msg := checkEmitter(e, p, e.Member(path))
				if msg == "" {
					found = true
					break
				}
				if problem == "" {
					problem = msg
				}
			}
			if !found && problem != "" {
				errs = append(errs, &catalog.Error{Pos: e.Pos, Msg: fmt.Sprintf("emitter %s: %s", e.Name(), problem)})
			}
		}
	}
	if len(errs) == 0 {
		return nil
	}
	sort.Slice(errs, func(i, j int) bool { return errs[i].Pos.Line < errs[j].Pos.Line })
	return errs
}

// checkEmitter checks e, whose member name in package p is member, and
// returns what is wrong with it, or "".
func checkEmitter(e *catalog.Emitter, p *types.Package, member string) string {
	typeName, name, isMethod := strings.Cut(member, ".")
	if !isMethod {
		name = typeName
	}
	obj := p.Scope().Lookup(typeName)
	if e.Type != "" {
		tn, ok := obj.(*types.TypeName)
		if !ok {
			return fmt.Sprintf("package %s has no type %s", p.Path(), name)
		}
		st, ok := tn.Type().Underlying().(*types.Struct)
		if !ok {
			return fmt.Sprintf("%s is not a struct type", name)
		}
		for _, r := range catalog.Roles {
			if a, ok := e.Args[r]; ok && !a.Fixed && fieldIndex(st, a.Name) < 0 {
				return fmt.Sprintf("type %s has no field %s (for %s)", name, a.Name, r)
			}
		}
		return ""
	}
	var fn *types.Func
	if isMethod {
		tn, ok := obj.(*types.TypeName)
		if !ok {
			return fmt.Sprintf("package %s has no type %s", p.Path(), typeName)
		}
		m, _, _ := types.LookupFieldOrMethod(tn.Type(), true, p, name)
		if fn, ok = m.(*types.Func); !ok {
			return fmt.Sprintf("type %s has no method %s", typeName, name)
		}
	} else if fn, _ = obj.(*types.Func); fn == nil {
		return fmt.Sprintf("package %s has no function %s", p.Path(), name)
	}
	sig := fn.Type().(*types.Signature)
	for _, r := range catalog.Roles {
		a, ok := e.Args[r]
		if !ok || a.Fixed {
			continue
		}
		if a.Name != "" {
			if paramIndex(sig, a.Name) < 0 {
				return fmt.Sprintf("%s has no parameter %s (for %s)", member, a.Name, r)
			}
		} else if a.Index >= sig.Params().Len() && !sig.Variadic() {
			return fmt.Sprintf("%s has %d parameters; %s is argument %d", member, sig.Params().Len(), r, a.Index)
		}
	}
	return ""
}

func paramIndex(sig *types.Signature, name string) int {
	for i := 0; i < sig.Params().Len(); i++ {
		if sig.Params().At(i).Name() == name {
			return i
		}
	}
	return -1
}

func fieldIndex(st *types.Struct, name string) int {
	for i := 0; i < st.NumFields(); i++ {
		if st.Field(i).Name() == name {
			return i
		}
	}
	return -1
}

// A site is one place that emits a code: the call or composite literal,
// the expression that carries each role where it has one, and the values
// a wrapper fixes for the roles it does not take as parameters.
type site struct {
	node   ast.Node
	args   map[catalog.Role]ast.Expr
	fixed  map[catalog.Role]string // encoded as in emitterFact
	mapped map[catalog.Role]bool   // the roles the emitter carries at all
	via    string                  // the wrapper called, for messages; "" for a configured emitter
	preset string                  // the preset that recognised it, if one did

	// catalog names the catalog the site's code is checked against: ""
	// for the default one.
	catalog string

	// grpcStatus is the canonical gRPC code the site returns its code
	// with ("NotFound"), read from grpcExpr, for gRPC error details.
	grpcStatus string
	grpcExpr   ast.Expr

	// carrier is the expression that holds code-carrying values at a use
	// of them (a result returned, an element appended, a writer's error
	// argument), and carried what it carries, when the walk resolved it.
	carrier ast.Expr
	carried []carried

	// Where the walk found it: its file, and the function it is in.
	file *ast.File
	in   *enclosing

	// With Options.Collect: the site's index in Result.Sites plus one,
	// for the verdicts the site records.
	collected int
}

// A callable is a function that emits: a configured emitter, or a wrapper
// inferred from its body.
type callable struct {
	params map[catalog.Role]int    // role -> parameter index
	fields map[catalog.Role]string // role -> field of that (struct) parameter, if not the parameter itself
	fixed  map[catalog.Role]string
	via    string

	catalog string // the named catalog its codes belong to, "" for the default
}

// configCallable returns fn as a configured emitter, or nil.
func (m *matcher) configCallable(fn *types.Func) *callable {
	e := m.configFunc(fn)
	if e == nil {
		return nil
	}
	sig := fn.Type().(*types.Signature)
	c := &callable{params: make(map[catalog.Role]int), catalog: e.Catalog}
	for role, a := range e.Args {
		if a.Fixed {
			if c.fixed == nil {
				c.fixed = make(map[catalog.Role]string)
			}
			c.fixed[role] = encodeArgValue(a.Value)
			c.via = calleeName(nil, fn) // a status fixed by it is reported "by" it
			continue
		}
		i := a.Index
		if a.Name != "" {
			i = paramIndex(sig, a.Name)
		}
		if i >= 0 {
			c.params[role] = i
		}
	}
	return c
}

// encodeArgValue encodes a config's fixed role value as RoleConst does.
func encodeArgValue(v catalog.ArgValue) string {
	switch v.Kind {
	case "int":
		return "i:" + v.Text
	case "bool":
		return "b:" + v.Text
	}
	return "s:" + v.Text
}

// callSite returns the site of call, or nil if it calls nothing that
// emits. lookup finds the callable for a function.
func callSite(info *types.Info, call *ast.CallExpr, lookup func(*types.Func) *callable) *site {
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok {
		return nil // a builtin, a conversion, or a call of a func value
	}
	c := lookup(fn)
	if c == nil {
		return nil
	}
	sig := fn.Type().(*types.Signature)
	args := call.Args
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if s := info.Selections[sel]; s != nil && s.Kind() == types.MethodExpr {
			args = args[min(1, len(args)):] // T.Method(recv, args...)
		}
	}
	if len(args) == 1 && sig.Params().Len() > 1 {
		return nil // f(g()) with a tuple: the roles cannot be told apart
	}
	s := &site{node: call, args: make(map[catalog.Role]ast.Expr), fixed: c.fixed, mapped: make(map[catalog.Role]bool), via: c.via, catalog: c.catalog}
	for role := range c.fixed {
		s.mapped[role] = true
	}
	for role, i := range c.params {
		s.mapped[role] = true
		if i >= len(args) {
			continue
		}
		if sig.Variadic() && i >= sig.Params().Len()-1 && call.Ellipsis.IsValid() {
			continue // f(xs...): the element is not known
		}
		s.args[role] = args[i]
		if role == catalog.RoleError {
			s.carrier = args[i]
			delete(s.args, role)
		}
		if f := c.fields[role]; f != "" {
			s.args[role] = &fieldOf{Expr: args[i], field: f}
		}
	}
	return s
}

// A fieldOf is a field of an argument that a wrapper passes on as a role,
// respondErr(ctx, apierr.OrderNotFound) passing its Code: findings are
// reported at the argument.
type fieldOf struct {
	ast.Expr
	field string
}

// litSite returns the site of a composite literal, or nil if its type is
// no emitter.
func (m *matcher) litSite(info *types.Info, lit *ast.CompositeLit) *site {
	tv, ok := info.Types[lit]
	if !ok {
		return nil
	}
	named := namedOf(tv.Type)
	if named == nil {
		return nil
	}
	e := m.configType(named)
	if e == nil {
		return nil
	}
	st, ok := named.Underlying().(*types.Struct)
	if !ok {
		return nil
	}
	s := &site{node: lit, args: make(map[catalog.Role]ast.Expr), mapped: make(map[catalog.Role]bool), catalog: e.Catalog}
	for role, a := range e.Args {
		s.mapped[role] = true
		if a.Fixed {
			if s.fixed == nil {
				s.fixed = make(map[catalog.Role]string)
			}
			s.fixed[role] = encodeArgValue(a.Value)
			continue
		}
		idx := fieldIndex(st, a.Name)
		for i, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				if id, ok := kv.Key.(*ast.Ident); ok && id.Name == a.Name {
					s.args[role] = kv.Value
				}
			} else if i == idx {
				s.args[role] = elt
			}
		}
	}
	return s
}
