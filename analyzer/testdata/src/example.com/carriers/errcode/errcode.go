// Package errcode registers each error code once, as a descriptor, and
// hands out values that carry it: distribution/distribution's
// registry/api/errcode, abridged.
package errcode

import (
	"fmt"
	"net/http"
	"strings"
)

// ErrorCode is a registered code: a number handed out at registration,
// whose descriptor says its value and status.
type ErrorCode int

// ErrorDescriptor describes a code.
type ErrorDescriptor struct {
	Code           ErrorCode
	Value          string
	Message        string
	Description    string
	HTTPStatusCode int
}

var (
	errorCodeToDescriptors = map[ErrorCode]ErrorDescriptor{}
	idToDescriptors        = map[string]ErrorDescriptor{}
	nextCode               = 1000
)

// Register registers a descriptor under group and returns its code.
func Register(group string, descriptor ErrorDescriptor) ErrorCode {
	code := ErrorCode(nextCode)
	descriptor.Code = code
	errorCodeToDescriptors[code] = descriptor
	idToDescriptors[descriptor.Value] = descriptor
	nextCode++
	return code
}

// register is Register within this package.
func register(group string, descriptor ErrorDescriptor) ErrorCode {
	return Register(group, descriptor)
}

// The codes of every API.
var (
	ErrorCodeUnknown = register("errcode", ErrorDescriptor{ // want ErrorCodeUnknown:`carries\("UNKNOWN" \(500\)\)`
		Value:          "UNKNOWN",
		Message:        "unknown error",
		HTTPStatusCode: http.StatusInternalServerError,
	})
	ErrorCodeUnauthorized = register("errcode", ErrorDescriptor{ // want ErrorCodeUnauthorized:`carries\("UNAUTHORIZED" \(401\)\)`
		Value:          "UNAUTHORIZED",
		Message:        "authentication required",
		HTTPStatusCode: http.StatusUnauthorized,
	})
	ErrorCodeDenied = register("errcode", ErrorDescriptor{ // want ErrorCodeDenied:`carries\("DENIED" \(403\)\)`
		Value:          "DENIED", // want `code "DENIED" is not in the catalog`
		Message:        "requested access to the resource is denied",
		HTTPStatusCode: http.StatusForbidden,
	})
)

// Descriptor returns the code's descriptor.
func (ec ErrorCode) Descriptor() ErrorDescriptor { // want Descriptor:"swaps"
	return errorCodeToDescriptors[ec]
}

// String returns the code's value: known only at run time.
func (ec ErrorCode) String() string { return ec.Descriptor().Value }

// Message returns the code's message.
func (ec ErrorCode) Message() string { return ec.Descriptor().Message }

// Error returns the code's value, as an error.
func (ec ErrorCode) Error() string { return strings.ToLower(ec.Descriptor().Value) }

// WithMessage returns the code as an Error with a message.
func (ec ErrorCode) WithMessage(message string) Error {
	return Error{Code: ec, Message: message}
}

// WithDetail returns the code as an Error with detail.
func (ec ErrorCode) WithDetail(detail interface{}) Error {
	return Error{Code: ec, Message: ec.Message()}.WithDetail(detail)
}

// WithArgs returns the code as an Error with its message formatted.
func (ec ErrorCode) WithArgs(args ...interface{}) Error {
	return Error{Code: ec, Message: ec.Message()}.WithArgs(args...)
}

// Concealed returns the code a client that may not see a repository is
// told instead of ec: the registry does not say whether it exists.
func (ec ErrorCode) Concealed() ErrorCode { // want Concealed:"swaps" Concealed:`returns\("UNAUTHORIZED" \(401\)\)`
	return ErrorCodeUnauthorized
}

// Redact returns what a client outside the repository's namespace is
// told of err: nothing that was not found, as if it were not allowed.
func Redact(err Error) Error { // want Redact:"swaps" Redact:`returns\("UNAUTHORIZED" \(401\)\)`
	if err.Code.Descriptor().HTTPStatusCode == http.StatusNotFound {
		return ErrorCodeUnauthorized.WithDetail(err.Detail)
	}
	return err
}

// Error is a code with its message and detail.
type Error struct {
	Code    ErrorCode   `json:"code"`
	Message string      `json:"message"`
	Detail  interface{} `json:"detail,omitempty"`
}

func (e Error) Error() string { return fmt.Sprintf("%s: %s", e.Code.Error(), e.Message) }

// ErrorCode returns the error's code.
func (e Error) ErrorCode() ErrorCode { return e.Code }

// WithDetail returns e with detail.
func (e Error) WithDetail(detail interface{}) Error {
	return Error{Code: e.Code, Message: e.Message, Detail: detail}
}

// WithArgs returns e with its message formatted.
func (e Error) WithArgs(args ...interface{}) Error {
	return Error{Code: e.Code, Message: fmt.Sprintf(e.Code.Message(), args...), Detail: e.Detail}
}

// Wrap returns other's code with e's detail: the code is other's.
func (e Error) Wrap(other ErrorCode) Error { // want Wrap:"swaps"
	return Error{Code: other, Message: e.Message, Detail: e.Detail}
}

// Errors are the errors of one response.
type Errors []error

func (errs Errors) Error() string { return fmt.Sprint([]error(errs)) }

// ServeJSON writes errs, with the status of the first.
func ServeJSON(w http.ResponseWriter, err error) error {
	w.WriteHeader(http.StatusInternalServerError)
	return nil
}
