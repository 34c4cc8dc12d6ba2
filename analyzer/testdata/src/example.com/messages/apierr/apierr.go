// Package apierr writes the API's JSON errors.
package apierr

import (
	"encoding/json"
	"fmt"
	"net/http"
)

// Error is the JSON body of every error response.
type Error struct {
	Status  int    `json:"-"`
	Code    string `json:"code"`
	Message string `json:"message"`
}

func (e *Error) Error() string { return e.Code + ": " + e.Message }

// Write writes an error response.
func Write(w http.ResponseWriter, status int, code, message string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(Error{Code: code, Message: message})
}

// Writef writes an error response whose message is formatted, as by
// fmt.Sprintf.
func Writef(w http.ResponseWriter, status int, code, format string, args ...any) {
	Write(w, status, code, fmt.Sprintf(format, args...))
}

// Fail writes an error response whose message is err's text.
func Fail(w http.ResponseWriter, status int, code string, err error) {
	Write(w, status, code, err.Error())
}
