// Package placeholders has handlers for endpoints the docs left "?".
package placeholders

import "net/http"

func respond(w http.ResponseWriter, status int, code, msg string) {
	w.WriteHeader(status)
	w.Write([]byte(code + ": " + msg))
}

// getOrder serves GET /orders/{id}; its docs are complete.
//
//errcodes:endpoint "Get Order"
func getOrder(w http.ResponseWriter, r *http.Request) {
	respond(w, http.StatusNotFound, "invalid_order_number", "Order not found")
}

// getOrderDetails serves GET /orders/{id}/details.
//
//errcodes:endpoint "Get Order Details" // want `endpoint "Get Order Details" has an unresolved "\?" entry \(errcodes.yaml:11\); getOrderDetails returns "invalid_order_number" \(404\), "rate_limit_exceeded" \(429\)`
func getOrderDetails(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("X-Slow") != "" {
		// Silent: the endpoint's "?" entry may be this very code; the
		// placeholder finding above lists it among what the handler returns.
		respond(w, http.StatusTooManyRequests, "rate_limit_exceeded", "Please wait")
		return
	}
	respond(w, http.StatusNotFound, "invalid_order_number", "Order not found")
	respond(w, http.StatusNotFound, r.FormValue("code"), "not a constant: not listed")
}

// quick is marked without quotes; it returns nothing errcodes can resolve.
//
//errcodes:endpoint Get Order Details // want `endpoint "Get Order Details" has an unresolved "\?" entry \(errcodes.yaml:11\); quick returns no code errcodes can resolve`
func quick(w http.ResponseWriter) {}

// Codes and messages left "?" in code.
func todo(w http.ResponseWriter) {
	respond(w, 404, "?", "Order not found")                    // want `code "\?" is an unresolved placeholder`
	respond(w, 404, "invalid_order_number", "?")               // want `message "\?" is an unresolved placeholder`
	respond(w, 404, "invalid_order_number", "Order not found") //errcodes:ignore // want `errcodes:ignore needs a reason`
}

// unknown names an endpoint the catalog does not have.
//
//errcodes:endpoint "Get Ordr" // want `endpoint "Get Ordr" is not in the catalog`
func unknown(w http.ResponseWriter) {}

// ignoredMark: an ignore is for findings about code. It does not
// suppress the problem of a directive, and, suppressing nothing, is
// reported itself.
//
//errcodes:ignore the catalog will have it // want `errcodes:ignore suppresses no finding; remove it`
//errcodes:endpoint "Get Ordr" // want `endpoint "Get Ordr" is not in the catalog`
func ignoredMark(w http.ResponseWriter) {}

//errcodes:endpoint "Get Order" // want `errcodes:endpoint belongs in the doc comment of a handler function`

var _ = 0

//errcodes:emiter code=code // want `unknown directive errcodes:emiter \(known: ignore, endpoint, emitter\)`
func misspelt() {}

// lock returns a code whose status the catalog leaves "?": each status it
// is returned with is a candidate to decide between.
func lock(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodDelete {
		respond(w, http.StatusConflict, "order_locked", "Order is locked") // want `code "order_locked" has status "\?" in the catalog \(errcodes.yaml:16\); returned here with 409 Conflict`
		return
	}
	respond(w, http.StatusLocked, "order_locked", "Order is locked") // want `code "order_locked" has status "\?" in the catalog \(errcodes.yaml:16\); returned here with 423 Locked`
	status := http.StatusLocked
	if r.Method == http.MethodPost {
		status = http.StatusConflict
	}
	respond(w, status, "order_locked", "Order is locked") // want `code "order_locked" has status "\?" in the catalog \(errcodes.yaml:16\); returned here with 409 Conflict or 423 Locked`
	respond(w, statusOf(r), "order_locked", "Order is locked")
}

// statusOf is no constant: a site with it says nothing of the status.
func statusOf(r *http.Request) int { return len(r.URL.Path) }
