// Package errcode registers each error code once, as a descriptor, and
// hands out values that carry it.
package errcode

import (
	"fmt"
	"net/http"
)

// ErrorCode is a registered code.
type ErrorCode int

// ErrorDescriptor describes a code: its value on the wire and its status.
type ErrorDescriptor struct {
	Code           ErrorCode
	Value          string
	Message        string
	HTTPStatusCode int
}

var (
	descriptors = map[ErrorCode]ErrorDescriptor{}
	nextCode    = 1000
)

// Register registers a descriptor under group and returns its code.
func Register(group string, descriptor ErrorDescriptor) ErrorCode {
	code := ErrorCode(nextCode)
	descriptor.Code = code
	descriptors[code] = descriptor
	nextCode++
	return code
}

// The codes of every API.
var (
	ErrorCodeUnknown = Register("errcode", ErrorDescriptor{
		Value:          "UNKNOWN",
		Message:        "unknown error",
		HTTPStatusCode: http.StatusInternalServerError,
	})
	ErrorCodeUnauthorized = Register("errcode", ErrorDescriptor{
		Value:          "UNAUTHORIZED",
		Message:        "authentication required",
		HTTPStatusCode: http.StatusUnauthorized,
	})
)

func (ec ErrorCode) Descriptor() ErrorDescriptor { return descriptors[ec] }

func (ec ErrorCode) Error() string { return ec.Descriptor().Value }

// WithDetail returns the code as an Error with detail.
func (ec ErrorCode) WithDetail(detail interface{}) Error {
	return Error{Code: ec, Message: ec.Descriptor().Message, Detail: detail}
}

// Error is a code with its message and detail.
type Error struct {
	Code    ErrorCode   `json:"code"`
	Message string      `json:"message"`
	Detail  interface{} `json:"detail,omitempty"`
}

func (e Error) Error() string { return fmt.Sprintf("%v: %s", e.Code, e.Message) }

// Errors are the errors of one response.
type Errors []error

// WithCodes returns errs with an error of each of codes, with detail: the
// codes are its callers', so the append is no response.
func (errs Errors) WithCodes(detail interface{}, codes ...ErrorCode) Errors {
	for _, code := range codes {
		errs = append(errs, code.WithDetail(detail))
	}
	return errs
}
