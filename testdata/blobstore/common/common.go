// Package common writes responses.
package common

import (
	"encoding/json"
	"net/http"
)

// WriteJSON writes data as JSON with status.
func WriteJSON(w http.ResponseWriter, status int, data interface{}) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(data)
}
