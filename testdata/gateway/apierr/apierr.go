// Package apierr writes the registry's error bodies, as docs/openapi.yaml
// defines Error.
package apierr

import (
	"encoding/json"
	"net/http"
)

// Write writes an Error body with status.
func Write(w http.ResponseWriter, status int, code, message string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]string{"code": code, "message": message})
}
