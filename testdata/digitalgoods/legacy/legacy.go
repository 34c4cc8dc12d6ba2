// Package legacy writes the errors of /api/v1, in the format deprecated
// since September 2020: {"code": 2602, "message": "Order not found"}.
package legacy

import (
	"encoding/json"
	"net/http"
)

// Code is a numeric error code of the deprecated table.
type Code int

// The codes /api/v1 still returns.
const (
	QueryValidation    Code = 2601
	OrderNotFound      Code = 2602
	DispatchNotFound   Code = 2603
	Unauthorized       Code = 2604
	InvalidContentType Code = 2605
	OrderValidation    Code = 2609
	InternalError      Code = 2611
	InsufficientFunds  Code = 2613
)

// Write writes a v1 error.
func Write(w http.ResponseWriter, status int, code Code, message string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(struct {
		Code    Code   `json:"code"`
		Message string `json:"message"`
	}{code, message})
}
