// Package handlers calls the wrappers of respond and web.
package handlers

import (
	"net/http"

	"example.com/wrappers/respond"
	"example.com/wrappers/web"
)

// Pay serves POST /orders/{id}/pay.
func Pay(w http.ResponseWriter, r *http.Request) { // want Pay:`returns\("already_paid", "already_paid" \(400\), "already_paid" \(404\), "already_payd" \(409\), "invalid_order_number" \(404\), "invalid_order_number" \(409\), "not_a_documented_code" \(400\), "queued_code" \(500\), "rate_limit_exceeded" \(429\), "unknown_either"\)`
	respond.NotFound(w, "invalid_order_number")                   // ok: documented with 404
	respond.NotFound(w, "already_paid")                           // want `code "already_paid" is documented with status 409 Conflict \(errcodes.yaml:6\) but returned with 404 Not Found \(by respond.NotFound\)`
	respond.Conflict(w, "already_payd")                           // want `code "already_payd" is not in the catalog; did you mean "already_paid"\?`
	respond.Error(w, http.StatusBadRequest, "already_paid")       // want `code "already_paid" is documented with status 409 Conflict \(errcodes.yaml:6\) but returned with 400 Bad Request`
	respond.Slow(w, "rate_limit_exceeded")                        // want `message "Slow down" \(by respond.Slow\) does not match the documented "Please wait a few minutes"`
	respond.NotFoundOr(w, "rate_limit_exceeded", 429)             // ok
	web.Gone(w, "invalid_order_number")                           // want `code "invalid_order_number" is documented with status 404 Not Found \(errcodes.yaml:4\) but returned with 409 Conflict \(by web.Gone\)`
	(&respond.Responder{W: w}).Fail(400, "not_a_documented_code") // want `code "not_a_documented_code" is not in the catalog`
	respond.Either(w, "unknown_either", true)                     // want `code "unknown_either" is not in the catalog`
	respond.Either(w, "already_paid", false)                      // ok: the status is not known
	respond.Queue(nil, 500, "queued_code")                        // want `code "queued_code" is not in the catalog`
}

// Traps that must stay silent.
func traps(w http.ResponseWriter, r *http.Request, out respond.Writer) {
	// Lower and Prefixed transform the code: not wrappers.
	respond.Lower(w, "NOT_DOCUMENTED")
	respond.Prefixed(w, "not_documented")
	// A value from the request.
	respond.NotFound(w, r.FormValue("code"))
	// An interface call: any implementation may run.
	out.WriteError(400, "not_documented")
	// A method value and a closure.
	fail := (&respond.Responder{W: w}).Fail
	fail(400, "not_documented")
	local := func(code string) { respond.NotFound(w, code) }
	local("not_documented")
}
