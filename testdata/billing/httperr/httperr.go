// Package httperr writes the billing API's JSON error responses.
package httperr

import (
	"encoding/json"
	"net/http"
)

// Body is the error envelope every endpoint returns.
type Body struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// Write writes an error response with the given status, code and message.
func Write(w http.ResponseWriter, status int, code, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(Body{Code: code, Message: msg})
}

// NotFound writes a 404 Not Found error.
func NotFound(w http.ResponseWriter, code, msg string) {
	Write(w, http.StatusNotFound, code, msg)
}

// Conflict writes a 409 Conflict error.
func Conflict(w http.ResponseWriter, code, msg string) {
	Write(w, http.StatusConflict, code, msg)
}

// Internal writes the one 500 error the API returns.
func Internal(w http.ResponseWriter) {
	Write(w, http.StatusInternalServerError, "internal_error", "Something went wrong on our side")
}
