// Package errcode writes the registry's error bodies, in the shape of the
// distribution spec: {"errors": [{"code": ..., "message": ...}]}.
package errcode

import (
	"encoding/json"
	"net/http"
)

type item struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// ServeJSON writes one error with its status.
func ServeJSON(w http.ResponseWriter, status int, code, message string) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string][]item{"errors": {{code, message}}})
}
