// Package legacy keeps the v2 API's error format for the clients that
// still call it: upper-case codes and a numeric status in the body. Its
// Write is not apierr.Write, and the v2 codes are not in the v3 spec.
package legacy

import (
	"encoding/json"
	"net/http"
)

// Write writes a v2 error body.
func Write(w http.ResponseWriter, status int, code, message string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]any{"status": status, "error": code, "error_description": message})
}
