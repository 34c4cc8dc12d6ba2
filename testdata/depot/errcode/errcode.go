// Package errcode writes the registry's error bodies, as the distribution
// spec shapes them: {"errors": [{"code": "...", "message": "..."}]}.
package errcode

import (
	"encoding/json"
	"net/http"
)

// Error is one error of a response.
type Error struct {
	Code    string `json:"code"`
	Message string `json:"message,omitempty"`
}

// ServeJSON writes one error with its status.
func ServeJSON(w http.ResponseWriter, status int, code, message string) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string][]Error{"errors": {{Code: code, Message: message}}})
}
