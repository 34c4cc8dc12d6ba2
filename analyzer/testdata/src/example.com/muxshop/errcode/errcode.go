// Package errcode writes the registry's error responses.
package errcode

import (
	"encoding/json"
	"net/http"
)

// Serve writes the error code with the HTTP status as the registry's JSON
// error body.
func Serve(w http.ResponseWriter, status int, code, message string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]any{"errors": []any{map[string]string{"code": code, "message": message}}})
}
