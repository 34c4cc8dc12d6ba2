// Package oauth2 writes token endpoint errors as RFC 6749 says:
// {"error": ..., "error_description": ...}.
package oauth2

import (
	"encoding/json"
	"net/http"
)

// WriteError writes a token endpoint error.
func WriteError(w http.ResponseWriter, status int, errCode, description string) {
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]string{"error": errCode, "error_description": description})
}
