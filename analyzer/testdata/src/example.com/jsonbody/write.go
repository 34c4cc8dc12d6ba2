package jsonbody

import (
	"encoding/json"
	"net/http"
)

// write writes envelopes itself. A literal that sets its status is the
// json preset's site; one that leaves it out is the nethttp preset's,
// with WriteHeader's status. Either way its code is checked once.
func write(w http.ResponseWriter, r *http.Request) {
	if r.FormValue("paid") != "" {
		w.WriteHeader(http.StatusBadRequest) // want `code "already_paid" is documented with status 409 Conflict \(errcodes.yaml:9\) but returned with 400 Bad Request`
		json.NewEncoder(w).Encode(APIError{Code: "already_paid"})
		return
	}
	w.WriteHeader(http.StatusConflict)
	json.NewEncoder(w).Encode(&APIError{Code: "order_on_hold", Status: http.StatusConflict}) // want `code "order_on_hold" is not in the catalog$`
}
