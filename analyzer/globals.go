package analyzer

import (
	"go/ast"
	"go/types"
)

// globalsOnly cuts what a package that is not checked builds in SSA form
// down to what exportGlobalFacts reads: the initialisers and functions
// that can give a value to, or change, one of the package's exported
// variables of a type that can hold a code, or a variable of the package
// those variables' initialisers read (resolve follows them).
//
// It returns the package's files with the body of every other function
// left out (a shallow copy of the file, the function declared without a
// body, as one written in assembly is), and info with only the
// initialisers that name one of those variables. A function or
// initialiser that names none can neither assign them nor take their
// address (a write through a pointer needs the pointer, and taking it
// names the variable), so the values exportGlobalFacts exports are the
// same, from the SSA form of a few functions instead of all of them: in
// Open Policy Agent's ast package, a tenth of the standalone run.
func globalsOnly(pkg *types.Package, info *types.Info, files []*ast.File) ([]*ast.File, *types.Info) {
	vars := make(map[types.Object]bool)
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		if obj, ok := scope.Lookup(name).(*types.Var); ok && obj.Exported() && eligibleType(obj.Type()) {
			vars[obj] = true
		}
	}
	// The variables the initialisers of those read, and so on.
	for grew := true; grew; {
		grew = false
		for _, init := range info.InitOrder {
			if !anyOf(init.Lhs, vars) {
				continue
			}
			ast.Inspect(init.Rhs, func(n ast.Node) bool {
				if id, ok := n.(*ast.Ident); ok {
					if v, ok := info.Uses[id].(*types.Var); ok && v.Parent() == scope && !vars[v] {
						vars[v] = true
						grew = true
					}
				}
				return true
			})
		}
	}

	cut := *info
	cut.InitOrder = nil
	for _, init := range info.InitOrder {
		if anyOf(init.Lhs, vars) || names(info, init.Rhs, vars) {
			cut.InitOrder = append(cut.InitOrder, init)
		}
	}
	out := make([]*ast.File, len(files))
	for i, f := range files {
		var decls []ast.Decl
		for j, decl := range f.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || fd.Body == nil || names(info, fd.Body, vars) {
				continue
			}
			if decls == nil {
				decls = append([]ast.Decl(nil), f.Decls...)
			}
			bodiless := *fd
			bodiless.Body = nil
			decls[j] = &bodiless
		}
		if decls == nil {
			out[i] = f
			continue
		}
		copied := *f
		copied.Decls = decls
		out[i] = &copied
	}
	return out, &cut
}

// anyOf reports whether one of lhs is in vars.
func anyOf(lhs []*types.Var, vars map[types.Object]bool) bool {
	for _, v := range lhs {
		if vars[v] {
			return true
		}
	}
	return false
}

// names reports whether n refers to one of vars.
func names(info *types.Info, n ast.Node, vars map[types.Object]bool) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && vars[info.Uses[id]] {
			found = true
		}
		return !found
	})
	return found
}
