// Package common writes responses: zot's pkg/common, abridged.
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

// ServeErrors writes errs with the status the first carries.
func ServeErrors(w http.ResponseWriter, errs ...error) {
	w.WriteHeader(http.StatusInternalServerError)
	_ = json.NewEncoder(w).Encode(errs)
}
