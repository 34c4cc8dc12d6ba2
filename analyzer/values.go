package analyzer

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"sort"

	"golang.org/x/tools/go/ssa"
)

// Values beyond constants. A code is often not a constant at the emit site
// but a variable that holds one of a few: a local assigned only constants
// on every path (a switch that picks one), a package-level var that
// nothing reassigns, a field of a package-level struct used as an enum
// (apierr.OrderNotFound.Code), a map literal looked up with a constant
// key. errcodes reads these through the SSA form of the package, built
// only for packages that can emit and only when a site needs it: a value
// is resolved to its set of possible constants, or, when anything about it
// is uncertain, to nothing.

// A globalFact records the constant value of an exported package-level
// variable that its package never reassigns (Field ""), or of the fields
// of an exported struct variable, for importers that read them.
type globalFact struct {
	Values []RoleConst // Role is the field name, "" for the variable itself
}

func (*globalFact) AFact() {}

func (f *globalFact) String() string {
	s := "global("
	for i, v := range f.Values {
		if i > 0 {
			s += " "
		}
		if v.Role != "" {
			s += v.Role + "="
		}
		s += v.Value
	}
	return s + ")"
}

// ssaValues is the SSA form of the package being checked, built on first
// use.
type ssaValues struct {
	built  bool
	pkg    *ssa.Package
	refs   map[ast.Expr]ssa.Value         // from debug references
	exprs  map[ssa.Value]ast.Expr         // the other way: the expression a value is of
	stores map[ssa.Value][]*ssa.Store     // stores by address, across the package
	uses   map[*ssa.Global]int            // uses of each global other than loads and init stores
	update map[ssa.Value][]*ssa.MapUpdate // map updates by map
	loads  map[*ssa.Global][]*ssa.UnOp    // loads of each global, in every function
	maps   map[ssa.Value][]*ssa.MapUpdate // mapEntries' answer for each package-level map asked, nil for none
}

// build builds the package's SSA form, with debug references so that
// expressions can be mapped to values. A panic in the builder (it has
// had bugs on unusual code) leaves values unresolved, never a crash.
func (c *checker) buildSSA() *ssaValues {
	v := &c.ssa
	if v.built {
		return v
	}
	v.built = true
	defer func() {
		if recover() != nil {
			v.pkg = nil
		}
	}()
	prog := ssa.NewProgram(c.pass.Fset, 0)
	for _, p := range c.pass.Pkg.Imports() {
		prog.CreatePackage(p, nil, nil, true)
	}
	files, info := c.pass.Files, c.pass.TypesInfo
	if c.globalsOnly {
		files, info = globalsOnly(c.pass.Pkg, info, files)
	}
	pkg := prog.CreatePackage(c.pass.Pkg, files, info, false)
	pkg.SetDebugMode(!c.globalsOnly)
	pkg.Build()

	v.refs = make(map[ast.Expr]ssa.Value)
	v.exprs = make(map[ssa.Value]ast.Expr)
	v.stores = make(map[ssa.Value][]*ssa.Store)
	v.uses = make(map[*ssa.Global]int)
	v.update = make(map[ssa.Value][]*ssa.MapUpdate)
	v.loads = make(map[*ssa.Global][]*ssa.UnOp)
	v.maps = make(map[ssa.Value][]*ssa.MapUpdate)
	initFn := pkg.Func("init")
	var visit func(fn *ssa.Function)
	visit = func(fn *ssa.Function) {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				switch instr := instr.(type) {
				case *ssa.DebugRef:
					v.refs[instr.Expr] = instr.X
					if _, isCall := instr.Expr.(*ast.CallExpr); isCall {
						v.exprs[instr.X] = instr.Expr
					}
					continue
				case *ssa.Store:
					v.stores[instr.Addr] = append(v.stores[instr.Addr], instr)
					if g, ok := instr.Addr.(*ssa.Global); ok && fn != initFn {
						v.uses[g]++ // reassigned after initialisation
					}
				case *ssa.MapUpdate:
					v.update[instr.Map] = append(v.update[instr.Map], instr)
				}
				// Any other use of a global's address (passed to a
				// function, stored, converted) may change it.
				for _, op := range instr.Operands(nil) {
					g, ok := (*op).(*ssa.Global)
					if !ok {
						continue
					}
					switch instr := instr.(type) {
					case *ssa.UnOp:
						if instr.Op == token.MUL {
							v.loads[g] = append(v.loads[g], instr)
							continue
						}
					case *ssa.Store:
						if instr.Addr == g {
							continue
						}
					case *ssa.FieldAddr:
						if fn == initFn || onlyLoaded(instr) {
							continue
						}
					case *ssa.DebugRef:
						continue
					}
					v.uses[g]++
				}
			}
		}
		for _, anon := range fn.AnonFuncs {
			visit(anon)
		}
	}
	for _, m := range pkg.Members {
		switch m := m.(type) {
		case *ssa.Function:
			visit(m)
		case *ssa.Type:
			for _, sel := range []*types.MethodSet{prog.MethodSets.MethodSet(m.Type()), prog.MethodSets.MethodSet(types.NewPointer(m.Type()))} {
				for i := 0; i < sel.Len(); i++ {
					if fn := prog.MethodValue(sel.At(i)); fn != nil && fn.Pkg == pkg && fn.Synthetic == "" {
						visit(fn)
					}
				}
			}
		}
	}
	v.pkg = pkg
	return v
}

// onlyLoaded reports whether a field address is only read through.
func onlyLoaded(fa *ssa.FieldAddr) bool {
	for _, r := range *fa.Referrers() {
		if !isRead(r) {
			return false
		}
	}
	return true
}

// isRead reports whether instr only reads through an address it uses: a
// load, or a debug reference.
func isRead(instr ssa.Instruction) bool {
	switch instr := instr.(type) {
	case *ssa.UnOp:
		return instr.Op == token.MUL
	case *ssa.DebugRef:
		return true
	}
	return false
}

// constValues returns the constants e may evaluate to: one for a constant
// expression, the possible values of a variable errcodes can follow, or
// nil when it cannot be certain.
func (c *checker) constValues(e ast.Expr) []constant.Value {
	if e == nil {
		return nil
	}
	if n, ok := e.(*constName); ok {
		return []constant.Value{constant.MakeString(n.v.text)} // a preset's code read by its name
	}
	if f, ok := e.(*fieldOf); ok {
		return c.fieldValues(f)
	}
	if tv, ok := c.pass.TypesInfo.Types[e]; ok && tv.Value != nil {
		return []constant.Value{tv.Value}
	}
	if !mayResolve(e) {
		return nil
	}
	v := c.buildSSA()
	if v.pkg == nil {
		return nil
	}
	val, ok := v.refs[ast.Unparen(e)]
	if !ok {
		return nil
	}
	out, ok := c.safeResolve(val)
	if !ok || len(out) == 0 {
		return nil
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ExactString() < out[j].ExactString() })
	return dedupe(out)
}

// safeResolve resolves val; an unexpected SSA shape that panics leaves
// the value unresolved rather than crashing the run.
func (c *checker) safeResolve(val ssa.Value) (out []constant.Value, ok bool) {
	defer func() {
		if recover() != nil {
			out, ok = nil, false
		}
	}()
	return c.resolve(val, make(map[ssa.Value]bool))
}

// mayResolve reports whether e has a form whose values errcodes can
// follow, so that SSA is built only when it can help.
func mayResolve(e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		return true
	case *ast.SelectorExpr:
		return true
	case *ast.IndexExpr:
		return true
	case *ast.CallExpr:
		return len(e.Args) == 1 // a conversion
	}
	return false
}

func dedupe(vs []constant.Value) []constant.Value {
	out := vs[:0]
	for i, v := range vs {
		if i == 0 || v.ExactString() != vs[i-1].ExactString() {
			out = append(out, v)
		}
	}
	return out
}

// resolve returns the constants v may hold, and false when any path
// leads to something that is not certain.
func (c *checker) resolve(v ssa.Value, seen map[ssa.Value]bool) ([]constant.Value, bool) {
	if seen[v] {
		return nil, true // a cycle adds nothing new
	}
	seen[v] = true
	if len(seen) > 1000 {
		return nil, false
	}
	switch v := v.(type) {
	case *ssa.Const:
		if v.Value == nil {
			return nil, false // nil, or the zero value of a composite type
		}
		return []constant.Value{v.Value}, true
	case *ssa.Phi:
		var out []constant.Value
		for _, edge := range v.Edges {
			vs, ok := c.resolve(edge, seen)
			if !ok {
				return nil, false
			}
			out = append(out, vs...)
		}
		return out, true
	case *ssa.ChangeType:
		return c.resolve(v.X, seen) // between a named type and its underlying type
	case *ssa.UnOp:
		if v.Op != token.MUL {
			return nil, false
		}
		return c.resolveLoad(v.X, seen)
	case *ssa.Lookup:
		return c.resolveLookup(v, seen)
	case *ssa.Field:
		// A field of a struct variable loaded whole: g.Code.
		load, ok := v.X.(*ssa.UnOp)
		if !ok || load.Op != token.MUL {
			return nil, false
		}
		g, ok := load.X.(*ssa.Global)
		if !ok {
			return nil, false
		}
		st, ok := v.X.Type().Underlying().(*types.Struct)
		if !ok || v.Field >= st.NumFields() {
			return nil, false
		}
		return c.resolveGlobal(g, st.Field(v.Field).Name(), seen)
	}
	return nil, false
}

// resolveLoad resolves a load from addr: a package-level variable or a
// field of one.
func (c *checker) resolveLoad(addr ssa.Value, seen map[ssa.Value]bool) ([]constant.Value, bool) {
	field := ""
	if fa, ok := addr.(*ssa.FieldAddr); ok {
		if field = fieldName(fa); field == "" {
			return nil, false
		}
		addr = fa.X
	}
	g, ok := addr.(*ssa.Global)
	if !ok {
		return nil, false
	}
	return c.resolveGlobal(g, field, seen)
}

// resolveGlobal resolves a package-level variable, or one of its fields:
// of this package from its initialiser, of another from its globalFact.
func (c *checker) resolveGlobal(g *ssa.Global, field string, seen map[ssa.Value]bool) ([]constant.Value, bool) {
	obj, _ := g.Object().(*types.Var)
	if obj == nil {
		return nil, false
	}
	if obj.Pkg() != c.pass.Pkg {
		var f globalFact
		if !c.pass.ImportObjectFact(obj, &f) {
			return nil, false
		}
		for _, rc := range f.Values {
			if rc.Role == field {
				return []constant.Value{decodeConst(rc.Value)}, true
			}
		}
		return nil, false
	}
	return c.globalValue(g, field, seen)
}

// globalValue returns the value of a package-level variable of this
// package (or of its field), set once by its initialiser and never
// reassigned nor its address passed on.
func (c *checker) globalValue(g *ssa.Global, field string, seen map[ssa.Value]bool) ([]constant.Value, bool) {
	v := c.buildSSA()
	if v.uses[g] > 0 {
		return nil, false
	}
	stores := v.stores[g]
	if field != "" {
		stores = fieldStores(v, g, field)
		if len(stores) == 0 && len(v.stores[g]) == 1 {
			// The initialiser built the struct in a temporary and
			// copied it whole: read the field's store into it.
			if load, ok := v.stores[g][0].Val.(*ssa.UnOp); ok && load.Op == token.MUL {
				if tmp, ok := load.X.(*ssa.Alloc); ok {
					stores = fieldStores(v, tmp, field)
				}
			}
		}
	}
	if len(stores) != 1 {
		return nil, false // no initialiser (the zero value), or several stores
	}
	return c.resolve(stores[0].Val, seen)
}

// fieldStores returns the stores into field of the struct at addr.
func fieldStores(v *ssaValues, addr ssa.Value, field string) []*ssa.Store {
	var stores []*ssa.Store
	for a, ss := range v.stores {
		if fa, ok := a.(*ssa.FieldAddr); ok && fa.X == addr && fieldName(fa) == field {
			stores = append(stores, ss...)
		}
	}
	return stores
}

// fieldName returns the name of the field fa addresses, or "" when its
// struct is not known (a type parameter's).
func fieldName(fa *ssa.FieldAddr) string {
	ptr, ok := fa.X.Type().Underlying().(*types.Pointer)
	if !ok {
		return ""
	}
	st, ok := ptr.Elem().Underlying().(*types.Struct)
	if !ok || fa.Field >= st.NumFields() {
		return ""
	}
	return st.Field(fa.Field).Name()
}

// resolveLookup resolves m[k] with a constant key k, where m is a map
// literal that nothing else updates: local, or a package-level variable
// never reassigned.
func (c *checker) resolveLookup(l *ssa.Lookup, seen map[ssa.Value]bool) ([]constant.Value, bool) {
	if l.CommaOk {
		return nil, false
	}
	key, ok := l.Index.(*ssa.Const)
	if !ok || key.Value == nil {
		return nil, false
	}
	m := l.X
	if load, ok := m.(*ssa.UnOp); ok && load.Op == token.MUL {
		g, ok := load.X.(*ssa.Global)
		if !ok || g.Pkg != c.ssa.pkg || c.ssa.uses[g] > 0 || len(c.ssa.stores[g]) != 1 {
			return nil, false
		}
		m = c.ssa.stores[g][0].Val
		// Updates through any load of g count too.
		for mv, ups := range c.ssa.update {
			if ld, ok := mv.(*ssa.UnOp); ok && ld.X == g && len(ups) > 0 {
				return nil, false
			}
		}
	}
	mk, ok := m.(*ssa.MakeMap)
	if !ok {
		return nil, false
	}
	// The map may only be filled (by its literal) and read.
	for _, r := range *mk.Referrers() {
		switch r := r.(type) {
		case *ssa.MapUpdate, *ssa.Lookup, *ssa.DebugRef:
		case *ssa.Store:
			if r.Val == mk {
				if _, ok := r.Addr.(*ssa.Global); ok {
					continue // the variable's initialiser
				}
			}
			return nil, false
		default:
			return nil, false
		}
	}
	var found []constant.Value
	for _, up := range c.ssa.update[mk] {
		k, ok := up.Key.(*ssa.Const)
		if !ok || k.Value == nil {
			return nil, false
		}
		if constant.Compare(k.Value, token.EQL, key.Value) {
			vs, ok := c.resolve(up.Value, seen)
			if !ok {
				return nil, false
			}
			found = vs
		}
	}
	if found == nil {
		return nil, false // the zero value: a key the literal lacks
	}
	return found, true
}

// exportGlobalFacts exports the constant values of the package's exported
// variables (and of their fields), for importers such as handlers that
// return apierr.OrderNotFound.Code; with carriers, also the codes each
// carries (carrierFact).
func (c *checker) exportGlobalFacts(carriers bool) {
	scope := c.pass.Pkg.Scope()
	var vars, all []*types.Var
	for _, name := range scope.Names() {
		if obj, ok := scope.Lookup(name).(*types.Var); ok && obj.Exported() {
			all = append(all, obj)
			if eligibleType(obj.Type()) {
				vars = append(vars, obj)
			}
		}
	}
	if len(vars) == 0 && (!carriers || len(all) == 0) {
		return
	}
	v := c.buildSSA()
	if v.pkg == nil {
		return
	}
	if carriers {
		c.exportCarrierFacts(all)
	}
	for _, obj := range vars {
		g, ok := v.pkg.Members[obj.Name()].(*ssa.Global)
		if !ok {
			continue
		}
		var f globalFact
		if st, ok := obj.Type().Underlying().(*types.Struct); ok {
			for i := 0; i < st.NumFields(); i++ {
				name := st.Field(i).Name()
				if vs, ok := c.globalValue(g, name, make(map[ssa.Value]bool)); ok && len(vs) == 1 {
					if enc, ok := encodeConst(vs[0]); ok {
						f.Values = append(f.Values, RoleConst{name, enc})
					}
				}
			}
		} else if vs, ok := c.globalValue(g, "", make(map[ssa.Value]bool)); ok && len(vs) == 1 {
			if enc, ok := encodeConst(vs[0]); ok {
				f.Values = append(f.Values, RoleConst{"", enc})
			}
		}
		if len(f.Values) > 0 {
			c.pass.ExportObjectFact(obj, &f)
		}
	}
}

// eligibleType reports whether variables of type t can hold a code: a
// string, an integer, or a struct with such fields.
func eligibleType(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&(types.IsString|types.IsInteger) != 0
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			if b, ok := u.Field(i).Type().Underlying().(*types.Basic); ok && b.Info()&(types.IsString|types.IsInteger) != 0 {
				return true
			}
		}
	}
	return false
}

// fieldValues returns the constants a field of an argument may hold: of a
// struct literal written in the call, or of a package-level variable
// (apierr.OrderNotFound) nothing reassigns.
func (c *checker) fieldValues(f *fieldOf) []constant.Value {
	arg := ast.Unparen(f.Expr)
	if u, ok := arg.(*ast.UnaryExpr); ok && u.Op == token.AND {
		arg = ast.Unparen(u.X)
	}
	if lit, ok := arg.(*ast.CompositeLit); ok {
		for _, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				if id, ok := kv.Key.(*ast.Ident); ok && id.Name == f.field {
					return c.constValues(kv.Value)
				}
			}
		}
		return nil // left out, or positional
	}
	if !mayResolve(arg) {
		return nil
	}
	v := c.buildSSA()
	if v.pkg == nil {
		return nil
	}
	val, ok := v.refs[arg]
	if !ok {
		return nil
	}
	load, ok := val.(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return nil
	}
	g, ok := load.X.(*ssa.Global)
	if !ok {
		return nil
	}
	var out []constant.Value
	func() {
		defer func() {
			if recover() != nil {
				out = nil
			}
		}()
		vs, ok := c.resolveGlobal(g, f.field, make(map[ssa.Value]bool))
		if ok {
			out = vs
		}
	}()
	return out
}
