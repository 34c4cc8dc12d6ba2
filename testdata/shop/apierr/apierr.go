// Package apierr writes the shop API's JSON error responses.
package apierr

import (
	"encoding/json"
	"net/http"
)

// Error is the body of every error response.
type Error struct {
	Status  int    `json:"-"`
	Code    string `json:"code"`
	Message string `json:"message"`
}

func (e *Error) Error() string { return e.Code + ": " + e.Message }

// Write writes an error response with its status.
func Write(w http.ResponseWriter, status int, code, message string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(Error{Code: code, Message: message})
}

// Respond writes err, or a 500 if it is not an *Error.
func Respond(w http.ResponseWriter, err error) {
	if e, ok := err.(*Error); ok {
		Write(w, e.Status, e.Code, e.Message)
		return
	}
	Write(w, http.StatusInternalServerError, "internal_error", "Internal server error")
}
