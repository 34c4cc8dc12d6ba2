package analyzer

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

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
//     only reads it in turn).
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
		case *ssa.UnOp:
			if r.Op != token.MUL {
				return nil, false
			}
		case *ssa.DebugRef:
		default:
			return nil, false // the field's address passed on
		}
	}
	return prev, true
}

// litFieldStore returns the store of a literal built in tmp into its
// field number field, or nil if it leaves the field out, when tmp is only
// filled and then read whole once, by copy.
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
	key, ok := l.Index.(*ssa.Const)
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
	entries, ok := c.mapEntries(l.X)
	if !ok {
		return nil, false
	}
	for _, up := range entries {
		if k := up.Key.(*ssa.Const); k.Value.Kind() == key.Value.Kind() && constant.Compare(k.Value, token.EQL, key.Value) {
			return c.trace(up.Value, seen)
		}
	}
	return nil, false // a key the literal lacks: the zero value
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
