package analyzer

import (
	"go/ast"
	"go/types"
	"reflect"

	"github.com/errcodes/errcodes/catalog"
)

// The json preset: a literal of an error envelope struct the handler
// encodes itself, with a json-tagged code field and a status field, both
// set.
//
//	writeJSON(w, apiError{Code: "order_not_found", Status: http.StatusNotFound})
//
// Its literal is its own site whatever writes it; a framework's call that
// writes it leaves it to this preset (see bodyRoles).
func init() {
	registerPreset(&preset{
		name: "json",
		// Struct types are declared anywhere, but written only by a
		// package that writes a response: through net/http, or a
		// framework or an emitter another preset or the config names.
		packages: []string{"net/http"},
		lit:      (*checker).jsonSite,
	})
}

// jsonSite returns the json preset's site of lit: a literal of a struct
// type with a code field and a status field (named or JSON-tagged code or
// error_code, and status, status_code or http_status), such as an error
// envelope the handler encodes itself, that sets both. The code field must
// be tagged: the tag is what says the type is a JSON body (see
// codeTagged).
func (c *checker) jsonSite(lit *ast.CompositeLit) *site {
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
