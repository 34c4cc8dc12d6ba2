package analyzer

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"sort"
	"strings"
)

// Codes as enums. A code may be a named constant of an integer type whose
// String method gives the code on the wire (MANIFEST_INVALID ErrorCode =
// iota): its code is what String returns for it, not the integer. errcodes
// reads String's table from its source, when it is one of the forms
// programs write: a switch on the receiver returning constant strings, a
// map or array literal indexed by the receiver, or the tables the stringer
// tool generates. Where String exists and cannot be read, or does not
// name a constant, the constant has no code errcodes can tell.

// An enumFact records what String returns for each constant of an
// exported integer type, for importers.
type enumFact struct {
	Names []RoleConst // Role is the constant's value in decimal, Value its string
}

func (*enumFact) AFact() {}

func (f *enumFact) String() string {
	var parts []string
	for _, n := range f.Names {
		parts = append(parts, n.Role+"="+n.Value)
	}
	return "enum(" + strings.Join(parts, " ") + ")"
}

// enumStrings returns the codes vs, constants of type t, stand for: vs
// themselves, unless t is an integer type with a String method, when
// each becomes the string String returns for it (unless the catalog
// documents the number and not that string), or is dropped when that
// cannot be read.
func (c *checker) enumStrings(t types.Type, vs []constant.Value) []constant.Value {
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || len(vs) == 0 {
		return vs
	}
	if b, ok := named.Underlying().(*types.Basic); !ok || b.Info()&types.IsInteger == 0 {
		return vs
	}
	if !hasStringMethod(named) {
		return vs
	}
	table := c.enumTable(named)
	var out []constant.Value
	for _, v := range vs {
		if v.Kind() != constant.Int {
			continue
		}
		s, ok := table[v.ExactString()]
		switch {
		case ok && c.cat != nil && c.cat.Lookup(s) == nil && c.cat.Lookup(v.ExactString()) != nil:
			out = append(out, v) // the catalog documents the number, not the name
		case ok:
			out = append(out, constant.MakeString(s))
		}
	}
	return out
}

// hasStringMethod reports whether named has a String() string method on
// its value.
func hasStringMethod(named *types.Named) bool {
	obj, _, _ := types.LookupFieldOrMethod(named, false, named.Obj().Pkg(), "String")
	fn, ok := obj.(*types.Func)
	if !ok {
		return false
	}
	sig := fn.Signature()
	if sig.Params().Len() != 0 || sig.Results().Len() != 1 {
		return false
	}
	b, ok := sig.Results().At(0).Type().(*types.Basic)
	return ok && b.Kind() == types.String
}

// enumTable returns String's table for named: read from this package's
// source, or imported as a fact.
func (c *checker) enumTable(named *types.Named) map[string]string {
	if c.enums == nil {
		c.enums = make(map[*types.Named]map[string]string)
	}
	if t, ok := c.enums[named]; ok {
		return t
	}
	var t map[string]string
	if named.Obj().Pkg() == c.pass.Pkg {
		t = c.readEnum(named)
	} else {
		var f enumFact
		if c.pass.ImportObjectFact(named.Obj(), &f) {
			t = make(map[string]string)
			for _, n := range f.Names {
				t[n.Role] = n.Value
			}
		}
	}
	c.enums[named] = t
	return t
}

// exportEnumFacts exports the String tables of the package's exported
// integer types.
func (c *checker) exportEnumFacts() {
	scope := c.pass.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || !tn.Exported() || tn.IsAlias() {
			continue
		}
		named, ok := tn.Type().(*types.Named)
		if !ok || !hasStringMethod(named) {
			continue
		}
		if b, ok := named.Underlying().(*types.Basic); !ok || b.Info()&types.IsInteger == 0 {
			continue
		}
		t := c.enumTable(named)
		if len(t) == 0 {
			continue
		}
		f := &enumFact{}
		for _, cname := range scope.Names() { // in a stable order
			k, ok := scope.Lookup(cname).(*types.Const)
			if !ok || !types.Identical(k.Type(), named) {
				continue
			}
			if s, ok := t[k.Val().ExactString()]; ok && !containsRole(f.Names, k.Val().ExactString()) {
				f.Names = append(f.Names, RoleConst{k.Val().ExactString(), s})
			}
		}
		sort.Slice(f.Names, func(i, j int) bool {
			a, b := constant.MakeFromLiteral(f.Names[i].Role, token.INT, 0), constant.MakeFromLiteral(f.Names[j].Role, token.INT, 0)
			return constant.Compare(a, token.LSS, b)
		})
		if len(f.Names) > 0 {
			c.pass.ExportObjectFact(tn, f)
		}
	}
}

func containsRole(rs []RoleConst, role string) bool {
	for _, r := range rs {
		if r.Role == role {
			return true
		}
	}
	return false
}

// readEnum reads the String method of named, declared in this package,
// into a table from each constant's value to the string String returns.
func (c *checker) readEnum(named *types.Named) map[string]string {
	fd := c.stringDecl(named)
	if fd == nil || fd.Body == nil || fd.Recv == nil || len(fd.Recv.List) != 1 || len(fd.Recv.List[0].Names) != 1 {
		return nil
	}
	recv, _ := c.pass.TypesInfo.Defs[fd.Recv.List[0].Names[0]].(*types.Var)
	if recv == nil {
		return nil
	}
	if t := c.switchTable(fd.Body, recv); t != nil {
		return t
	}
	if t := c.indexTable(fd.Body, recv); t != nil {
		return t
	}
	return c.stringerTable(fd.Body, recv, named)
}

// stringDecl returns the declaration of named's String method.
func (c *checker) stringDecl(named *types.Named) *ast.FuncDecl {
	for _, f := range c.pass.Files {
		for _, decl := range f.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || fd.Name.Name != "String" || fd.Recv == nil {
				continue
			}
			if fn, ok := c.pass.TypesInfo.Defs[fd.Name].(*types.Func); ok {
				if recv := fn.Signature().Recv(); recv != nil && types.Identical(recv.Type(), named) {
					return fd
				}
			}
		}
	}
	return nil
}

// isRecv reports whether e is the receiver recv, or a conversion of it.
func (c *checker) isRecv(e ast.Expr, recv *types.Var) bool {
	e = ast.Unparen(e)
	if call, ok := e.(*ast.CallExpr); ok && len(call.Args) == 1 {
		if tv, ok := c.pass.TypesInfo.Types[call.Fun]; ok && tv.IsType() {
			e = ast.Unparen(call.Args[0])
		}
	}
	id, ok := e.(*ast.Ident)
	return ok && c.pass.TypesInfo.Uses[id] == recv
}

// switchTable reads switch recv { case A: return "a" ... }.
func (c *checker) switchTable(body *ast.BlockStmt, recv *types.Var) map[string]string {
	for _, stmt := range body.List {
		sw, ok := stmt.(*ast.SwitchStmt)
		if !ok || sw.Init != nil || sw.Tag == nil || !c.isRecv(sw.Tag, recv) {
			continue
		}
		t := make(map[string]string)
		for _, cc := range sw.Body.List {
			cl := cc.(*ast.CaseClause)
			if len(cl.Body) == 0 {
				continue
			}
			ret, ok := cl.Body[0].(*ast.ReturnStmt)
			if !ok || len(ret.Results) != 1 {
				continue
			}
			s, ok := c.constString(ret.Results[0])
			if !ok {
				continue
			}
			for _, e := range cl.List {
				if tv, ok := c.pass.TypesInfo.Types[e]; ok && tv.Value != nil && tv.Value.Kind() == constant.Int {
					t[tv.Value.ExactString()] = s
				}
			}
		}
		if len(t) > 0 {
			return t
		}
	}
	return nil
}

// indexTable reads return table[recv], table a map or array literal that
// a local or package-level variable holds and nothing reassigns.
func (c *checker) indexTable(body *ast.BlockStmt, recv *types.Var) map[string]string {
	var table map[string]string
	ast.Inspect(body, func(n ast.Node) bool {
		ix, ok := n.(*ast.IndexExpr)
		if !ok || table != nil || !c.isRecv(ix.Index, recv) {
			return table == nil
		}
		id, ok := ast.Unparen(ix.X).(*ast.Ident)
		if !ok {
			return true
		}
		v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
		if !ok {
			return true
		}
		if lit := c.soleLiteral(v); lit != nil {
			table = c.literalTable(lit)
		}
		return table == nil
	})
	return table
}

// soleLiteral returns the composite literal variable v is declared with,
// when nothing in the package assigns v or takes its address.
func (c *checker) soleLiteral(v *types.Var) *ast.CompositeLit {
	var lit *ast.CompositeLit
	other := false
	for _, f := range c.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.ValueSpec:
				for i, name := range n.Names {
					if c.pass.TypesInfo.Defs[name] == v && i < len(n.Values) {
						lit, _ = ast.Unparen(n.Values[i]).(*ast.CompositeLit)
					}
				}
			case *ast.AssignStmt:
				for i, l := range n.Lhs {
					id, ok := ast.Unparen(l).(*ast.Ident)
					if !ok {
						continue
					}
					if c.pass.TypesInfo.Defs[id] == v && n.Tok == token.DEFINE && len(n.Rhs) == len(n.Lhs) {
						lit, _ = ast.Unparen(n.Rhs[i]).(*ast.CompositeLit)
					} else if c.pass.TypesInfo.Uses[id] == v {
						other = true
					}
				}
			case *ast.UnaryExpr:
				if id, ok := ast.Unparen(n.X).(*ast.Ident); ok && n.Op == token.AND && c.pass.TypesInfo.Uses[id] == v {
					other = true
				}
			case *ast.IndexExpr:
				// m[k] = v is an assignment to an element.
			}
			return true
		})
	}
	if other || lit == nil || c.elementsAssigned(v) {
		return nil
	}
	return lit
}

// elementsAssigned reports whether the package assigns an element of v.
func (c *checker) elementsAssigned(v *types.Var) bool {
	found := false
	for _, f := range c.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			as, ok := n.(*ast.AssignStmt)
			if !ok {
				return !found
			}
			for _, l := range as.Lhs {
				if ix, ok := ast.Unparen(l).(*ast.IndexExpr); ok {
					if id, ok := ast.Unparen(ix.X).(*ast.Ident); ok && c.pass.TypesInfo.Uses[id] == v {
						found = true
					}
				}
			}
			return !found
		})
	}
	return found
}

// literalTable reads a map literal with constant integer keys, or an
// array or slice literal, of constant strings.
func (c *checker) literalTable(lit *ast.CompositeLit) map[string]string {
	tv, ok := c.pass.TypesInfo.Types[lit]
	if !ok {
		return nil
	}
	t := make(map[string]string)
	switch tv.Type.Underlying().(type) {
	case *types.Map:
		for _, elt := range lit.Elts {
			kv, ok := elt.(*ast.KeyValueExpr)
			if !ok {
				return nil
			}
			k, ok := c.pass.TypesInfo.Types[kv.Key]
			s, sok := c.constString(kv.Value)
			if !ok || k.Value == nil || k.Value.Kind() != constant.Int || !sok {
				return nil
			}
			t[k.Value.ExactString()] = s
		}
	case *types.Array, *types.Slice:
		i := int64(0)
		for _, elt := range lit.Elts {
			val := elt
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				k, ok := c.pass.TypesInfo.Types[kv.Key]
				if !ok || k.Value == nil {
					return nil
				}
				n, exact := constant.Int64Val(k.Value)
				if !exact {
					return nil
				}
				i, val = n, kv.Value
			}
			s, ok := c.constString(val)
			if !ok {
				return nil
			}
			t[constant.MakeInt64(i).ExactString()] = s
			i++
		}
	default:
		return nil
	}
	return t
}

// stringerTable reads the String method the stringer tool generates for
// one run of values: return _T_name[_T_index[i]:_T_index[i+1]], after an
// optional i -= offset.
func (c *checker) stringerTable(body *ast.BlockStmt, recv *types.Var, named *types.Named) map[string]string {
	offset := int64(0)
	var slice *ast.SliceExpr
	for _, stmt := range body.List {
		switch s := stmt.(type) {
		case *ast.AssignStmt:
			if s.Tok == token.SUB_ASSIGN && len(s.Lhs) == 1 && c.isRecvIdent(s.Lhs[0], recv) {
				tv, ok := c.pass.TypesInfo.Types[s.Rhs[0]]
				if !ok || tv.Value == nil {
					return nil
				}
				offset, _ = constant.Int64Val(tv.Value)
			}
		case *ast.ReturnStmt:
			if len(s.Results) == 1 {
				slice, _ = ast.Unparen(s.Results[0]).(*ast.SliceExpr)
			}
		}
	}
	if slice == nil || slice.Low == nil || slice.High == nil {
		return nil
	}
	name, ok := c.constString(slice.X)
	if !ok {
		return nil
	}
	low, ok := ast.Unparen(slice.Low).(*ast.IndexExpr)
	if !ok || !c.isRecv(low.Index, recv) {
		return nil
	}
	id, ok := ast.Unparen(low.X).(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok {
		return nil
	}
	lit := c.soleLiteral(v)
	if lit == nil {
		return nil
	}
	var index []int64
	for _, elt := range lit.Elts {
		tv, ok := c.pass.TypesInfo.Types[elt]
		if !ok || tv.Value == nil {
			return nil
		}
		n, _ := constant.Int64Val(tv.Value)
		index = append(index, n)
	}
	t := make(map[string]string)
	scope := named.Obj().Pkg().Scope()
	for _, cname := range scope.Names() {
		k, ok := scope.Lookup(cname).(*types.Const)
		if !ok || !types.Identical(k.Type(), named) {
			continue
		}
		n, exact := constant.Int64Val(k.Val())
		i := n - offset
		if !exact || i < 0 || i+1 >= int64(len(index)) {
			continue
		}
		lo, hi := index[i], index[i+1]
		if lo < 0 || hi > int64(len(name)) || lo > hi {
			return nil
		}
		t[k.Val().ExactString()] = name[lo:hi]
	}
	return t
}

func (c *checker) isRecvIdent(e ast.Expr, recv *types.Var) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && c.pass.TypesInfo.Uses[id] == recv
}
