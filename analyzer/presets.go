package analyzer

import (
	"go/ast"
	"go/constant"
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

// The packages presets recognise calls and types of.
const (
	ginPkg        = "github.com/gin-gonic/gin"
	echoPkg       = "github.com/labstack/echo/v4"
	renderPkg     = "github.com/go-chi/render"
	fiberPkg      = "github.com/gofiber/fiber/v2"
	grpcStatusPkg = "google.golang.org/grpc/status"
	errdetailsPkg = "google.golang.org/genproto/googleapis/rpc/errdetails"
)

// presetPackages maps each preset to the import paths that can emit
// through it. The json preset matches struct types declared anywhere, but
// only in a package that writes a response: through net/http, or a
// framework or an emitter another preset or the config names.
var presetPackages = map[string][]string{
	"nethttp": {"net/http"},
	"json":    {"net/http"},
	"gin":     {ginPkg},
	"echo":    {echoPkg},
	"chi":     {renderPkg},
	"fiber":   {fiberPkg},
	"grpc":    {grpcStatusPkg, errdetailsPkg},
}

// The calls presets recognise, as funcKey names them: a method of an
// interface (http.ResponseWriter, echo.Context) by the interface type, so
// that a same-named method of another type is never taken for it.
const (
	keyWriteHeader   = "net/http.ResponseWriter.WriteHeader"
	keyWrite         = "net/http.ResponseWriter.Write"
	keyNewEncoder    = "encoding/json.NewEncoder"
	keyEncode        = "encoding/json.Encoder.Encode"
	keyMarshal       = "encoding/json.Marshal"
	keyMarshalIndent = "encoding/json.MarshalIndent"
	keyRenderStatus  = renderPkg + ".Status"
	keyRenderJSON    = renderPkg + ".JSON"
	keyRenderDefault = renderPkg + ".DefaultResponder"
	keyEchoJSON      = echoPkg + ".Context.JSON"
	keyEchoPretty    = echoPkg + ".Context.JSONPretty"
	keyEchoHTTPError = echoPkg + ".NewHTTPError"
	keyFiberJSON     = fiberPkg + ".Ctx.JSON"
	keyFiberStatus   = fiberPkg + ".Ctx.Status"
	keyErrorInfo     = errdetailsPkg + ".ErrorInfo"
)

// ginWriters are the methods of *gin.Context that write (status, body) as
// JSON.
var ginWriters = []string{"JSON", "AbortWithStatusJSON", "IndentedJSON", "PureJSON", "SecureJSON", "AsciiJSON"}

// grpcErrors are the functions of the grpc status package that build an
// error from a codes.Code and a message (or format).
var grpcErrors = []string{"Error", "Errorf", "New", "Newf"}

// presetsOf returns the presets a config enables: all when it names none.
func presetsOf(cfg *catalog.Config) []string {
	if cfg.Presets == nil {
		return catalog.PresetNames
	}
	return cfg.Presets
}

func (m *matcher) hasPreset(name string) bool { return slices.Contains(m.presets, name) }

// presetSite returns the site of n if an enabled preset recognises it.
//
// nethttp has no single-node pattern: http.Error(w, msg, status) writes
// msg as text/plain, and a plain message carries no code errcodes could
// tell from its prose, so it is no site.
func (c *checker) presetSite(n ast.Node) *site {
	switch n := n.(type) {
	case *ast.CallExpr:
		s := c.presetCall(n)
		if s != nil {
			s.preset = presetOfCall(c.pass.TypesInfo, n)
		}
		return s
	case *ast.CompositeLit:
		if s := c.jsonSite(n); s != nil {
			s.preset = "json"
			return s
		}
		s := c.errorInfoSite(n)
		if s != nil {
			s.preset = "grpc"
		}
		return s
	}
	return nil
}

// presetOfCall names the preset of a framework call presetCall took.
func presetOfCall(info *types.Info, call *ast.CallExpr) string {
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	key := ""
	if fn != nil {
		key = funcKey(fn)
	}
	for _, p := range []struct{ pkg, name string }{
		{ginPkg, "gin"}, {echoPkg, "echo"}, {fiberPkg, "fiber"}, {grpcStatusPkg, "grpc"},
	} {
		if strings.HasPrefix(key, p.pkg+".") {
			return p.name
		}
	}
	return ""
}

// presetCall returns the site of a framework call that writes an error
// response or builds an error: gin, echo, fiber and grpc.
func (c *checker) presetCall(call *ast.CallExpr) *site {
	fn, ok := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
	if !ok {
		return nil
	}
	key := funcKey(fn)
	if !strings.HasPrefix(key, "github.com/") && !strings.HasPrefix(key, "google.golang.org/grpc/") {
		return nil // quick exit for the standard library and the like
	}
	args := c.presetArgs(call)
	if len(args) == 0 {
		return nil
	}
	switch {
	case c.match.hasPreset("gin") && strings.HasPrefix(key, ginPkg+".Context.") &&
		slices.Contains(ginWriters, strings.TrimPrefix(key, ginPkg+".Context.")):
		if len(args) == 2 {
			return c.bodySite(call, args[0], args[1], false)
		}
	case c.match.hasPreset("echo") && (key == keyEchoJSON || key == keyEchoPretty):
		if len(args) >= 2 {
			return c.bodySite(call, args[0], args[1], false)
		}
	case c.match.hasPreset("echo") && key == keyEchoHTTPError:
		// NewHTTPError(status, message...): a message that is a map or a
		// struct with a code; a plain string has none.
		if len(args) == 2 && !call.Ellipsis.IsValid() {
			return c.bodySite(call, args[0], args[1], true)
		}
	case c.match.hasPreset("fiber") && key == keyFiberJSON:
		// c.Status(s).JSON(body) writes s; c.JSON(body) alone writes
		// whatever status an earlier statement set, 200 OK if none.
		var status ast.Expr
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			if inner, ok := ast.Unparen(sel.X).(*ast.CallExpr); ok && c.calls(inner, keyFiberStatus) {
				if sargs := c.presetArgs(inner); len(sargs) == 1 {
					status = sargs[0]
				}
			}
		}
		return c.bodySite(call, status, args[0], false)
	case c.match.hasPreset("grpc") && strings.HasPrefix(key, grpcStatusPkg+".") &&
		slices.Contains(grpcErrors, strings.TrimPrefix(key, grpcStatusPkg+".")):
		return c.grpcSite(call, fn, args)
	case c.match.hasPreset("grpc") && key == keyWithDetails:
		c.noteDetailsStatus(call, args)
	}
	return nil
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
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok {
		return nil
	}
	var origin *ast.CallExpr
	certain := true
	ast.Inspect(c.file, func(n ast.Node) bool {
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

// keyWithDetails is (*status.Status).WithDetails: grpc/status.Status is
// an alias of the internal package's type, where the method is declared.
const keyWithDetails = "google.golang.org/grpc/internal/status.Status.WithDetails"

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
		return nil
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
		return nil
	}
	return s
}

// bodyRoles returns the code and message of a body: a literal, &literal or
// a local variable one literal initialises, with a code at its top or, if
// nested, under an "error" key. A literal that is a site of its own (a
// configured emitter type, or the json preset's) is left to that site, so
// that no code is reported twice.
func (c *checker) bodyRoles(body ast.Expr, nested bool) (map[catalog.Role]ast.Expr, bool) {
	lit := c.literalOf(body)
	if lit == nil || c.match.litSite(c.pass.TypesInfo, lit) != nil || c.jsonSite(lit) != nil {
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
	var decl ast.Node
	uses := 0
	ast.Inspect(c.file, func(n ast.Node) bool {
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

// jsonSite returns the json preset's site of lit: a literal of a struct
// type with a code field and a status field (named or JSON-tagged code or
// error_code, and status, status_code or http_status), such as an error
// envelope the handler encodes itself, that sets both. The code field must
// be tagged: the tag is what says the type is a JSON body (see
// codeTagged).
func (c *checker) jsonSite(lit *ast.CompositeLit) *site {
	if !c.match.hasPreset("json") {
		return nil
	}
	tv, ok := c.pass.TypesInfo.Types[lit]
	if !ok {
		return nil
	}
	if _, ok := tv.Type.Underlying().(*types.Struct); !ok {
		return nil
	}
	roles, has, ok := c.literalRoles(lit)
	if !ok || !has[catalog.RoleCode] || !has[catalog.RoleStatus] || !codeTagged(tv.Type.Underlying().(*types.Struct)) {
		return nil
	}
	code, ok := roles[catalog.RoleCode]
	status, hasStatus := roles[catalog.RoleStatus]
	if !ok || !hasStatus {
		// A code left out is no code. A literal that leaves its status
		// out gets it elsewhere: from the call that writes it, a preset's
		// site of its own, or a middleware errcodes cannot follow.
		return nil
	}
	s := &site{
		node:   lit,
		args:   map[catalog.Role]ast.Expr{catalog.RoleCode: code, catalog.RoleStatus: status},
		mapped: map[catalog.Role]bool{catalog.RoleCode: true, catalog.RoleStatus: true, catalog.RoleMessage: has[catalog.RoleMessage]},
	}
	if e, ok := roles[catalog.RoleMessage]; ok {
		s.args[catalog.RoleMessage] = e
	}
	if !c.presetWanted(s, false) {
		return nil
	}
	return s
}

// codeTagged reports whether st declares its code field's JSON key with a
// json tag. A type with no tag is written as {"Code": ...}, which no API
// documents: a struct with untagged Code and Status fields is something
// else, such as an upstream provider's error the code only compares with.
func codeTagged(st *types.Struct) bool {
	for i := 0; i < st.NumFields(); i++ {
		f := st.Field(i)
		tag, ok := reflect.StructTag(st.Tag(i)).Lookup("json")
		if ok && tag != "-" && f.Exported() && !f.Embedded() && jsonKeys[foldKey(jsonName(st, i))] == catalog.RoleCode {
			return true
		}
	}
	return false
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
// from several statements of one function body, such as WriteHeader
// followed by encoding a body that carries a code.
//
//   - nethttp: w.WriteHeader(status), then json.NewEncoder(w).Encode(body)
//     or, with b, _ := json.Marshal(body) used only there, w.Write(b).
//   - chi: render.Status(r, status), then render.JSON(w, r, body) or
//     render.DefaultResponder(w, r, body).
//
// A write that no status setter can precede is a 200 OK response: no
// site. The status is known only when exactly one setter can run before
// the write, it always does (a statement of the write's block or of an
// enclosing one), and its status is a constant; else the site is checked
// without a status. See mayPrecede for what "can run before" means.
func (c *checker) presetFuncSites(body *ast.BlockStmt) []*site {
	nethttp, chi := c.match.hasPreset("nethttp"), c.match.hasPreset("chi")
	if !nethttp && !chi {
		return nil
	}
	var sites []*site
	// Each function literal is a function of its own: a WriteHeader in a
	// closure says nothing of the status its enclosing function writes.
	funcs := []*ast.BlockStmt{body}
	for len(funcs) > 0 {
		fb := funcs[0]
		funcs = funcs[1:]
		f := c.statusWrites(fb, nethttp, chi)
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
// w.WriteHeader(status) or render.Status(r, status).
type statusSetter struct {
	kind   string       // the preset
	target types.Object // w, or r for chi
	call   *ast.CallExpr
	status ast.Expr
	block  ast.Node   // the block it is a statement of, or nil
	path   []ast.Node // from the function body down to call
}

// A bodyWrite is a call that writes a body as JSON.
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

// statusWrites collects the status setters and body writes of one
// function body.
func (c *checker) statusWrites(fb *ast.BlockStmt, nethttp, chi bool) funcWrites {
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
		switch key := funcKey(fn); {
		case nethttp && key == keyWriteHeader && len(args) == 1:
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
				if t := c.identObj(sel.X); t != nil {
					f.setters = append(f.setters, statusSetter{"nethttp", t, call, args[0], block, path})
				}
			}
		case chi && key == keyRenderStatus && len(args) == 2:
			if t := c.identObj(args[0]); t != nil {
				f.setters = append(f.setters, statusSetter{"chi", t, call, args[1], block, path})
			}
		case nethttp && key == keyEncode && len(args) == 1:
			// json.NewEncoder(w).Encode(body)
			sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
			if !ok {
				break
			}
			enc, ok := ast.Unparen(sel.X).(*ast.CallExpr)
			if !ok || !c.calls(enc, keyNewEncoder) || len(enc.Args) != 1 {
				break
			}
			if t := c.identObj(enc.Args[0]); t != nil {
				f.writes = append(f.writes, bodyWrite{"nethttp", t, call, args[0], path})
			}
		case nethttp && key == keyWrite && len(args) == 1:
			// b, _ := json.Marshal(body); w.Write(b)
			sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
			if !ok {
				break
			}
			if t := c.identObj(sel.X); t != nil {
				if body := c.marshalled(args[0]); body != nil {
					f.writes = append(f.writes, bodyWrite{"nethttp", t, call, body, path})
				}
			}
		case chi && (key == keyRenderJSON || key == keyRenderDefault) && len(args) == 3:
			if t := c.identObj(args[1]); t != nil {
				f.writes = append(f.writes, bodyWrite{"chi", t, call, args[2], path})
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

// marshalled returns X when e is a local variable b declared by
// b, err := json.Marshal(X) (or MarshalIndent) and used only in e.
func (c *checker) marshalled(e ast.Expr) ast.Expr {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	decl, v := c.soleUse(id)
	as, ok := decl.(*ast.AssignStmt)
	if !ok || len(as.Lhs) != 2 || len(as.Rhs) != 1 {
		return nil
	}
	if l, ok := as.Lhs[0].(*ast.Ident); !ok || c.pass.TypesInfo.Defs[l] != v {
		return nil
	}
	call, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
	if !ok || len(call.Args) == 0 || !(c.calls(call, keyMarshal) || c.calls(call, keyMarshalIndent)) {
		return nil
	}
	return call.Args[0]
}

// errorInfoSite returns the grpc preset's site of an errdetails.ErrorInfo
// literal: its Reason is the code.
func (c *checker) errorInfoSite(lit *ast.CompositeLit) *site {
	if !c.match.hasPreset("grpc") {
		return nil
	}
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

// A constName is a code expression that errcodes reads as the name of
// the constant it evaluates to, not as its value: a gRPC API documents
// codes.NotFound as "NotFound", not 5. constCode reads v; findings are
// reported at the expression.
type constName struct {
	ast.Expr
	v value
}
