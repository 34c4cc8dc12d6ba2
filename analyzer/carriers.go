package analyzer

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"sort"
	"strings"

	"github.com/errcodes/errcodes/catalog"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"
)

// Code-carrying values. A value an emitter makes (a call of an emitter, a
// literal of an emitter type) carries its code, and its status where the
// emitter gives one, wherever it flows: into local and package-level
// variables, through methods called on it that return an error or an
// emitter type (X.WithDetail(d)), through its own package's constructors
// that wrap it (apierr.NewErrorList(err)), through a field of a local
// struct, an entry of a map literal and a call evaluated with a constant
// argument (see holders.go), and out of a package as a carrierFact of the
// variable that holds it. A package-level variable
// initialised by a call that takes exactly one literal of an emitter type
// carries that literal's roles, whatever the call returns: the registry
// idiom, var ErrBlobUnknown = register("errcode", Descriptor{...}).
//
// Where such a value is used as a response (returned, appended to a list
// of errors, passed to a writer's error argument or to a preset's write),
// that use is a site: the codes it carries are checked there with the
// endpoint of the handler it is in, and with the status the use writes
// them with, if it writes one. Codes the catalog lacks are reported once,
// where the code is given. Anything errcodes cannot follow with certainty
// (a variable reassigned on some path to an unknown value, a method that
// takes another error, a value from a parameter) carries nothing: lint
// says nothing of its use, and the audit counts the use of a value of an
// emitter type among the sites it could not resolve (blindUse).

// A carrierFact records the codes an exported package-level variable
// carries, with their statuses.
type carrierFact struct {
	Codes []CodeStatus
}

func (*carrierFact) AFact() {}

func (f *carrierFact) String() string {
	return "carries(" + returnedText(f.Codes) + ")"
}

// A carried is one code a value carries.
type carried struct {
	code   constant.Value // as the catalog writes it (an enum's String())
	status int            // the status it carries; 0 when not one constant
	pos    token.Pos      // where the code was given; NoPos from a fact

	// statusAt is where a status was assigned to a field of a value
	// whose literal did not give it with its code: no site has checked
	// the status with the code, so its use does. NoPos otherwise.
	statusAt token.Pos
}

var errorType = types.Universe.Lookup("error").Type().Underlying().(*types.Interface)

// implementsError reports whether t, or *t, implements error.
func implementsError(t types.Type) bool {
	if types.Implements(t, errorType) {
		return true
	}
	if _, isPtr := t.Underlying().(*types.Pointer); !isPtr {
		if _, isIface := t.Underlying().(*types.Interface); !isIface {
			return types.Implements(types.NewPointer(t), errorType)
		}
	}
	return false
}

// emitterType returns the type emitter t (or *t) is, or nil.
func (m *matcher) emitterType(t types.Type) *catalog.Emitter {
	named := namedOf(t)
	if named == nil {
		return nil
	}
	return m.configType(named)
}

// canCarry reports whether a value of type t (or the elements of a slice
// of them) may carry a code: an error, a value of an emitter type, or a
// struct declared in a package that defines an emitter (the *apierr.Error
// that apierr.NewError returns, the apierr.ErrorList that wraps it).
func (m *matcher) canCarry(t types.Type) bool {
	if s, ok := types.Unalias(t).Underlying().(*types.Slice); ok {
		t = s.Elem()
	}
	if m.emitterType(t) != nil || implementsError(t) {
		return true
	}
	named := namedOf(t)
	if named == nil || named.Obj().Pkg() == nil {
		return false
	}
	_, isStruct := named.Underlying().(*types.Struct)
	return isStruct && m.pkgs[named.Obj().Pkg().Path()]
}

// carriedBy returns the codes the value of e carries, or nil when errcodes
// cannot tell them with certainty.
func (c *checker) carriedBy(e ast.Expr) []carried {
	e = ast.Unparen(e)
	t := c.pass.TypesInfo.TypeOf(e)
	if t == nil || !c.match.canCarry(t) || !c.mayCarry() {
		return nil
	}
	v := c.buildSSA()
	if v.pkg == nil {
		return nil
	}
	val, ok := v.refs[e]
	if !ok {
		return nil
	}
	var out []carried
	c.evalCalls = c.evalCalls[:0]
	func() {
		defer func() {
			if recover() != nil {
				out = nil
			}
		}()
		cs, ok := c.trace(val, make(map[ssa.Value]bool))
		if ok {
			out = cs
		}
	}()
	if len(out) > 0 {
		// The calls evaluated are checked here, with the codes of the
		// branches their arguments take: not again, with every code
		// they may return, as returned through them (summaries.go).
		for _, call := range c.evalCalls {
			if c.evaluated == nil {
				c.evaluated = make(map[*ast.CallExpr]bool)
			}
			c.evaluated[call] = true
		}
	}
	return dedupeCarried(out)
}

// mayCarry reports whether a value of the package can carry a code at
// all: every value carriedBy follows starts at a literal of an emitter
// type, a call of an emitter (configured, or inferred here or in another
// package), or another package's variable with a carrierFact, and the
// package must name one of those. Most packages name none, and carriedBy
// answers nil for them without building their SSA form: in Open Policy
// Agent's packages that write responses, every "return err" would
// otherwise build it.
//
// It is computed once, on first use, which comes after wrapper inference.
func (c *checker) mayCarry() bool {
	if c.carries == 0 {
		c.carries = -1
		if c.namesCarrySource() {
			c.carries = 1
		}
	}
	return c.carries > 0
}

// mayHoldEmitterValues reports whether a value of the package can be, on
// some path, of an emitter type (ofEmitter): the package names a carried
// value's source (mayCarry), or some expression of it has an emitter type
// (the result of another package's function that returns one). Where none
// can, blindUse answers false without building the SSA form.
func (c *checker) mayHoldEmitterValues() bool {
	if c.holdsEmitters == 0 {
		c.holdsEmitters = -1
		if c.mayCarry() {
			c.holdsEmitters = 1
		} else {
			for _, tv := range c.pass.TypesInfo.Types {
				if tv.Type != nil && c.ofEmitterType(tv.Type) {
					c.holdsEmitters = 1
					break
				}
			}
		}
	}
	return c.holdsEmitters > 0
}

// namesCarrySource reports whether the package declares or refers to an
// emitter type, refers to an emitter, or refers to another package's
// variable that carries a code.
func (c *checker) namesCarrySource() bool {
	for _, obj := range c.pass.TypesInfo.Defs {
		if tn, ok := obj.(*types.TypeName); ok && c.match.emitterType(tn.Type()) != nil {
			return true
		}
	}
	for _, obj := range c.pass.TypesInfo.Uses {
		switch obj := obj.(type) {
		case *types.TypeName:
			if c.match.emitterType(obj.Type()) != nil {
				return true
			}
		case *types.Func:
			if c.lookup(obj) != nil {
				return true
			}
		case *types.Var:
			if obj.Pkg() != nil && obj.Pkg() != c.pass.Pkg && obj.Parent() == obj.Pkg().Scope() {
				var f carrierFact
				if c.pass.ImportObjectFact(obj, &f) {
					return true
				}
			}
		}
	}
	return false
}

func dedupeCarried(cs []carried) []carried {
	sort.SliceStable(cs, func(i, j int) bool {
		if a, b := cs[i].code.ExactString(), cs[j].code.ExactString(); a != b {
			return a < b
		}
		return cs[i].status < cs[j].status
	})
	out := cs[:0]
	for i, x := range cs {
		if i == 0 || x.code.ExactString() != cs[i-1].code.ExactString() || x.status != cs[i-1].status {
			out = append(out, x)
		}
	}
	return out
}

// trace returns what v carries, and false when any path leads to a value
// errcodes cannot follow.
func (c *checker) trace(v ssa.Value, seen map[ssa.Value]bool) ([]carried, bool) {
	if seen[v] {
		return nil, true
	}
	seen[v] = true
	if len(seen) > 1000 {
		return nil, false
	}
	switch v := v.(type) {
	case *ssa.Phi:
		var out []carried
		for i, edge := range v.Edges {
			if !c.liveEdge(v.Block(), i) {
				continue // not taken in the call evaluated
			}
			cs, ok := c.trace(edge, seen)
			if !ok {
				return nil, false
			}
			out = append(out, cs...)
		}
		return out, len(out) > 0
	case *ssa.MakeInterface:
		return c.trace(v.X, seen)
	case *ssa.ChangeType:
		return c.trace(v.X, seen)
	case *ssa.ChangeInterface:
		return c.trace(v.X, seen)
	case *ssa.Alloc:
		return c.traceAlloc(v)
	case *ssa.Global:
		return c.traceGlobal(v, seen)
	case *ssa.UnOp:
		if v.Op != token.MUL {
			return nil, false
		}
		switch x := v.X.(type) {
		case *ssa.Alloc:
			if cs, ok := c.traceAlloc(x); ok {
				return cs, true
			}
			return c.traceVar(x, v, seen) // apiErr := errorCodes[ErrX]; apiErr.Description = d
		case *ssa.Global:
			return c.traceGlobal(x, seen)
		case *ssa.FieldAddr:
			if a, ok := x.X.(*ssa.Alloc); ok {
				return c.traceField(a, x.Field, v, seen) // resp.Err
			}
		}
	case *ssa.Field:
		if load, ok := v.X.(*ssa.UnOp); ok && load.Op == token.MUL {
			if a, ok := load.X.(*ssa.Alloc); ok {
				return c.traceField(a, v.Field, load, seen)
			}
		}
	case *ssa.Lookup:
		if !v.CommaOk {
			return c.traceLookup(v, seen) // errorCodes[ErrNoSuchBucket]
		}
	case *ssa.Extract:
		if l, ok := v.Tuple.(*ssa.Lookup); ok && v.Index == 0 {
			return c.traceLookup(l, seen) // apiErr, ok := errorCodes[ErrNoSuchBucket]
		}
	case *ssa.Call:
		if cs, ok := c.traceCall(v, seen); ok {
			return cs, true
		}
		cs, ok := c.evaluate(v) // errorCodes.ToAPIErr(ErrNoSuchBucket)
		if expr, isCall := c.ssa.exprs[v].(*ast.CallExpr); ok && isCall && c.frame == nil {
			c.evalCalls = append(c.evalCalls, expr)
		}
		return cs, ok
	case *ssa.Slice:
		return c.traceArray(v, seen)
	}
	return nil, false
}

// traceAlloc returns what a struct of an emitter type carries: the one
// value stored into its code field (by its literal, or assigned to the
// field later), and the one stored into its status field. A struct
// assigned whole, or a code field stored twice or through an address
// passed on, carries nothing certain.
func (c *checker) traceAlloc(a *ssa.Alloc) ([]carried, bool) {
	ptr, ok := a.Type().Underlying().(*types.Pointer)
	if !ok {
		return nil, false
	}
	if _, ok := ptr.Elem().Underlying().(*types.Struct); !ok {
		return nil, false
	}
	e := c.match.emitterType(ptr.Elem())
	if e == nil {
		return nil, false
	}
	stores := make(map[string][]*ssa.Store) // by field
	tainted := make(map[string]bool)
	for _, r := range *a.Referrers() {
		switch r := r.(type) {
		case *ssa.FieldAddr:
			name := fieldName(r)
			for _, rr := range *r.Referrers() {
				switch rr := rr.(type) {
				case *ssa.Store:
					if rr.Addr == r {
						stores[name] = append(stores[name], rr)
					} else {
						tainted[name] = true
					}
				case *ssa.UnOp, *ssa.DebugRef:
				default:
					tainted[name] = true
				}
			}
		case *ssa.Store:
			if r.Addr == a {
				return nil, false // assigned whole
			}
		}
	}
	roleValues := func(role catalog.Role) ([]constant.Value, token.Pos, bool) {
		arg, ok := e.Args[role]
		if !ok {
			return nil, token.NoPos, false
		}
		if arg.Fixed {
			return []constant.Value{decodeConst(encodeArgValue(arg.Value))}, a.Pos(), true
		}
		ss := stores[arg.Name]
		if tainted[arg.Name] || len(ss) != 1 {
			return nil, token.NoPos, false
		}
		vs, ok := c.resolve(ss[0].Val, make(map[ssa.Value]bool))
		if !ok || len(vs) == 0 {
			return nil, token.NoPos, false
		}
		return c.enumStrings(ss[0].Val.Type(), vs), ss[0].Pos(), true
	}
	codes, pos, ok := roleValues(catalog.RoleCode)
	if !ok || len(codes) == 0 {
		return nil, false
	}
	status := 0
	statusAt := token.NoPos
	if sts, at, ok := roleValues(catalog.RoleStatus); ok && len(sts) == 1 {
		status, _ = statusValue(sts[0])
		if status != 0 && (c.assignedField(pos) || c.assignedField(at)) {
			statusAt = at
		}
	}
	var out []carried
	for _, code := range codes {
		out = append(out, carried{code, status, pos, statusAt})
	}
	return out, true
}

// assignedField reports whether p is the field name of an assignment to
// a field (e.Code = ...), where SSA positions the store: not a literal's.
func (c *checker) assignedField(p token.Pos) bool {
	if !p.IsValid() {
		return false
	}
	if c.assignedSels == nil {
		c.assignedSels = make(map[token.Pos]bool)
		for _, f := range c.pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				if as, ok := n.(*ast.AssignStmt); ok {
					for _, l := range as.Lhs {
						if sel, ok := ast.Unparen(l).(*ast.SelectorExpr); ok {
							c.assignedSels[sel.Sel.Pos()] = true
						}
					}
				}
				return true
			})
		}
	}
	return c.assignedSels[p]
}

// traceGlobal returns what a package-level variable carries: of this
// package, the one value its initialiser stores and nothing reassigns; of
// another, its carrierFact.
func (c *checker) traceGlobal(g *ssa.Global, seen map[ssa.Value]bool) ([]carried, bool) {
	obj, _ := g.Object().(*types.Var)
	if obj == nil {
		return nil, false
	}
	if obj.Pkg() != c.pass.Pkg {
		var f carrierFact
		if !c.pass.ImportObjectFact(obj, &f) {
			return nil, false
		}
		var out []carried
		for _, cs := range f.Codes {
			out = append(out, carried{decodeConst(cs.Code), cs.Status, token.NoPos, token.NoPos})
		}
		return out, len(out) > 0
	}
	v := &c.ssa
	if v.uses[g] > 0 || len(v.stores[g]) != 1 {
		return nil, false
	}
	val := v.stores[g][0].Val
	if call, ok := val.(*ssa.Call); ok {
		if lit := c.registered(call); lit != nil {
			return c.traceAlloc(lit)
		}
	}
	return c.trace(val, seen)
}

// registered returns the struct that call registers, when call takes
// exactly one literal of an emitter type and no other value that may
// carry a code: var X = register("ns", Descriptor{...}).
func (c *checker) registered(call *ssa.Call) *ssa.Alloc {
	if call.Call.IsInvoke() || call.Call.StaticCallee() == nil {
		return nil
	}
	var lit *ssa.Alloc
	for _, arg := range call.Call.Args {
		a := emitterLit(c.match, arg)
		switch {
		case a != nil && lit != nil:
			return nil // two literals: which one is registered?
		case a != nil:
			lit = a
		case c.match.canCarry(arg.Type()):
			return nil
		}
	}
	return lit
}

// emitterLit returns the struct of an emitter type that v is, or loads.
func emitterLit(m *matcher, v ssa.Value) *ssa.Alloc {
	if u, ok := v.(*ssa.UnOp); ok && u.Op == token.MUL {
		v = u.X
	}
	a, ok := v.(*ssa.Alloc)
	if !ok || m.emitterType(a.Type()) == nil {
		return nil
	}
	return a
}

// traceCall returns what the result of a call carries: the code of an
// emitter called; the receiver's codes, through a method that returns an
// error or a value of the receiver's or an emitter type and takes no
// other value that may carry a code (X.WithDetail(d), not X.Wrap(Y)); or
// the codes of the one argument that carries them, through a constructor
// of that argument's own package (apierr.NewErrorList(err)).
func (c *checker) traceCall(call *ssa.Call, seen map[ssa.Value]bool) ([]carried, bool) {
	common := call.Common()
	if common.IsInvoke() {
		return nil, false
	}
	callee := common.StaticCallee()
	if callee == nil {
		return nil, false
	}
	fn, _ := callee.Object().(*types.Func)
	if fn == nil {
		return nil, false
	}
	if c.lookup(fn) != nil {
		expr, ok := c.ssa.exprs[call].(*ast.CallExpr)
		if !ok {
			return nil, false
		}
		s := callSite(c.pass.TypesInfo, expr, c.lookup)
		if s == nil {
			return nil, false
		}
		return c.carriedOfSite(s)
	}
	sig := fn.Signature()
	if sig.Results().Len() != 1 {
		return nil, false
	}
	res := sig.Results().At(0).Type()
	args := common.Args
	if sig.Recv() != nil {
		if fn.Name() == "Unwrap" || fn.Name() == "Cause" {
			return nil, false // the error it wraps, with a code of its own
		}
		if c.swaps(fn) {
			return nil, false // e.WithCode(code): the code is the argument's
		}
		recv := sig.Recv().Type()
		if !(c.match.canCarry(res) || sameNamed(res, recv)) {
			return nil, false
		}
		for _, arg := range args[1:] {
			if c.match.canCarry(arg.Type()) || sameNamed(arg.Type(), recv) {
				return nil, false // X.Wrap(Y): which code is kept?
			}
		}
		if callee.Pkg == c.ssa.pkg && len(callee.Blocks) > 0 && !c.returnsParam(callee, 0, 0) {
			return nil, false // it may answer with another: apiErr.forAnonymous()
		}
		return c.trace(args[0], seen)
	}
	if _, basic := res.Underlying().(*types.Basic); basic {
		return nil, false
	}
	if stackWrappers[funcKey(fn)] && len(args) > 0 {
		return c.trace(args[0], seen) // the error itself, with a stack
	}
	var carrier ssa.Value
	param := -1
	for i, arg := range args {
		if !c.match.canCarry(arg.Type()) {
			continue
		}
		if carrier != nil {
			return nil, false
		}
		carrier, param = arg, i
	}
	if carrier == nil {
		return nil, false
	}
	if callee.Pkg == c.ssa.pkg && len(callee.Blocks) > 0 && !c.returnsParam(callee, param, 0) {
		return nil, false // it may answer with another: hideExistence(errorCodes[ErrNoSuchKey])
	}
	if fn.Pkg() != c.pass.Pkg && c.swaps(fn) {
		return nil, false // errcode.Redact(err): the same, in another package
	}
	t := carrier.Type()
	if s, ok := t.Underlying().(*types.Slice); ok {
		t = s.Elem()
	}
	if named := namedOf(t); named == nil || named.Obj().Pkg() != fn.Pkg() {
		return nil, false // not a constructor of the carrier's own package
	}
	return c.trace(carrier, seen)
}

// returnsParam reports whether every return of fn, a function of the
// package, gives back its parameter number i: as it is, converted to an
// interface, in a variable whose code and status fields nothing sets
// (e.Description = d; return e), or as the code of a struct it builds
// (return Error{Code: ec, Message: ec.Message()}), or such a value
// passed in turn to a method of the package that gives it back
// (Error{...}.WithDetail(d)). A function that may answer with another
// value carries nothing of its argument's: if e.Code == "NoSuchKey" {
// return errorCodes[ErrAccessDenied] }.
func (c *checker) returnsParam(fn *ssa.Function, i, depth int) bool {
	if i >= len(fn.Params) || depth > 3 {
		return false
	}
	p := fn.Params[i]
	for _, b := range fn.Blocks {
		if len(b.Instrs) == 0 {
			continue
		}
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok {
			continue
		}
		if len(ret.Results) != 1 || !c.passesOn(ret.Results[0], p, ret, depth) {
			return false
		}
	}
	return true
}

// passesOn reports whether v, returned by ret, is parameter p given
// back, as returnsParam describes.
func (c *checker) passesOn(v ssa.Value, p *ssa.Parameter, ret ssa.Instruction, depth int) bool {
	v = unconverted(v)
	if q := paramOf(v); q != nil {
		return q == p && !c.setsRole(p) // return e, unless e.Code = c first
	}
	if q, field, ok := paramField(v); ok {
		st := structOf(p.Type())
		return q == p && st != nil && c.isCodeField(p.Type(), st, structFieldName(p.Type(), field)) // return e.Code
	}
	switch v := v.(type) {
	case *ssa.Alloc:
		return c.holdsParam(v, p, ret) // err := *e; err.HintField = h; return &err
	case *ssa.UnOp:
		a, ok := v.X.(*ssa.Alloc)
		if !ok || v.Op != token.MUL {
			return false
		}
		return c.holdsParam(a, p, v) || c.builtFrom(a, p, v)
	case *ssa.Call:
		common := v.Common()
		callee := common.StaticCallee()
		if common.IsInvoke() || callee == nil || callee.Pkg != c.ssa.pkg || callee.Signature.Recv() == nil ||
			len(callee.Blocks) == 0 || len(common.Args) == 0 {
			return false
		}
		return c.passesOn(common.Args[0], p, v, depth) && c.returnsParam(callee, 0, depth+1)
	}
	return false
}

// builtFrom reports whether a, a struct built by a literal, is read by
// load with p as its code: each field that may carry one (a field of a
// role of an emitter type; else one whose type can carry a code or is
// p's) is stored once, before the load, with p or p's field of the same
// name, and there is at least one.
func (c *checker) builtFrom(a *ssa.Alloc, p *ssa.Parameter, load *ssa.UnOp) bool {
	ptr, ok := a.Type().Underlying().(*types.Pointer)
	if !ok {
		return false
	}
	st, ok := ptr.Elem().Underlying().(*types.Struct)
	if !ok {
		return false
	}
	key := make(map[int]bool)
	if e := c.match.emitterType(ptr.Elem()); e != nil {
		for _, role := range []catalog.Role{catalog.RoleCode, catalog.RoleStatus} {
			if arg, ok := e.Args[role]; ok && !arg.Fixed {
				if k := fieldIndex(st, arg.Name); k >= 0 {
					key[k] = true
				}
			}
		}
	} else {
		for k := 0; k < st.NumFields(); k++ {
			if t := st.Field(k).Type(); c.match.canCarry(t) || sameNamed(t, p.Type()) {
				key[k] = true
			}
		}
	}
	if len(key) == 0 {
		return false
	}
	stored := make(map[int]bool)
	for _, r := range *a.Referrers() {
		switch r := r.(type) {
		case *ssa.FieldAddr:
			if !key[r.Field] {
				continue
			}
			s, ok := soleStore(r, nil)
			if !ok || s == nil || stored[r.Field] || !dominates(s, load) {
				return false
			}
			val := s.Val
			if q, field, ok := paramField(val); ok && q == p && structFieldName(p.Type(), field) == st.Field(r.Field).Name() {
				val = p
			}
			if paramOf(val) != p {
				return false
			}
			stored[r.Field] = true
		case *ssa.UnOp:
			if r.Op != token.MUL {
				return false
			}
		case *ssa.DebugRef:
		default:
			return false
		}
	}
	for k := range key {
		if !stored[k] {
			return false // left out: the zero value
		}
	}
	return true
}

// structOf returns the struct type t is, or nil.
func structOf(t types.Type) *types.Struct {
	st, _ := t.Underlying().(*types.Struct)
	return st
}

// paramOf returns the parameter v is: the parameter itself, or a load of
// the local a parameter is spilled to (as the SSA form with debug
// references keeps them) when nothing else is stored there; or nil.
func paramOf(v ssa.Value) *ssa.Parameter {
	switch v := v.(type) {
	case *ssa.Parameter:
		return v
	case *ssa.UnOp:
		if a, ok := v.X.(*ssa.Alloc); ok && v.Op == token.MUL {
			return spilled(a)
		}
	}
	return nil
}

// spilled returns the parameter local a holds, when a is only stored
// into once, with it, and otherwise only read through.
func spilled(a *ssa.Alloc) *ssa.Parameter {
	var p *ssa.Parameter
	for _, r := range *a.Referrers() {
		switch r := r.(type) {
		case *ssa.Store:
			q, ok := r.Val.(*ssa.Parameter)
			if !ok || r.Addr != a || p != nil {
				return nil
			}
			p = q
		case *ssa.FieldAddr:
			if !onlyLoaded(r) {
				return nil
			}
		default:
			if !isRead(r) {
				return nil
			}
		}
	}
	return p
}

// paramField returns the parameter and the field number of a read of a
// field of a struct parameter (e.Code), spilled or not.
func paramField(v ssa.Value) (*ssa.Parameter, int, bool) {
	switch v := v.(type) {
	case *ssa.Field:
		if p := paramOf(v.X); p != nil {
			return p, v.Field, true
		}
	case *ssa.UnOp:
		if fa, ok := v.X.(*ssa.FieldAddr); ok && v.Op == token.MUL {
			if a, ok := fa.X.(*ssa.Alloc); ok {
				if p := spilled(a); p != nil {
					return p, fa.Field, true
				}
			}
		}
	}
	return nil, 0, false
}

// structFieldName returns the name of field number i of struct type t, or "".
func structFieldName(t types.Type, i int) string {
	st, ok := t.Underlying().(*types.Struct)
	if !ok || i >= st.NumFields() {
		return ""
	}
	return st.Field(i).Name()
}

// setsRole reports whether p, a pointer to a value of an emitter type,
// is used to set its code or status field.
func (c *checker) setsRole(p *ssa.Parameter) bool {
	ptr, ok := p.Type().Underlying().(*types.Pointer)
	if !ok {
		return false
	}
	e := c.match.emitterType(ptr.Elem())
	if e == nil {
		return false
	}
	for _, r := range *p.Referrers() {
		if fa, ok := r.(*ssa.FieldAddr); ok && c.isRole(e, fieldName(fa)) && !onlyLoaded(fa) {
			return true
		}
	}
	return false
}

// isRole reports whether field name is the code or status field of
// emitter type e, when it takes them from the value.
func (c *checker) isRole(e *catalog.Emitter, name string) bool {
	for _, role := range []catalog.Role{catalog.RoleCode, catalog.RoleStatus} {
		if arg, ok := e.Args[role]; ok && !arg.Fixed && arg.Name == name {
			return true
		}
	}
	return false
}

// holdsParam reports whether variable a, of an emitter type, holds
// parameter p, or what p points to, when load reads it: that is the one
// value assigned to it whole, before the load, and nothing sets its code
// or status field.
func (c *checker) holdsParam(a *ssa.Alloc, p *ssa.Parameter, load ssa.Instruction) bool {
	ptr, ok := a.Type().Underlying().(*types.Pointer)
	if !ok {
		return false
	}
	e := c.match.emitterType(ptr.Elem())
	if e == nil {
		return false
	}
	roles := make(map[string]bool)
	for _, role := range []catalog.Role{catalog.RoleCode, catalog.RoleStatus} {
		if arg, ok := e.Args[role]; ok && !arg.Fixed {
			roles[arg.Name] = true
		}
	}
	var whole *ssa.Store
	for _, r := range *a.Referrers() {
		switch r := r.(type) {
		case *ssa.Store:
			val := r.Val
			if deref, ok := val.(*ssa.UnOp); ok && deref.Op == token.MUL {
				val = deref.X // err := *e
			}
			if r.Addr != a || paramOf(val) != p || whole != nil {
				return false
			}
			whole = r
		case *ssa.FieldAddr:
			if !roles[fieldName(r)] {
				continue
			}
			if !onlyLoaded(r) {
				return false // a role set, or its address passed on
			}
		case *ssa.UnOp:
			if r.Op != token.MUL {
				return false
			}
		case *ssa.Return:
			if r != load {
				return false
			}
		case *ssa.MakeInterface:
			for _, rr := range *r.Referrers() {
				if rr != load {
					return false // return &err, as an error
				}
			}
		case *ssa.DebugRef:
		default:
			return false
		}
	}
	return whole != nil && dominates(whole, load)
}

// stackWrappers are the functions of well-known libraries that return
// their first argument, an error, wrapped with a stack or a message: its
// code is still the one the response is written with (errors.Cause and
// errors.As find it).
var stackWrappers = map[string]bool{
	"github.com/pkg/errors.WithStack":        true,
	"github.com/pkg/errors.WithMessage":      true,
	"github.com/pkg/errors.WithMessagef":     true,
	"github.com/pkg/errors.Wrap":             true,
	"github.com/pkg/errors.Wrapf":            true,
	"github.com/ory/x/errorsx.WithStack":     true,
	"github.com/go-errors/errors.Wrap":       true,
	"github.com/go-errors/errors.WrapPrefix": true,
}

// sameNamed reports whether a and b are the same named type, or pointers
// to it.
func sameNamed(a, b types.Type) bool {
	na, nb := namedOf(a), namedOf(b)
	return na != nil && na == nb
}

// traceArray returns what the elements of a slice of a local array carry,
// as a variadic call builds it: every element stored once.
func (c *checker) traceArray(s *ssa.Slice, seen map[ssa.Value]bool) ([]carried, bool) {
	a, ok := s.X.(*ssa.Alloc)
	if !ok {
		return nil, false
	}
	arr, ok := a.Type().Underlying().(*types.Pointer).Elem().Underlying().(*types.Array)
	if !ok {
		return nil, false
	}
	var out []carried
	n := 0
	for _, r := range *a.Referrers() {
		switch r := r.(type) {
		case *ssa.IndexAddr:
			for _, rr := range *r.Referrers() {
				st, ok := rr.(*ssa.Store)
				if !ok || st.Addr != r {
					return nil, false
				}
				cs, ok := c.trace(st.Val, seen)
				if !ok {
					return nil, false
				}
				out = append(out, cs...)
				n++
			}
		case *ssa.Slice, *ssa.DebugRef:
		default:
			return nil, false
		}
	}
	if int64(n) != arr.Len() || n == 0 {
		return nil, false
	}
	return out, true
}

// carriedOfSite returns the codes an emit site gives the value it makes,
// with its status.
func (c *checker) carriedOfSite(s *site) ([]carried, bool) {
	codes, at := c.siteCodeValues(s)
	if len(codes) == 0 {
		return nil, false
	}
	sts, _ := c.statuses(s)
	status := 0
	if len(sts) == 1 {
		status = sts[0]
	}
	var out []carried
	for _, code := range codes {
		out = append(out, carried{code, status, at, token.NoPos})
	}
	return out, true
}

// siteCodeValues returns the codes site s may emit, as the catalog writes
// them, and where it gives them.
func (c *checker) siteCodeValues(s *site) ([]constant.Value, token.Pos) {
	if e, ok := s.args[catalog.RoleCode]; ok {
		return c.enumStrings(c.pass.TypesInfo.TypeOf(e), c.constValues(e)), e.Pos()
	}
	if v, ok := s.fixed[catalog.RoleCode]; ok {
		return []constant.Value{decodeConst(v)}, s.node.Pos()
	}
	return nil, token.NoPos
}

// useSites returns the sites of n where a code-carrying value is used as a
// response: a result returned, or an element appended. A use that is an
// emit site itself (return apierr.New(...)) is that site.
func (c *checker) useSites(n ast.Node, in *enclosing) []*site {
	var exprs []ast.Expr
	switch n := n.(type) {
	case *ast.ReturnStmt:
		exprs = n.Results
	case *ast.CallExpr:
		if id, ok := ast.Unparen(n.Fun).(*ast.Ident); ok && len(n.Args) > 1 && !n.Ellipsis.IsValid() {
			if b, ok := c.pass.TypesInfo.Uses[id].(*types.Builtin); ok && b.Name() == "append" {
				exprs = n.Args[1:]
			}
		}
	}
	var sites []*site
	for _, e := range exprs {
		if c.isEmitSite(e) {
			continue
		}
		if cs := c.carriedBy(e); len(cs) > 0 {
			sites = append(sites, &site{node: e, carrier: e, carried: cs, args: map[catalog.Role]ast.Expr{}, mapped: map[catalog.Role]bool{catalog.RoleCode: true}})
		} else if c.blindUse(e, in) {
			sites = append(sites, &site{node: e, args: map[catalog.Role]ast.Expr{}, mapped: map[catalog.Role]bool{}})
		}
	}
	return sites
}

// blindUse reports, for the audit only, whether e, used as a response
// (returned, or appended), is a value of an emitter type whose code
// carriedBy could not tell: one built from a parameter, looked up in a
// map at run time, reassigned on some path, taken from a type switch.
// Such a use is a site with no code, as blindSite makes for a preset's
// write: nothing checks it, and the audit counts it among the sites it
// could not resolve. Each use is counted once, where the value leaves a
// function that is not the emitter's own machinery: see usesAreSites.
func (c *checker) blindUse(e ast.Expr, in *enclosing) bool {
	if c.result == nil || !c.mayHoldEmitterValues() {
		return false
	}
	val, ok := c.buildSSA().refs[ast.Unparen(e)]
	return ok && c.usesAreSites(val.Parent(), in) && c.ofEmitter(val)
}

// ofEmitter reports whether val is, on some path, a value of an emitter
// type (see madeByEmitter), and not one the function was handed as it is:
// a parameter's value is counted where the caller makes or uses it, not
// again in the helper that writes it (problem.Write(w, r, p)).
func (c *checker) ofEmitter(val ssa.Value) (made bool) {
	defer func() {
		if recover() != nil {
			made = false
		}
	}()
	switch unconverted(val).(type) {
	case *ssa.Parameter, *ssa.FreeVar:
		return false
	}
	return c.madeByEmitter(val, make(map[ssa.Value]bool))
}

// unconverted returns v without the conversions that keep its dynamic
// value: to an interface, between interfaces, to a type of the same
// underlying type.
func unconverted(v ssa.Value) ssa.Value {
	for {
		switch x := v.(type) {
		case *ssa.MakeInterface:
			v = x.X
		case *ssa.ChangeType:
			v = x.X
		case *ssa.ChangeInterface:
			v = x.X
		default:
			return v
		}
	}
}

// usesAreSites reports whether the uses of values in f, a function of in
// (in's own, or a literal in it), are sites: f serves requests, or it is
// neither a method of an emitter type (errcode.ErrorCode.WithDetail, an
// Errors list's UnmarshalJSON) nor a constructor, a function that
// returns a value of an emitter type (errcode.Register, a lookup of a
// code by name): what a constructor makes is used where it is called,
// and that use is the site.
func (c *checker) usesAreSites(f *ssa.Function, in *enclosing) bool {
	if f == nil {
		return false
	}
	if c.serves(f, in) {
		return true
	}
	res := f.Signature.Results()
	for i := 0; i < res.Len(); i++ {
		if c.ofEmitterType(res.At(i).Type()) {
			return false
		}
	}
	for f.Parent() != nil {
		f = f.Parent()
	}
	recv := f.Signature.Recv()
	return recv == nil || !c.emitterRecv(recv.Type())
}

// serves reports whether f, a function of in, answers requests: it has a
// handler's signature, or routes or a mark map it to an endpoint.
func (c *checker) serves(f *ssa.Function, in *enclosing) bool {
	if isHandlerSig(f.Signature) {
		return true
	}
	fn, _ := f.Object().(*types.Func)
	if fn == nil || fn != in.fn {
		return false
	}
	return in.endpoint != "" || len(c.routePatterns[fn.Origin()]) > 0
}

// emitterRecv reports whether t, a receiver, is of an emitter type, has
// a method the config names as an emitter (a list's Add), or is a list of
// values that may carry a code declared in a package that defines an
// emitter (errcode.Errors).
func (c *checker) emitterRecv(t types.Type) bool {
	if c.ofEmitterType(t) {
		return true
	}
	named := namedOf(t)
	if named == nil || named.Obj().Pkg() == nil || !c.match.pkgs[named.Obj().Pkg().Path()] {
		return false
	}
	for i := 0; i < named.NumMethods(); i++ {
		if c.match.configCallable(named.Method(i)) != nil {
			return true
		}
	}
	s, ok := named.Underlying().(*types.Slice)
	return ok && c.match.canCarry(s.Elem())
}

// madeByEmitter reports whether v is, on some path, a value of an
// emitter type: of a configured emitter type, of a type that implements
// error declared in a package that defines an emitter (errcode.Error,
// errcode.ErrorCode), or made by a call of an emitter or a wrapper.
func (c *checker) madeByEmitter(v ssa.Value, seen map[ssa.Value]bool) bool {
	if seen[v] || len(seen) > 1000 {
		return false
	}
	seen[v] = true
	if c.ofEmitterType(v.Type()) {
		return true
	}
	switch v := v.(type) {
	case *ssa.Phi:
		for _, edge := range v.Edges {
			if c.madeByEmitter(edge, seen) {
				return true
			}
		}
	case *ssa.MakeInterface:
		return c.madeByEmitter(v.X, seen)
	case *ssa.ChangeType:
		return c.madeByEmitter(v.X, seen)
	case *ssa.ChangeInterface:
		return c.madeByEmitter(v.X, seen)
	case *ssa.Call:
		common := v.Common()
		callee := common.StaticCallee()
		if common.IsInvoke() || callee == nil {
			return false
		}
		fn, _ := callee.Object().(*types.Func)
		if fn == nil {
			return false
		}
		if c.lookup(fn) != nil {
			return true
		}
		if (fn.Signature().Recv() != nil || stackWrappers[funcKey(fn)]) && len(common.Args) > 0 {
			return c.madeByEmitter(common.Args[0], seen) // X.WithDetail(d)
		}
	}
	return false
}

// ofEmitterType reports whether t, not an interface, is a configured
// emitter type or implements error and is declared in a package that
// defines an emitter.
func (c *checker) ofEmitterType(t types.Type) bool {
	if s, ok := types.Unalias(t).Underlying().(*types.Slice); ok {
		t = s.Elem()
	}
	if types.IsInterface(t) {
		return false
	}
	if c.match.emitterType(t) != nil {
		return true
	}
	named := namedOf(t)
	return named != nil && named.Obj().Pkg() != nil && c.match.pkgs[named.Obj().Pkg().Path()] && implementsError(t)
}

// isEmitSite reports whether e is itself an emit site.
func (c *checker) isEmitSite(e ast.Expr) bool {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	switch e := e.(type) {
	case *ast.CallExpr:
		return callSite(c.pass.TypesInfo, e, c.lookup) != nil
	case *ast.CompositeLit:
		return c.match.litSite(c.pass.TypesInfo, e) != nil
	}
	return false
}

// fieldAssignSite returns the site of an assignment to a role field of a
// value of an emitter type: e.Code = apierr.Unknown sets its code.
func (c *checker) fieldAssignSite(as *ast.AssignStmt) *site {
	if len(as.Lhs) != 1 || len(as.Rhs) != 1 || as.Tok != token.ASSIGN {
		return nil
	}
	sel, ok := ast.Unparen(as.Lhs[0]).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	e := c.match.emitterType(c.pass.TypesInfo.TypeOf(sel.X))
	if e == nil {
		return nil
	}
	for role, a := range e.Args {
		if !a.Fixed && a.Name == sel.Sel.Name && role == catalog.RoleCode {
			return &site{node: sel, args: map[catalog.Role]ast.Expr{role: as.Rhs[0]}, mapped: map[catalog.Role]bool{role: true}}
		}
	}
	return nil
}

// checkCarrierSite checks the codes a use of a code-carrying value
// carries: for a code given outside the function the use is in, that the
// catalog documents it for the handler's endpoint; for any, the status
// the use writes it with, if it writes one. Codes the catalog lacks, and
// the statuses the codes carry, are checked where the codes are given.
func (c *checker) checkCarrierSite(s *site) {
	cs := s.carried
	if cs == nil {
		cs = c.carriedBy(s.carrier)
	}
	returned, statusExpr := c.statuses(s)
	_, givesStatus := s.args[catalog.RoleStatus]
	if _, fixed := s.fixed[catalog.RoleStatus]; fixed {
		givesStatus = true
	}
	seen := make(map[string]bool)
	for _, k := range cs {
		code, ok := codeValue(k.code)
		if !ok || code.text == "" || code.text == catalog.Placeholder {
			continue
		}
		cat := c.cat.For(s.catalog)
		doc := cat.Lookup(code.text)
		if doc == nil {
			continue // reported where the code is given
		}
		var ds []analysis.Diagnostic
		local := s.in.fn != nil && k.pos.IsValid() && s.in.fn.Scope() != nil &&
			s.in.fn.Scope().Pos() <= k.pos && k.pos <= s.in.fn.Scope().End()
		if endpoint := s.in.endpoint; !local && endpoint != "" && len(doc.Endpoints) > 0 && !doc.HasEndpoint(endpoint) && !openEndpoint(cat, endpoint) && !seen["e"+code.text] {
			seen["e"+code.text] = true
			ds = append(ds, diagnostic(s.carrier, CategoryEndpoint, fmt.Sprintf("code %s is not documented for endpoint %q (only for %s)",
				code, endpoint, quoteList(doc.Endpoints, 3))))
		}
		if givesStatus && !seen["s"+code.text] {
			seen["s"+code.text] = true
			for _, status := range returned {
				statuses, at := documentedStatuses(doc, s.in.endpoint)
				if len(statuses) > 0 && !contains(statuses, status) {
					ds = append(ds, c.statusMismatch(s, statusExpr, s.carrier, code, at, statuses, status))
				}
			}
		} else if !givesStatus && k.statusAt.IsValid() {
			statuses, at := documentedStatuses(doc, s.in.endpoint)
			if len(statuses) > 0 && !contains(statuses, k.status) {
				documented := make([]string, len(statuses))
				for i, st := range statuses {
					documented[i] = statusText(st)
				}
				d := c.citing(s.carrier, CategoryStatus, fmt.Sprintf("code %s is documented with status %s (%s) but returned with %s (set at line %d)",
					code, strings.Join(documented, " or "), c.cite(at), statusText(k.status), c.line(k.statusAt)), at)
				ds = append(ds, d)
			}
		}
		c.report(s, code.text, ds)
	}
}

// exportCarrierFacts exports what each of vars, the package's exported
// variables, carries.
func (c *checker) exportCarrierFacts(vars []*types.Var) {
	for _, obj := range vars {
		g, ok := c.ssa.pkg.Members[obj.Name()].(*ssa.Global)
		if !ok {
			continue
		}
		var cs []carried
		func() {
			defer func() {
				if recover() != nil {
					cs = nil
				}
			}()
			if out, ok := c.traceGlobal(g, make(map[ssa.Value]bool)); ok {
				cs = dedupeCarried(out)
			}
		}()
		f := &carrierFact{}
		for _, k := range cs {
			if enc, ok := encodeConst(k.code); ok {
				f.Codes = append(f.Codes, CodeStatus{Code: enc, Status: k.status})
			}
		}
		if len(f.Codes) > 0 {
			c.pass.ExportObjectFact(obj, f)
		}
	}
}

// A swapsFact marks a method that sets the code of what it returns from
// one of its parameters (e.WithCode(c)): a value it is called on does
// not carry its code through it.
type swapsFact struct{}

func (*swapsFact) AFact()         {}
func (*swapsFact) String() string { return "swaps" }

// swaps reports whether the method fn sets a code from a parameter: read
// from its body in this package, imported as a fact from others.
func (c *checker) swaps(fn *types.Func) bool {
	if fn.Pkg() != c.pass.Pkg {
		return fn.Pkg() != nil && c.pass.ImportObjectFact(fn, new(swapsFact))
	}
	if c.swapping == nil {
		c.swapping = c.findSwaps()
	}
	return c.swapping[fn]
}

// findSwaps returns the methods of the package that set a code field (of
// an emitter type, or named or JSON-tagged code or error_code) of a
// struct to one of their parameters, by a literal or an assignment.
func (c *checker) findSwaps() map[*types.Func]bool {
	swapping := make(map[*types.Func]bool)
	info := c.pass.TypesInfo
	for _, f := range c.pass.Files {
		for _, decl := range f.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || fd.Recv == nil || fd.Body == nil {
				continue
			}
			fn, ok := info.Defs[fd.Name].(*types.Func)
			if !ok {
				continue
			}
			params := make(map[types.Object]bool)
			for i := 0; i < fn.Signature().Params().Len(); i++ {
				params[fn.Signature().Params().At(i)] = true
			}
			isParam := func(e ast.Expr) bool {
				id, ok := ast.Unparen(e).(*ast.Ident)
				return ok && params[info.Uses[id]]
			}
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.CompositeLit:
					st, ok := info.TypeOf(n).Underlying().(*types.Struct)
					if !ok {
						return true
					}
					for _, elt := range n.Elts {
						kv, ok := elt.(*ast.KeyValueExpr)
						if !ok {
							continue
						}
						id, ok := kv.Key.(*ast.Ident)
						if ok && c.isCodeField(info.TypeOf(n), st, id.Name) && isParam(kv.Value) {
							swapping[fn] = true
						}
					}
				case *ast.AssignStmt:
					for i, l := range n.Lhs {
						sel, ok := ast.Unparen(l).(*ast.SelectorExpr)
						if !ok || i >= len(n.Rhs) {
							continue
						}
						t := info.TypeOf(sel.X)
						if t == nil {
							continue
						}
						if p, ok := t.Underlying().(*types.Pointer); ok {
							t = p.Elem()
						}
						st, ok := t.Underlying().(*types.Struct)
						if ok && c.isCodeField(t, st, sel.Sel.Name) && isParam(n.Rhs[i]) {
							swapping[fn] = true
						}
					}
				}
				return true
			})
		}
	}
	return swapping
}

// isCodeField reports whether field name of struct st (of type t) holds
// a code: the code field of an emitter type, or a field named or
// JSON-tagged code or error_code.
func (c *checker) isCodeField(t types.Type, st *types.Struct, name string) bool {
	if e := c.match.emitterType(t); e != nil {
		if a, ok := e.Args[catalog.RoleCode]; ok && !a.Fixed {
			return a.Name == name
		}
	}
	i := fieldIndex(st, name)
	if i < 0 {
		return false
	}
	return jsonKeys[foldKey(name)] == catalog.RoleCode || jsonKeys[foldKey(jsonName(st, i))] == catalog.RoleCode
}

// exportSwaps exports a swapsFact for each exported method that sets a
// code from a parameter.
func (c *checker) exportSwaps() {
	if c.swapping == nil {
		c.swapping = c.findSwaps()
	}
	for fn := range c.swapping {
		if fn.Exported() {
			c.pass.ExportObjectFact(fn, &swapsFact{})
		}
	}
	c.exportAnswersOther()
}

// exportAnswersOther marks, in a package that may define an emitter, the
// exported methods and constructors that other packages' carriers flow
// through (a method of a type that can carry a code, returning one; a
// function taking one value of its package's types that can) but that
// may answer with another value than the one they are given: a method
// that conceals the code (func (ec ErrorCode) Concealed() ErrorCode {
// return ErrorCodeUnauthorized }), a constructor that redacts some. In
// the package itself traceCall asks returnsParam; elsewhere the body is
// not there to ask, so the answer travels as a swapsFact: what such a
// call returns carries nothing. Only the emitters' packages are read,
// and only when they have such a function.
func (c *checker) exportAnswersOther() {
	if c.globalsOnly || !c.match.pkgs[c.pass.Pkg.Path()] {
		return
	}
	type candidate struct {
		fn    *types.Func
		param int // the parameter the value comes in by: 0 for a method's receiver
	}
	var cands []candidate
	consider := func(fn *types.Func) {
		if !fn.Exported() || c.swapping[fn] {
			return
		}
		sig := fn.Signature()
		if sig.Results().Len() != 1 {
			return
		}
		res := sig.Results().At(0).Type()
		if recv := sig.Recv(); recv != nil {
			if fn.Name() == "Unwrap" || fn.Name() == "Cause" || !c.match.canCarry(recv.Type()) ||
				!(c.match.canCarry(res) || sameNamed(res, recv.Type())) {
				return
			}
			cands = append(cands, candidate{fn, 0})
			return
		}
		if _, basic := res.Underlying().(*types.Basic); basic {
			return
		}
		param := -1
		for i := 0; i < sig.Params().Len(); i++ {
			t := sig.Params().At(i).Type()
			if !c.match.canCarry(t) {
				continue
			}
			if param >= 0 {
				return // two values: traceCall follows neither
			}
			param = i
		}
		if param < 0 {
			return
		}
		t := sig.Params().At(param).Type()
		if s, ok := t.Underlying().(*types.Slice); ok {
			t = s.Elem()
		}
		if named := namedOf(t); named != nil && named.Obj().Pkg() == c.pass.Pkg {
			cands = append(cands, candidate{fn, param})
		}
	}
	scope := c.pass.Pkg.Scope()
	for _, name := range scope.Names() {
		switch obj := scope.Lookup(name).(type) {
		case *types.Func:
			consider(obj)
		case *types.TypeName:
			if named, ok := types.Unalias(obj.Type()).(*types.Named); ok && !obj.IsAlias() {
				for m := range named.Methods() {
					consider(m)
				}
			}
		}
	}
	if len(cands) == 0 {
		return
	}
	v := c.buildSSA()
	for _, cand := range cands {
		var f *ssa.Function
		if v.pkg != nil {
			f = v.pkg.Prog.FuncValue(cand.fn)
		}
		if f == nil || len(f.Blocks) == 0 || !c.returnsParam(f, cand.param, 0) {
			c.pass.ExportObjectFact(cand.fn, &swapsFact{})
		}
	}
}
