// Package apierr writes the Ledger API's error bodies.
package apierr

import (
	"encoding/json"
	"net/http"
)

// Fail writes {"code": code, "message": message} with status.
func Fail(w http.ResponseWriter, status int, code, message string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]string{"code": code, "message": message})
}
