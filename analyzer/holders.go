package analyzer

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"

	"github.com/errcodes/errcodes/catalog"
	"golang.org/x/tools/go/ssa"
)

// Code-carrying values held in a struct field or a map entry. A handler
// often puts the value it answers with in a field of a struct of its own
// before it writes it (resp.Err = apierr.ErrBlobUnknown.WithDetail(d);
// ...; writeError(w, resp.Err)), and a service that defines its codes
// once may keep them in a map looked up by a constant (minio's
// errorCodes[ErrNoSuchBucket]). What the field or the entry holds is
// carried to its use only when nothing else can have changed it:
//
//   - a field of a struct the function allocates, whose address never
//     leaves the function (no call, store or closure gets the struct's
//     or the field's address, and the struct is not assigned whole),
//     stored exactly once, by its literal or an assignment, before every
//     load of it;
//   - an entry of a map literal looked up with a constant key it has: a
//     local map, or an unexported package-level variable that nothing
//     reassigns, and that every function of the package only reads (a
//     lookup, a range, len, or a call of a function of the package that
//     only reads it in turn), whose entry is not a pointer, even behind
//     an interface.
//
// Anything else (a field stored twice or on some paths only, an address
// passed on, a map updated, deleted from or exported, a key that is not
// constant or that the literal lacks) carries nothing.

// traceField returns what field number field of the struct a allocates
// carries when load reads it: the one value stored into it, if that store
// comes before the load on every path and the field cannot be changed
// any other way. A struct variable initialised by a literal is built in
// a temporary and copied whole (env := envelope{Err: X}): the copy is a
// store of the literal's fields, and the only whole store allowed.
func (c *checker) traceField(a *ssa.Alloc, field int, load ssa.Instruction, seen map[ssa.Value]bool) ([]carried, bool) {
	var direct, whole *ssa.Store
	for _, r := range *a.Referrers() {
		switch r := r.(type) {
		case *ssa.FieldAddr:
			if r.Field != field {
				continue // another field: its address cannot reach this one
			}
			s, ok := soleStore(r, direct)
			if !ok {
				return nil, false
			}
			direct = s
		case *ssa.Store:
			if r.Addr != a || whole != nil {
				return nil, false // the struct's address stored, or assigned whole twice
			}
			whole = r
		case *ssa.UnOp:
			if r.Op != token.MUL {
				return nil, false
			}
		case *ssa.DebugRef:
		default:
			return nil, false // the struct's address passed on
		}
	}
	var fromLit *ssa.Store
	if whole != nil {
		lit, ok := whole.Val.(*ssa.UnOp)
		if !ok || lit.Op != token.MUL {
			return nil, false
		}
		tmp, ok := lit.X.(*ssa.Alloc)
		if !ok {
			return nil, false
		}
		if fromLit, ok = litFieldStore(tmp, field, lit); !ok {
			return nil, false
		}
		if fromLit != nil && !dominates(fromLit, lit) {
			return nil, false // a variable copied before, or on some paths without, the store: prev := st; st.err = X
		}
	}
	switch {
	case direct != nil:
		if whole != nil && !dominates(whole, direct) || !dominates(direct, load) {
			return nil, false // the zero value, or the literal's, on some path
		}
		return c.trace(direct.Val, seen)
	case fromLit != nil:
		if !dominates(whole, load) {
			return nil, false
		}
		return c.trace(fromLit.Val, seen)
	}
	return nil, false // never stored: the zero value
}

// soleStore returns the store into field address fa, or prev if there is
// none, and false when fa is used otherwise than stored into and loaded
// from, or when the field is stored more than once.
func soleStore(fa *ssa.FieldAddr, prev *ssa.Store) (*ssa.Store, bool) {
	for _, r := range *fa.Referrers() {
		switch r := r.(type) {
		case *ssa.Store:
			if r.Addr != fa || prev != nil {
				return nil, false // the field's address stored, or the field stored twice
			}
			prev = r
		default:
			if !isRead(r) {
				return nil, false // the field's address passed on
			}
		}
	}
	return prev, true
}

// litFieldStore returns the store of a literal built in tmp into its
// field number field, or nil if it leaves the field out, when tmp is only
// filled and then read whole once, by copy. (tmp may be a variable
// rather than a literal's temporary: its caller checks the store comes
// before the copy.)
func litFieldStore(tmp *ssa.Alloc, field int, copy *ssa.UnOp) (*ssa.Store, bool) {
	var store *ssa.Store
	for _, r := range *tmp.Referrers() {
		switch r := r.(type) {
		case *ssa.FieldAddr:
			if r.Field != field {
				continue
			}
			s, ok := soleStore(r, store)
			if !ok {
				return nil, false
			}
			store = s
		case *ssa.UnOp:
			if r != copy {
				return nil, false
			}
		case *ssa.DebugRef:
		default:
			return nil, false
		}
	}
	return store, true
}

// dominates reports whether instruction a comes before b on every path
// to b.
func dominates(a, b ssa.Instruction) bool {
	ab, bb := a.Block(), b.Block()
	if ab == nil || bb == nil || ab.Parent() != bb.Parent() {
		return false
	}
	if ab != bb {
		return ab.Dominates(bb)
	}
	for _, instr := range ab.Instrs {
		switch instr {
		case a:
			return true
		case b:
			return false
		}
	}
	return false
}

// traceLookup returns what the entry of a map literal that l looks up
// with a constant key carries.
func (c *checker) traceLookup(l *ssa.Lookup, seen map[ssa.Value]bool) ([]carried, bool) {
	key, ok := c.constArg(l.Index)
	if !ok || key.Value == nil {
		return nil, false
	}
	mt, ok := l.X.Type().Underlying().(*types.Map)
	if !ok {
		return nil, false // a string indexed
	}
	if _, ptr := mt.Elem().Underlying().(*types.Pointer); ptr {
		return nil, false // what an entry points to may be changed through any lookup
	}
	entries, ok := c.mapEntries(c.bound(l.X))
	if !ok {
		return nil, false
	}
	for _, up := range entries {
		if k := up.Key.(*ssa.Const); k.Value.Kind() == key.Value.Kind() && constant.Compare(k.Value, token.EQL, key.Value) {
			if types.IsInterface(mt.Elem()) && !holdsValue(up.Value) {
				return nil, false // a pointer behind the interface: changed through any lookup
			}
			return c.trace(up.Value, seen)
		}
	}
	return nil, false // a key the literal lacks: the zero value
}

// holdsValue reports whether v, an entry of a map of interfaces, is a
// value converted to the interface, not a pointer (or a value of unknown
// dynamic type) that a lookup's type assertion may change what it points
// to through: errs[k].(*APIError).Code = "SlowDown".
func holdsValue(v ssa.Value) bool {
	mi, ok := v.(*ssa.MakeInterface)
	if !ok {
		return false
	}
	switch mi.X.Type().Underlying().(type) {
	case *types.Pointer, *types.Slice, *types.Map, *types.Chan, *types.Signature:
		return false
	}
	return true
}

// mapEntries returns the entries of the map literal m is, or loads from
// an unexported package-level variable, each with a constant key, when
// nothing but its literal writes to it.
func (c *checker) mapEntries(m ssa.Value) ([]*ssa.MapUpdate, bool) {
	v := &c.ssa
	var g *ssa.Global
	if load, ok := m.(*ssa.UnOp); ok && load.Op == token.MUL {
		g, _ = load.X.(*ssa.Global)
		if g == nil {
			return nil, false
		}
		if es, ok := v.maps[g]; ok {
			return es, es != nil
		}
		v.maps[g] = nil
		obj, _ := g.Object().(*types.Var)
		if obj == nil || obj.Pkg() != c.pass.Pkg || obj.Exported() || v.uses[g] > 0 || len(v.stores[g]) != 1 {
			return nil, false // another package's, exported, reassigned or its address taken
		}
		for _, ld := range v.loads[g] {
			if !c.readOnlyMap(ld, nil, nil, 0) {
				return nil, false
			}
		}
		m = v.stores[g][0].Val
	}
	mk, ok := m.(*ssa.MakeMap)
	if !ok {
		return nil, false
	}
	lit := c.mapLit(mk)
	if lit == nil || !c.readOnlyMap(mk, g, lit, 0) {
		return nil, false
	}
	entries := v.update[mk]
	if len(entries) != len(lit.Elts) {
		return nil, false
	}
	for _, up := range entries {
		if k, ok := up.Key.(*ssa.Const); !ok || k.Value == nil {
			return nil, false
		}
	}
	if g != nil {
		v.maps[g] = entries
	}
	return entries, true
}

// mapLit returns the map literal that makes mk, or nil for make(...).
func (c *checker) mapLit(mk *ssa.MakeMap) *ast.CompositeLit {
	p := mk.Pos()
	f := c.fileOf(p)
	if f == nil || !p.IsValid() {
		return nil
	}
	var lit *ast.CompositeLit
	ast.Inspect(f, func(n ast.Node) bool {
		if lit != nil || n == nil || n.Pos() > p || n.End() <= p {
			return false
		}
		if cl, ok := n.(*ast.CompositeLit); ok && cl.Lbrace == p {
			lit = cl
			return false
		}
		return true
	})
	return lit
}

// readOnlyMap reports whether map value m is only read: looked up,
// ranged over, measured, or passed to a function of the package that
// only reads it in turn. lit is the literal that may fill it, g the
// variable its initialiser may store it into.
func (c *checker) readOnlyMap(m ssa.Value, g *ssa.Global, lit *ast.CompositeLit, depth int) bool {
	refs := m.Referrers()
	if refs == nil || depth > 3 {
		return false
	}
	for _, r := range *refs {
		switch r := r.(type) {
		case *ssa.Lookup:
			if r.X != m {
				return false
			}
		case *ssa.Range, *ssa.DebugRef:
		case *ssa.MapUpdate:
			if lit == nil || r.Map != m || r.Value == m || r.Pos() < lit.Lbrace || r.Pos() > lit.Rbrace {
				return false // an update after its literal
			}
		case *ssa.Store:
			if g == nil || r.Addr != g {
				return false
			}
		case *ssa.Call:
			if !c.readOnlyCall(r.Common(), m, depth) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// readOnlyCall reports whether call only reads map m, passed to it: len,
// or a function of the package whose parameter for m is only read.
func (c *checker) readOnlyCall(call *ssa.CallCommon, m ssa.Value, depth int) bool {
	if b, ok := call.Value.(*ssa.Builtin); ok {
		return b.Name() == "len"
	}
	callee := call.StaticCallee()
	if call.IsInvoke() || callee == nil || callee.Pkg != c.ssa.pkg || len(callee.Blocks) == 0 || len(callee.Params) != len(call.Args) {
		return false
	}
	for i, arg := range call.Args {
		if arg == m && !c.readOnlyMap(callee.Params[i], nil, nil, depth+1) {
			return false
		}
	}
	return true
}

// traceVar returns what a local variable of an emitter type carries when
// load reads it whole: the one value assigned to it whole (on the paths
// of the call evaluated, if it is in one), before the load on every path,
// when nothing sets its code or status field otherwise. Its other fields
// may change: apiErr := errorCodes[ErrX]; apiErr.Description = d.
func (c *checker) traceVar(a *ssa.Alloc, load *ssa.UnOp, seen map[ssa.Value]bool) ([]carried, bool) {
	ptr, ok := a.Type().Underlying().(*types.Pointer)
	if !ok {
		return nil, false
	}
	e := c.match.emitterType(ptr.Elem())
	if e == nil {
		return nil, false
	}
	roles := make(map[string]bool) // the fields of what a value carries
	for _, role := range []catalog.Role{catalog.RoleCode, catalog.RoleStatus} {
		if arg, ok := e.Args[role]; ok && !arg.Fixed {
			roles[arg.Name] = true
		}
	}
	f := c.frameOf(a.Parent())
	var whole *ssa.Store
	for _, r := range *a.Referrers() {
		switch r := r.(type) {
		case *ssa.Store:
			if r.Addr != a {
				return nil, false // its address stored
			}
			if f != nil && !f.live[r.Block()] {
				continue // not executed in the call evaluated
			}
			if whole != nil {
				return nil, false // assigned twice
			}
			whole = r
		case *ssa.FieldAddr:
			if !roles[fieldName(r)] {
				continue // another field: it does not change what it carries
			}
			for _, rr := range *r.Referrers() {
				switch rr := rr.(type) {
				case *ssa.UnOp:
					if rr.Op != token.MUL {
						return nil, false
					}
				case *ssa.DebugRef:
				default:
					return nil, false // a role set, or its address passed on
				}
			}
		case *ssa.UnOp:
			if r.Op != token.MUL {
				return nil, false
			}
		case *ssa.DebugRef:
		default:
			return nil, false // its address passed on
		}
	}
	if whole == nil || !dominates(whole, load) {
		return nil, false
	}
	return c.trace(whole.Val, seen)
}

// Accessors. minio looks its codes up through a method of the map,
// errorCodes.ToAPIErr(ErrNoSuchBucket), which looks the map up with its
// argument and falls back to another entry when the key is missing. A
// call of a function of the package that trace cannot follow otherwise,
// with a constant argument, is evaluated with its arguments: the
// branches its conditions decide with them (a comparison of constants,
// the ok of a lookup of a map literal) are left out, and what each of its
// other returns carries is what the call carries. A parameter stands for
// its argument only where a constant or a map literal is read (a key, a
// condition, the map looked up): a value it points to may have been
// changed by the function, so a parameter carries nothing itself.

// An evalFrame is a call trace evaluates with its arguments.
type evalFrame struct {
	fn     *ssa.Function
	args   []ssa.Value // the caller's values, by parameter
	parent *evalFrame
	live   map[*ssa.BasicBlock]bool
	dead   map[[2]*ssa.BasicBlock]bool // edges the arguments decide against
}

// evaluate returns what the result of call carries, evaluated with its
// arguments, as described above.
func (c *checker) evaluate(call *ssa.Call) ([]carried, bool) {
	common := call.Common()
	callee := common.StaticCallee()
	if common.IsInvoke() || callee == nil || callee.Pkg != c.ssa.pkg || len(callee.Blocks) == 0 ||
		callee.Recover != nil || len(callee.FreeVars) > 0 || len(callee.Params) != len(common.Args) ||
		callee.Signature.Results().Len() != 1 {
		return nil, false
	}
	depth := 0
	for f := c.frame; f != nil; f = f.parent {
		if f.fn == callee || depth >= 3 {
			return nil, false // recursive, or deep
		}
		depth++
	}
	if c.frame == nil {
		c.evalBudget = 64
	} else if c.evalBudget--; c.evalBudget < 0 {
		return nil, false // the calls it makes are too many to follow
	}
	hasConst := false
	for _, arg := range common.Args {
		if _, ok := c.constArg(arg); ok {
			hasConst = true
		}
	}
	if !hasConst {
		return nil, false
	}
	f := &evalFrame{fn: callee, args: common.Args, parent: c.frame}
	c.frame = f
	defer func() { c.frame = f.parent }()
	c.findLive(f)
	var out []carried
	seen := make(map[ssa.Value]bool)
	for _, b := range callee.Blocks {
		if !f.live[b] || len(b.Instrs) == 0 {
			continue
		}
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok {
			continue
		}
		cs, ok := c.trace(ret.Results[0], seen)
		if !ok || len(cs) == 0 {
			return nil, false
		}
		out = append(out, cs...)
	}
	return out, len(out) > 0
}

// findLive records the blocks of f's function its arguments may reach,
// and the edges its conditions decide against.
func (c *checker) findLive(f *evalFrame) {
	f.live = make(map[*ssa.BasicBlock]bool)
	f.dead = make(map[[2]*ssa.BasicBlock]bool)
	queue := []*ssa.BasicBlock{f.fn.Blocks[0]}
	for len(queue) > 0 {
		b := queue[len(queue)-1]
		queue = queue[:len(queue)-1]
		if f.live[b] {
			continue
		}
		f.live[b] = true
		succs := b.Succs
		if len(b.Instrs) > 0 {
			if iff, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If); ok && len(succs) == 2 && succs[0] != succs[1] {
				if taken, known := c.evalCond(iff.Cond); known {
					not := succs[1]
					if !taken {
						not = succs[0]
					}
					f.dead[[2]*ssa.BasicBlock{b, not}] = true
					if taken {
						succs = succs[:1]
					} else {
						succs = succs[1:]
					}
				}
			}
		}
		queue = append(queue, succs...)
	}
}

// evalCond returns the value of a condition of the call evaluated, when
// its arguments decide it.
func (c *checker) evalCond(v ssa.Value) (value, known bool) {
	switch v := v.(type) {
	case *ssa.Const, *ssa.Parameter:
		// A constant, or a parameter the call is given one for: if
		// object { ... } in boolErr(false).
		if k, ok := c.constArg(v); ok && k.Value != nil && k.Value.Kind() == constant.Bool {
			return constant.BoolVal(k.Value), true
		}
	case *ssa.UnOp:
		if v.Op == token.NOT {
			b, ok := c.evalCond(v.X)
			return !b, ok
		}
	case *ssa.Extract:
		l, ok := v.Tuple.(*ssa.Lookup)
		if !ok || v.Index != 1 {
			return false, false
		}
		key, ok := c.constArg(l.Index)
		if !ok || key.Value == nil {
			return false, false
		}
		entries, ok := c.mapEntries(c.bound(l.X))
		if !ok {
			return false, false
		}
		for _, up := range entries {
			if k := up.Key.(*ssa.Const); k.Value.Kind() == key.Value.Kind() && constant.Compare(k.Value, token.EQL, key.Value) {
				return true, true
			}
		}
		return false, true // a key the literal lacks
	case *ssa.BinOp:
		if v.Op != token.EQL && v.Op != token.NEQ {
			return false, false
		}
		x, okx := c.constArg(v.X)
		y, oky := c.constArg(v.Y)
		if !okx || !oky {
			return false, false
		}
		var eq bool
		switch {
		case x.Value == nil && y.Value == nil:
			eq = true // nil == nil
		case x.Value != nil && y.Value != nil && x.Value.Kind() == y.Value.Kind():
			eq = constant.Compare(x.Value, token.EQL, y.Value)
		default:
			return false, false
		}
		return eq == (v.Op == token.EQL), true
	}
	return false, false
}

// liveEdge reports whether the edge into b from its predecessor number i
// may be taken: always, unless b is in a call evaluated whose arguments
// decide against it.
func (c *checker) liveEdge(b *ssa.BasicBlock, i int) bool {
	f := c.frameOf(b.Parent())
	if f == nil {
		return true
	}
	pred := b.Preds[i]
	return f.live[pred] && !f.dead[[2]*ssa.BasicBlock{pred, b}]
}

// frameOf returns the call being evaluated of fn, or nil.
func (c *checker) frameOf(fn *ssa.Function) *evalFrame {
	for f := c.frame; f != nil; f = f.parent {
		if f.fn == fn {
			return f
		}
	}
	return nil
}

// bound returns v, or the argument a call being evaluated gives v, a
// parameter, in turn.
func (c *checker) bound(v ssa.Value) ssa.Value {
	for {
		p, ok := v.(*ssa.Parameter)
		if !ok {
			return v
		}
		f := c.frameOf(p.Parent())
		if f == nil {
			return v
		}
		i := slices.Index(f.fn.Params, p)
		if i < 0 {
			return v
		}
		v = f.args[i]
	}
}

// constArg returns the constant v is, or that a call being evaluated
// gives v as an argument.
func (c *checker) constArg(v ssa.Value) (*ssa.Const, bool) {
	k, ok := c.bound(v).(*ssa.Const)
	return k, ok
}
