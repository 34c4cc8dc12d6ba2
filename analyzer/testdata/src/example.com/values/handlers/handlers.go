// Package handlers returns codes held in variables.
package handlers

import (
	"net/http"

	"example.com/shop/apierr"
	"example.com/values/codes"
)

// pick assigns a constant on every path: each value is checked.
func pick(w http.ResponseWriter, r *http.Request) {
	code := "invalid_order_number"
	status := http.StatusNotFound
	switch r.FormValue("state") {
	case "paid":
		code, status = "already_paid", http.StatusConflict
	case "gone":
		code, status = "order_gone", http.StatusGone
	}
	apierr.Write(w, status, code, "") // want `code "order_gone" is not in the catalog` `code "already_paid" is documented with status 409 Conflict \(errcodes.yaml:6\) but returned with 404 Not Found` `code "already_paid" is documented with status 409 Conflict \(errcodes.yaml:6\) but returned with 410 Gone` `code "invalid_order_number" is documented with status 404 Not Found \(errcodes.yaml:4\) but returned with 409 Conflict` `code "invalid_order_number" is documented with status 404 Not Found \(errcodes.yaml:4\) but returned with 410 Gone`
}

// unpaired sets code and status together; errcodes does not pair them,
// so one constant status keeps the check certain.
func unpaired(w http.ResponseWriter, paid bool) {
	code := "invalid_order_number"
	if paid {
		code = "already_paid"
	}
	apierr.Write(w, http.StatusConflict, code, "") // want `code "invalid_order_number" is documented with status 404 Not Found \(errcodes.yaml:4\) but returned with 409 Conflict`
}

// flow: only the value that reaches the call counts.
func flow(w http.ResponseWriter) {
	code := "already_paid"
	apierr.Write(w, http.StatusConflict, code, "") // ok: only "already_paid" reaches here
	code = "internal_only"
	_ = code
}

var defaultCode = "order_already_canceld" // unexported, never reassigned

// packageVar reads a package-level variable nothing reassigns.
func packageVar(w http.ResponseWriter) {
	apierr.Write(w, http.StatusConflict, defaultCode, "") // want `code "order_already_canceld" is not in the catalog; did you mean "order_already_canceled"\?`
}

// enum reads fields of package-level struct variables of another package.
func enum(w http.ResponseWriter) {
	apierr.Write(w, codes.OrderNotFound.Status, codes.OrderNotFound.Code, "") // ok
	apierr.Write(w, codes.AlreadyPaid.Status, codes.AlreadyPaid.Code, "")     // want `code "already_paid" is documented with status 409 Conflict \(errcodes.yaml:6\) but returned with 400 Bad Request`
	apierr.Write(w, codes.Typo.Status, codes.Typo.Code, "")                   // want `code "order_already_cancelled" is not in the catalog; did you mean "order_already_canceled"\?`
	apierr.Write(w, http.StatusTooManyRequests, codes.RateLimited, "")        // ok
}

var statusOf = map[string]int{"invalid_order_number": 404, "already_paid": 410}

// lookups index map literals with constant keys.
func lookups(w http.ResponseWriter) {
	names := map[int]string{1: "invalid_order_number", 2: "no_such_order"}
	apierr.Write(w, http.StatusNotFound, names[1], "")            // ok
	apierr.Write(w, http.StatusNotFound, names[2], "")            // want `code "no_such_order" is not in the catalog`
	apierr.Write(w, statusOf["already_paid"], "already_paid", "") // want `code "already_paid" is documented with status 409 Conflict \(errcodes.yaml:6\) but returned with 410 Gone`
}

// Traps: each must stay silent.

// fromRequest: one path is not a constant.
func fromRequest(w http.ResponseWriter, r *http.Request) {
	code := "not_documented"
	if c := r.FormValue("code"); c != "" {
		code = c
	}
	apierr.Write(w, http.StatusBadRequest, code, "")
}

// addressTaken: a pointer may change the variable.
func addressTaken(w http.ResponseWriter) {
	code := "not_documented"
	set(&code)
	apierr.Write(w, http.StatusBadRequest, code, "")
}

func set(p *string) { *p = "invalid_order_number" }

// captured: a closure assigns the variable.
func captured(w http.ResponseWriter, f func(func())) {
	code := "not_documented"
	f(func() { code = "invalid_order_number" })
	apierr.Write(w, http.StatusNotFound, code, "")
}

// mutable: the package-level variable is reassigned elsewhere.
func mutable(w http.ResponseWriter) {
	apierr.Write(w, http.StatusConflict, codes.Mutable, "")
}

var reassigned = "not_documented"

func reset() { reassigned = "invalid_order_number" }

// reassignedVar: this package's variable is reassigned by reset.
func reassignedVar(w http.ResponseWriter) {
	apierr.Write(w, http.StatusNotFound, reassigned, "")
}

var mutableMap = map[string]string{"a": "not_documented"}

func fill() { mutableMap["a"] = "invalid_order_number" }

// mapUpdated: the map is updated after its literal.
func mapUpdated(w http.ResponseWriter) {
	apierr.Write(w, http.StatusNotFound, mutableMap["a"], "")
}

// missingKey: a key the literal lacks gives the zero value.
func missingKey(w http.ResponseWriter) {
	names := map[int]string{1: "invalid_order_number"}
	apierr.Write(w, http.StatusNotFound, names[7], "")
}

// param: a parameter may hold anything.
func param(w http.ResponseWriter, code string) {
	apierr.Write(w, http.StatusNotFound, code, "")
}

// respondErr passes a Kind's fields on: a wrapper whose code and status
// are fields of its parameter.
func respondErr(w http.ResponseWriter, k codes.Kind) {
	apierr.Write(w, k.Status, k.Code, "")
}

// respondPtr takes a pointer: the fields it reads may have changed, so it
// is no wrapper.
func respondPtr(w http.ResponseWriter, k *codes.Kind) {
	apierr.Write(w, k.Status, k.Code, "")
}

// enumWrapper returns codes through respondErr.
func enumWrapper(w http.ResponseWriter) {
	respondErr(w, codes.OrderNotFound)                            // ok
	respondErr(w, codes.AlreadyPaid)                              // want `code "already_paid" is documented with status 409 Conflict \(errcodes.yaml:6\) but returned with 400 Bad Request`
	respondErr(w, codes.Typo)                                     // want `code "order_already_cancelled" is not in the catalog; did you mean "order_already_canceled"\?`
	respondErr(w, codes.Kind{Code: "no_such_order", Status: 404}) // want `code "no_such_order" is not in the catalog`
	respondPtr(w, &codes.Typo)                                    // ok: not a wrapper
	var k codes.Kind
	respondErr(w, k) // ok: a local variable
}

// guarded starts with no code and writes one only when a case set it: the
// empty code the guard rules out is no code, never reported.
func guarded(w http.ResponseWriter, r *http.Request) {
	code := ""
	switch r.FormValue("state") {
	case "paid":
		code = "already_paid"
	case "gone":
		code = "order_gone"
	}
	if code != "" {
		apierr.Write(w, http.StatusConflict, code, "") // want `code "order_gone" is not in the catalog`
	}
}
