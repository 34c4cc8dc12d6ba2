// Package apierr is the shop API's error envelope.
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

// New returns an API error with an HTTP status.
func New(code string, status int, message string) *Error {
	return &Error{Status: status, Code: code, Message: message}
}

// Newf is New with a typed code and a formatted message.
func Newf[C ~string](code C, status int, format string, args ...any) *Error {
	return &Error{Status: status, Code: string(code), Message: fmt.Sprintf(format, args...)}
}

// Write writes an error response.
func Write(w http.ResponseWriter, status int, code, message string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(Error{Code: code, Message: message})
}

// Writer writes error responses for one request.
type Writer struct {
	W http.ResponseWriter
}

// Fail writes an error response.
func (wr *Writer) Fail(status int, code string, message string) {
	Write(wr.W, status, code, message)
}

// Code is a typed error code.
type Code string

// Numeric codes of the legacy API.
const (
	LegacyNotFound = 1003 + iota
	LegacyBadType
)
