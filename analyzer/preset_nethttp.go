package analyzer

import (
	"go/ast"
	"go/types"
	"maps"
	"slices"
)

// The nethttp preset: net/http handlers that write a JSON error body
// themselves, with encoding/json.
//
//	w.WriteHeader(http.StatusNotFound)
//	json.NewEncoder(w).Encode(map[string]string{"code": "order_not_found"})
//
// or, with b, _ := json.Marshal(body) used only there, w.Write(b). It has
// no single-node pattern: http.Error(w, msg, status) writes msg as
// text/plain, and a plain message carries no code errcodes could tell
// from its prose, so it is no site.
func init() {
	registerPreset(&preset{
		name:      "nethttp",
		packages:  []string{"net/http"},
		setStatus: nethttpSetStatus,
		writeBody: nethttpWriteBody,
		// The ServeMux's registrations, and gorilla/mux's, whose
		// handlers are net/http's too (routes_mux.go).
		routes: nethttpRoutes(),
		handler: func(sig *types.Signature) bool {
			// func(http.ResponseWriter, *http.Request)
			return sig.Results().Len() == 0 &&
				slices.Equal(typeStrings(sig.Params()), []string{"net/http.ResponseWriter", "*net/http.Request"})
		},
	})
}

// nethttpRoutes returns the route functions of net/http and gorilla/mux.
func nethttpRoutes() map[string]routeFunc {
	routes := map[string]routeFunc{
		"net/http.NewServeMux":         {kind: routeNew},
		"net/http.ServeMux.HandleFunc": {handler: 1},
		"net/http.ServeMux.Handle":     {handler: 1},
		"net/http.HandleFunc":          {handler: 1},
		"net/http.Handle":              {handler: 1},
		"net/http.StripPrefix":         {kind: routeStripPrefix},
	}
	maps.Copy(routes, gorillaRoutes())
	return routes
}

// The calls the nethttp preset recognises, as funcKey names them: a
// method of http.ResponseWriter by the interface type, so that a
// same-named method of another type is never taken for it.
const (
	keyWriteHeader   = "net/http.ResponseWriter.WriteHeader"
	keyWrite         = "net/http.ResponseWriter.Write"
	keyNewEncoder    = "encoding/json.NewEncoder"
	keyEncode        = "encoding/json.Encoder.Encode"
	keyMarshal       = "encoding/json.Marshal"
	keyMarshalIndent = "encoding/json.MarshalIndent"
)

// nethttpSetStatus recognises w.WriteHeader(status).
func nethttpSetStatus(c *checker, call *ast.CallExpr, key string, args []ast.Expr) (types.Object, ast.Expr) {
	if key != keyWriteHeader || len(args) != 1 {
		return nil, nil
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if t := c.identObj(sel.X); t != nil {
			return t, args[0]
		}
	}
	return nil, nil
}

// nethttpWriteBody recognises json.NewEncoder(w).Encode(body), and
// w.Write(b) after b, _ := json.Marshal(body).
func nethttpWriteBody(c *checker, call *ast.CallExpr, key string, args []ast.Expr) (types.Object, ast.Expr) {
	if len(args) != 1 {
		return nil, nil
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil, nil
	}
	switch key {
	case keyEncode:
		// json.NewEncoder(w).Encode(body)
		enc, ok := ast.Unparen(sel.X).(*ast.CallExpr)
		if !ok || !c.calls(enc, keyNewEncoder) || len(enc.Args) != 1 {
			return nil, nil
		}
		if t := c.identObj(enc.Args[0]); t != nil {
			return t, args[0]
		}
	case keyWrite:
		// b, _ := json.Marshal(body); w.Write(b)
		if t := c.identObj(sel.X); t != nil {
			if body := c.marshalled(args[0]); body != nil {
				return t, body
			}
		}
	}
	return nil, nil
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
