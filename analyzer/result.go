package analyzer

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"reflect"
	"slices"

	"github.com/errcodes/errcodes/catalog"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// A Result is what the analyzer found in one package, for reports over
// the whole program (errcodes audit and extract): every emit site and
// every handler. An Analyzer made with Options.Collect returns one per
// package (nil for a package that cannot reach an emitter); others return
// nothing, so go vet pays nothing for it.
type Result struct {
	Sites    []Site
	Handlers []Handler
}

// A Site is one place that returns a code.
type Site struct {
	Pos    token.Pos
	Func   string // the enclosing function (pkg.F, pkg.T.M); "" at package level
	Via    string // the function called: an emitter, a wrapper or a framework's
	Preset string // the preset that recognised it; "" for an emitter or wrapper

	// Codes are the codes the site may return, when errcodes resolved
	// them with certainty; none when it did not (a parameter, a value
	// read from a request).
	Codes      []Code
	Statuses   []int    // the HTTP statuses it returns them with, when constant
	GRPCStatus string   // the gRPC code, for gRPC error details
	Messages   []string // its message, when constant

	// InWrapper says the site is in the body of an emitter or a wrapper:
	// the codes it returns are its callers', found at their calls.
	InWrapper bool

	// Verdicts are the findings reported at the site, by code and
	// category, so that a report adds up the checks' verdicts rather
	// than deriving its own.
	Verdicts []Verdict
}

// A Verdict is a finding reported at a site: its category, and the code
// it is about ("" when it is about no one code, as a message "?").
type Verdict struct {
	Code     string
	Category string
}

// A Code is a code as the program writes it.
type Code struct {
	Text   string // a string's content, an integer in decimal
	Quoted bool   // a string constant
}

// A Handler is a function that serves requests: registered for a route
// with a constant pattern, marked //errcodes:endpoint, or with the
// signature of a net/http, gin, echo or fiber handler.
type Handler struct {
	Pos      token.Pos // its declaration, or the registration of another package's handler
	Func     string
	Route    string // "GET /orders/{id}" as registered; "" when not seen
	Endpoint string // the catalog endpoint it serves; "" when none
	Codes    []CodeStatus
}

var resultType = reflect.TypeFor[*Result]()

// collectSite records s in the result.
func (c *checker) collectSite(s *site) {
	if c.result == nil {
		return
	}
	r := Site{Pos: s.node.Pos(), Func: s.in.name, Via: s.via, Preset: c.presetName(s), GRPCStatus: s.grpcStatus, InWrapper: s.in.inWrapper}
	if r.Via == "" {
		if call, ok := s.node.(*ast.CallExpr); ok {
			if fn, ok := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func); ok {
				r.Via = calleeName(c.pass.Pkg, fn)
			}
		} else if e, ok := s.node.(ast.Expr); !ok {
		} else if tv, ok := c.pass.TypesInfo.Types[e]; ok {
			r.Via = types.TypeString(tv.Type, c.qualifier)
		}
	}
	if s.carrier != nil {
		for _, cs := range c.siteCodes(s) {
			if code, ok := codeValue(decodeConst(cs.Code)); ok && !slices.Contains(r.Codes, Code{code.text, code.quoted}) {
				r.Codes = append(r.Codes, Code{code.text, code.quoted})
			}
		}
	} else {
		codes, _ := c.siteCodeValues(s)
		for _, v := range codes {
			if code, ok := codeValue(v); ok && code.text != "" {
				r.Codes = append(r.Codes, Code{code.text, code.quoted})
			}
		}
	}
	r.Statuses, _ = c.statuses(s)
	if e, ok := s.args[catalog.RoleMessage]; ok {
		for _, v := range c.constValues(e) {
			if v.Kind() == constant.String {
				r.Messages = append(r.Messages, constant.StringVal(v))
			}
		}
	} else if m, ok := s.fixed[catalog.RoleMessage]; ok {
		if v := decodeConst(m); v.Kind() == constant.String {
			r.Messages = append(r.Messages, constant.StringVal(v))
		}
	}
	c.result.Sites = append(c.result.Sites, r)
	s.collected = len(c.result.Sites)
}

// qualifier names the packages of types in the result's Via by their
// names, as calleeName does functions: errcode.Error, not its path.
func (c *checker) qualifier(p *types.Package) string {
	if p == c.pass.Pkg {
		return ""
	}
	return p.Name()
}

// recordVerdict records on s's result the finding d, about code,
// reported at it.
func (c *checker) recordVerdict(s *site, code string, d analysis.Diagnostic) {
	if c.result == nil || s.collected == 0 {
		return
	}
	rs := &c.result.Sites[s.collected-1]
	v := Verdict{Code: code, Category: d.Category}
	if !slices.Contains(rs.Verdicts, v) {
		rs.Verdicts = append(rs.Verdicts, v)
	}
}

// presetName returns the preset that recognised s, or "" when a
// configured emitter or an inferred wrapper did.
func (c *checker) presetName(s *site) string {
	if s.via != "" || s.preset == "" {
		return ""
	}
	return s.preset
}

// collectHandlers records the handlers among the package's functions.
func (c *checker) collectHandlers(fis []*funcInfo) {
	if c.result == nil {
		return
	}
	for _, fi := range fis {
		routes := c.routePatterns[fi.fn]
		if fi.endpoint == "" && len(routes) == 0 && len(fi.marks) == 0 && (!isHandlerSig(fi.fn.Signature()) || c.isAdapter(fi.fd)) {
			continue
		}
		h := Handler{
			Pos:      fi.fd.Name.Pos(),
			Func:     calleeName(nil, fi.fn),
			Endpoint: fi.endpoint,
			Codes:    decodeCodes(fi.summary),
		}
		if len(routes) == 0 {
			c.result.Handlers = append(c.result.Handlers, h)
			continue
		}
		// One entry per route the handler serves, each with the
		// endpoint that route serves (a mark wins).
		for _, r := range routes {
			h.Route = r.pattern
			if fi.endpoint == "" || len(fi.marks) == 0 {
				h.Endpoint = r.endpoint
			}
			c.result.Handlers = append(c.result.Handlers, h)
		}
	}
	for _, r := range c.foreignPatterns {
		c.result.Handlers = append(c.result.Handlers, Handler{
			Pos:      r.arg.Pos(),
			Func:     calleeName(nil, r.handler),
			Route:    r.pattern,
			Endpoint: r.endpoint,
			Codes:    decodeCodes(c.calleeSummary(r.handler)),
		})
	}
}

// isAdapter reports whether fd, a function with a handler's signature,
// passes the request on rather than serving it: a router's or an
// adapter's ServeHTTP (a.router.ServeHTTP(w, r), fn(w, r) on a function
// type's receiver), or middleware (c.Next(), next(w, r)). Its codes are
// those it adds around the handlers it calls, and it serves no endpoint
// of its own.
func (c *checker) isAdapter(fd *ast.FuncDecl) bool {
	if fd.Body == nil {
		return false
	}
	info := c.pass.TypesInfo
	found := false
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || found {
			return !found
		}
		switch fun := ast.Unparen(call.Fun).(type) {
		case *ast.Ident:
			// A call of a function value: a parameter, the receiver.
			if v, ok := info.Uses[fun].(*types.Var); ok {
				_, isFunc := v.Type().Underlying().(*types.Signature)
				found = isFunc
			}
		case *ast.SelectorExpr:
			if sel := info.Selections[fun]; sel != nil {
				switch sel.Kind() {
				case types.FieldVal:
					_, found = sel.Obj().Type().Underlying().(*types.Signature)
				case types.MethodVal:
					fn, _ := sel.Obj().(*types.Func)
					found = fn != nil && (fn.Name() == "ServeHTTP" || funcKey(fn) == ginPkg+".Context.Next")
				}
			}
		}
		return !found
	})
	return found
}

// decodeCodes returns a summary with its codes as text.
func decodeCodes(cs []CodeStatus) []CodeStatus {
	out := make([]CodeStatus, 0, len(cs))
	for _, x := range cs {
		if v, ok := codeValue(decodeConst(x.Code)); ok {
			out = append(out, CodeStatus{Code: v.text, Status: x.Status})
		}
	}
	return out
}

// isHandlerSig reports whether sig is that of the handlers of a
// framework a preset knows (preset.handler), enabled or not.
func isHandlerSig(sig *types.Signature) bool {
	for _, p := range allPresets {
		if p.handler != nil && p.handler(sig) {
			return true
		}
	}
	return false
}
