package analyzer

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"github.com/errcodes/errcodes/catalog"
	"golang.org/x/tools/go/types/typeutil"
)

// The grpc preset: status.Error(codes.NotFound, msg) and its kin, whose
// code is the name of the codes.Code constant, and AIP-193 error details,
// whose errdetails.ErrorInfo Reason is the code, returned with the gRPC
// code of the status.New(codes.X, msg).WithDetails(...) it is passed to.
//
//	return status.Error(codes.NotFound, "no such order")
func init() {
	registerPreset(&preset{
		name:     "grpc",
		packages: []string{grpcStatusPkg, errdetailsPkg},
		call:     grpcCall,
		lit:      (*checker).errorInfoSite,
	})
}

const (
	grpcStatusPkg = "google.golang.org/grpc/status"
	errdetailsPkg = "google.golang.org/genproto/googleapis/rpc/errdetails"
)

// keyErrorInfo is the type errdetails.ErrorInfo, as typeKey names it.
const keyErrorInfo = errdetailsPkg + ".ErrorInfo"

// keyWithDetails is (*status.Status).WithDetails: grpc/status.Status is
// an alias of the internal package's type, where the method is declared.
const keyWithDetails = "google.golang.org/grpc/internal/status.Status.WithDetails"

// grpcErrors are the functions of the grpc status package that build an
// error from a codes.Code and a message (or format).
var grpcErrors = []string{"Error", "Errorf", "New", "Newf"}

// grpcCall returns the site of status.Error(codes.X, msg) and its kin;
// of st.WithDetails(...) it notes the gRPC code for the details'
// literals, which are sites of their own (errorInfoSite).
func grpcCall(c *checker, call *ast.CallExpr, fn *types.Func, key string) *site {
	name, isStatus := strings.CutPrefix(key, grpcStatusPkg+".")
	if !(isStatus && slices.Contains(grpcErrors, name)) && key != keyWithDetails {
		return nil
	}
	args := c.presetArgs(call)
	if len(args) == 0 {
		return nil
	}
	if key == keyWithDetails {
		c.noteDetailsStatus(call, args)
		return nil
	}
	return c.grpcSite(call, fn, args)
}

// noteDetailsStatus records, for each errdetails.ErrorInfo literal passed
// to status.New(codes.X, msg).WithDetails(...), the gRPC code X it is
// returned with (AIP-193): errorInfoSite then checks it against the code
// the catalog documents for the reason.
func (c *checker) noteDetailsStatus(call *ast.CallExpr, args []ast.Expr) {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return
	}
	inner, ok := ast.Unparen(sel.X).(*ast.CallExpr)
	if !ok {
		inner = c.statusOrigin(sel.X)
	}
	if inner == nil || !(c.calls(inner, grpcStatusPkg+".New") || c.calls(inner, grpcStatusPkg+".Newf")) || len(inner.Args) == 0 {
		return
	}
	fn, _ := typeutil.Callee(c.pass.TypesInfo, inner).(*types.Func)
	name := c.grpcCodeName(fn, inner.Args[0])
	if name == "" {
		return
	}
	for _, a := range args {
		a = ast.Unparen(a)
		if u, ok := a.(*ast.UnaryExpr); ok && u.Op == token.AND {
			a = ast.Unparen(u.X)
		}
		if lit, ok := a.(*ast.CompositeLit); ok {
			if c.detailsStatus == nil {
				c.detailsStatus = make(map[*ast.CompositeLit]grpcDetail)
			}
			c.detailsStatus[lit] = grpcDetail{name, inner.Args[0]}
		}
	}
}

// statusOrigin returns the status.New call a *status.Status variable
// holds: st := status.New(codes.X, msg), reassigned, if at all, only to
// st.WithDetails(...), which keeps its code. Anything else, nil.
func (c *checker) statusOrigin(e ast.Expr) *ast.CallExpr {
	v, _ := c.identObj(e).(*types.Var)
	if v == nil {
		return nil
	}
	f := c.fileOf(e.Pos())
	if f == nil {
		return nil
	}
	var origin *ast.CallExpr
	certain := true
	ast.Inspect(f, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || !certain {
			return certain
		}
		for i, lhs := range as.Lhs {
			lid, ok := lhs.(*ast.Ident)
			if !ok || (c.pass.TypesInfo.Defs[lid] != v && c.pass.TypesInfo.Uses[lid] != v) {
				continue
			}
			if len(as.Rhs) != len(as.Lhs) && !(len(as.Rhs) == 1 && i == 0) {
				certain = false
				return false
			}
			rhs := as.Rhs[min(i, len(as.Rhs)-1)]
			call, ok := ast.Unparen(rhs).(*ast.CallExpr)
			switch {
			case !ok:
				certain = false
			case c.calls(call, grpcStatusPkg+".New") || c.calls(call, grpcStatusPkg+".Newf"):
				if origin != nil {
					certain = false
				}
				origin = call
			case c.calls(call, keyWithDetails):
				if rs, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); !ok || c.pass.TypesInfo.Uses[identOf(rs.X)] != v {
					certain = false
				}
			default:
				certain = false
			}
		}
		return certain
	})
	if !certain {
		return nil
	}
	return origin
}

func identOf(e ast.Expr) *ast.Ident {
	id, _ := ast.Unparen(e).(*ast.Ident)
	return id
}

// A grpcDetail is the gRPC code an error detail is returned with.
type grpcDetail struct {
	name string   // "NotFound"
	expr ast.Expr // codes.NotFound
}

// grpcCodeName returns the name of the codes.Code constant e evaluates
// to, as an argument of fn, or "".
func (c *checker) grpcCodeName(fn *types.Func, e ast.Expr) string {
	if fn == nil || fn.Signature().Params().Len() == 0 {
		return ""
	}
	codeType := namedOf(fn.Signature().Params().At(0).Type())
	tv, ok := c.pass.TypesInfo.Types[e]
	if codeType == nil || codeType.Obj().Pkg() == nil || !ok || tv.Value == nil {
		return ""
	}
	for _, n := range grpcCodeNames(codeType) {
		if constant.Compare(n.Val(), token.EQL, tv.Value) {
			return n.Name()
		}
	}
	return ""
}

// errorInfoSite returns the grpc preset's site of an errdetails.ErrorInfo
// literal: its Reason is the code.
func (c *checker) errorInfoSite(lit *ast.CompositeLit) *site {
	tv, ok := c.pass.TypesInfo.Types[lit]
	if !ok {
		return nil
	}
	named := namedOf(tv.Type)
	if named == nil || typeKey(named) != keyErrorInfo {
		return nil
	}
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok && id.Name == "Reason" {
				if _, ok := c.constCode(kv.Value); !ok {
					return nil
				}
				s := &site{
					node:   lit,
					args:   map[catalog.Role]ast.Expr{catalog.RoleCode: kv.Value},
					mapped: map[catalog.Role]bool{catalog.RoleCode: true},
				}
				if d, ok := c.detailsStatus[lit]; ok {
					s.grpcStatus, s.grpcExpr = d.name, d.expr
				}
				return s
			}
		}
	}
	return nil
}

// grpcSite returns the grpc preset's site of status.Error(codes.X, msg)
// and its kin: the code is the name of the codes.Code constant, "NotFound"
// for codes.NotFound, as gRPC APIs document it. It is checked only
// against a catalog that documents gRPC codes by name (one at least):
// a catalog of HTTP error codes says nothing of them.
func (c *checker) grpcSite(call *ast.CallExpr, fn *types.Func, args []ast.Expr) *site {
	sig := fn.Type().(*types.Signature)
	if len(args) < 2 || sig.Params().Len() < 2 {
		return nil
	}
	codeType := namedOf(sig.Params().At(0).Type())
	if codeType == nil || codeType.Obj().Pkg() == nil {
		return nil
	}
	names := grpcCodeNames(codeType)
	tv, ok := c.pass.TypesInfo.Types[args[0]]
	if !ok || tv.Value == nil {
		return nil
	}
	name := ""
	for _, n := range names {
		if constant.Compare(n.Val(), token.EQL, tv.Value) {
			name = n.Name()
		}
	}
	if name == "" || name == "OK" {
		return nil // codes.OK is no error: status.Error returns nil
	}
	documents := false
	for _, n := range names {
		if doc := c.cat.Lookup(n.Name()); doc != nil && doc.Code == n.Name() {
			documents = true
			break
		}
	}
	if !documents {
		return nil
	}
	return &site{
		node: call,
		args: map[catalog.Role]ast.Expr{
			catalog.RoleCode:    &constName{Expr: args[0], v: value{text: name, quoted: true}},
			catalog.RoleMessage: args[1],
		},
		mapped: map[catalog.Role]bool{catalog.RoleCode: true, catalog.RoleMessage: true},
	}
}

// grpcCodeNames returns the constants of type t (codes.Code) its package
// declares: OK, Canceled, ..., Unauthenticated.
func grpcCodeNames(t *types.Named) []*types.Const {
	var consts []*types.Const
	scope := t.Obj().Pkg().Scope()
	for _, name := range scope.Names() {
		if k, ok := scope.Lookup(name).(*types.Const); ok && k.Exported() && types.Identical(k.Type(), t) {
			consts = append(consts, k)
		}
	}
	return consts
}
