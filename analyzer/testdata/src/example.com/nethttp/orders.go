// Package orders writes its error responses with net/http and
// encoding/json, and no helper: the nethttp preset reads them.
package orders

import (
	"encoding/json"
	"log"
	"net/http"
	"os"
)

type errorBody struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// Pay serves POST /orders/{id}/pay.
func Pay(w http.ResponseWriter, r *http.Request) { // want Pay:`returns\("already_paid" \(400\), "invalid_order_number" \(404\), "invalid_order_numbr" \(404\), "order_locked" \(423\)\)`
	switch r.FormValue("state") {
	case "missing":
		w.WriteHeader(http.StatusNotFound) // ok: documented, right status
		json.NewEncoder(w).Encode(map[string]any{"code": "invalid_order_number", "message": "Order not found"})
	case "paid":
		w.WriteHeader(http.StatusBadRequest) // want `code "already_paid" is documented with status 409 Conflict \(errcodes.yaml:10\) but returned with 400 Bad Request`
		json.NewEncoder(w).Encode(map[string]any{"code": "already_paid"})
	case "typo":
		w.WriteHeader(http.StatusNotFound)
		json.NewEncoder(w).Encode(errorBody{Code: "invalid_order_numbr", Message: "Order not found"}) // want `code "invalid_order_numbr" is not in the catalog; did you mean "invalid_order_number"\?`
	case "locked":
		w.WriteHeader(http.StatusLocked)
		json.NewEncoder(w).Encode(&errorBody{Code: "order_locked"}) // want `code "order_locked" is not in the catalog$`
	}
}

// Cancel writes bodies built beforehand, with json.Marshal, and nested.
func Cancel(w http.ResponseWriter, r *http.Request) { // want Cancel:`returns\("order_canceled" \(409\), "order_id_missing" \(400\), "rate_limit_exceded" \(429\)\)`
	if r.FormValue("id") == "" {
		body := map[string]string{"code": "order_id_missing"} // want `code "order_id_missing" is not in the catalog$`
		w.WriteHeader(http.StatusBadRequest)
		json.NewEncoder(w).Encode(body)
		return
	}
	if r.FormValue("slow") != "" {
		b, _ := json.Marshal(errorBody{Code: "rate_limit_exceded"}) // want `code "rate_limit_exceded" is not in the catalog; did you mean "rate_limit_exceeded"\?`
		w.WriteHeader(http.StatusTooManyRequests)
		w.Write(b)
		return
	}
	w.WriteHeader(http.StatusConflict)
	json.NewEncoder(w).Encode(map[string]any{"error": map[string]any{"code": "order_canceled"}}) // want `code "order_canceled" is not in the catalog$`
}

// Refund returns after each error response, the usual shape: each write's
// status is that of the one WriteHeader that can run before it.
func Refund(w http.ResponseWriter, r *http.Request) { // want Refund:`returns\("invalid_order_number" \(404\), "rate_limit_exceeded" \(503\)\)`
	if r.FormValue("id") == "" {
		w.WriteHeader(http.StatusNotFound)
		json.NewEncoder(w).Encode(errorBody{Code: "invalid_order_number"})
		return
	}
	if r.FormValue("slow") != "" {
		w.WriteHeader(http.StatusServiceUnavailable) // want `code "rate_limit_exceeded" is documented with status 429 Too Many Requests \(errcodes.yaml:12\) but returned with 503 Service Unavailable`
		json.NewEncoder(w).Encode(errorBody{Code: "rate_limit_exceeded"})
		return
	}
	// A success response after the errors: silent.
	w.WriteHeader(http.StatusOK)
	json.NewEncoder(w).Encode(map[string]any{"code": 0})
}

// Silent holds what the preset must not take for an error response.
func Silent(w http.ResponseWriter, r *http.Request, status int, code string) { // want Silent:`returns\("already_paid"\)`
	switch r.FormValue("case") {
	case "success":
		// No WriteHeader: a 200 OK body, whose code is no error code.
		json.NewEncoder(w).Encode(map[string]any{"code": 0, "data": "ok"})
	case "created":
		// A success status: the code of a success body is not checked.
		w.WriteHeader(http.StatusCreated)
		json.NewEncoder(w).Encode(map[string]any{"code": "created"})
	case "echo":
		// The body repeats the status as its code.
		w.WriteHeader(http.StatusNotFound)
		json.NewEncoder(w).Encode(map[string]any{"code": 404})
	case "variable status":
		// Not a constant status: a documented code is not compared.
		w.WriteHeader(status)
		json.NewEncoder(w).Encode(map[string]any{"code": "already_paid"})
	case "variable code":
		w.WriteHeader(http.StatusConflict)
		json.NewEncoder(w).Encode(map[string]any{"code": code})
	case "not a literal":
		w.WriteHeader(http.StatusConflict)
		json.NewEncoder(w).Encode(bodyFor("not_a_code"))
	case "changed":
		// The variable is changed after its literal: nothing is certain.
		body := map[string]any{"code": "first_code"}
		body["code"] = "second_code"
		w.WriteHeader(http.StatusConflict)
		json.NewEncoder(w).Encode(body)
	case "logged":
		// The marshalled bytes are used twice: not simple enough.
		b, _ := json.Marshal(map[string]any{"code": "logged_code"})
		log.Printf("%s", b)
		w.WriteHeader(http.StatusConflict)
		w.Write(b)
	case "other writer":
		// WriteHeader on w, but the body goes elsewhere.
		w.WriteHeader(http.StatusConflict)
		json.NewEncoder(os.Stderr).Encode(map[string]any{"code": "stderr_code"})
	case "plain":
		// http.Error writes text: no code to read.
		http.Error(w, "already_paid", http.StatusBadRequest)
	}
}

// Ambiguous writes a documented code after more than one WriteHeader, or
// after one that does not always run: the status is not known, so it is
// not compared.
func Ambiguous(w http.ResponseWriter, r *http.Request) { // want Ambiguous:`returns\("already_paid"\)`
	if r.FormValue("a") != "" {
		w.WriteHeader(http.StatusBadRequest)
	} else {
		w.WriteHeader(http.StatusNotFound)
	}
	json.NewEncoder(w).Encode(map[string]any{"code": "already_paid"})
}

func Conditional(w http.ResponseWriter, r *http.Request) { // want Conditional:`returns\("already_paid"\)`
	if r.FormValue("a") != "" {
		w.WriteHeader(http.StatusBadRequest)
	}
	json.NewEncoder(w).Encode(map[string]any{"code": "already_paid"})
}

// Closure's WriteHeader is in another function than its Encode.
func Closure(w http.ResponseWriter, r *http.Request) { // want Closure:`returns\("gone_code" \(410\)\)`
	fail := func() { w.WriteHeader(http.StatusBadRequest) }
	fail()
	json.NewEncoder(w).Encode(map[string]any{"code": "closure_code"})
	// A function literal is checked on its own: this one fires.
	go func() {
		w.WriteHeader(http.StatusGone)
		json.NewEncoder(w).Encode(map[string]any{"code": "gone_code"}) // want `code "gone_code" is not in the catalog$`
	}()
}

// recorder has WriteHeader and Write methods, but it is no
// http.ResponseWriter: a same-named method of another type is not matched.
type recorder struct{ status int }

func (r *recorder) WriteHeader(status int)      { r.status = status }
func (r *recorder) Write(b []byte) (int, error) { return len(b), nil }

func Record(rec *recorder) {
	rec.WriteHeader(http.StatusBadRequest)
	json.NewEncoder(rec).Encode(map[string]any{"code": "recorded_code"})
}

func bodyFor(code string) map[string]any { return map[string]any{"code": code} }
