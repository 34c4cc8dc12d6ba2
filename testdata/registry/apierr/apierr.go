// Package apierr writes the registry's error bodies, as docs/api.md
// describes them: {"errors": [{"code": ..., "message": ..., "detail": ...}]}.
package apierr

import (
	"encoding/json"
	"net/http"
)

// Detail is one error of an error body.
type Detail struct {
	Code    string `json:"code"`
	Message string `json:"message"`
	Detail  any    `json:"detail,omitempty"`
}

// Write writes a body with one error, with status.
func Write(w http.ResponseWriter, status int, code, message string) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string][]Detail{"errors": {{Code: code, Message: message}}})
}
