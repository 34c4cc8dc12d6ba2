// Package apierr writes the API's errors: {"error_code": ..., "message": ...}.
package apierr

import (
	"encoding/json"
	"net/http"
)

// Write writes an API error.
func Write(w http.ResponseWriter, status int, code, message string) {
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]string{"error_code": code, "message": message})
}
