// want package:"wraps"

// Package auth returns errors built by constructors that fix their
// status, and some their code: supabase/auth's internal/api/errors.go,
// abridged.
package auth

import (
	"fmt"
	"net/http"
)

// ErrorCode is a code on the wire.
type ErrorCode = string

const (
	ErrorCodeValidationFailed  ErrorCode = "validation_failed"
	ErrorCodeUnexpectedFailure ErrorCode = "unexpected_failure"
	ErrorCodeUserNotFound      ErrorCode = "user_not_found"
	ErrorCodeEmailExists       ErrorCode = "email_exists"
	ErrorCodeWeakPassword      ErrorCode = "weak_password"
	ErrorCodeSAMLDisabled      ErrorCode = "saml_provider_disabled"
)

// HTTPError is an error with a status and a code.
type HTTPError struct {
	HTTPStatus int       `json:"code"`
	ErrorCode  ErrorCode `json:"error_code,omitempty"`
	Message    string    `json:"msg"`
}

func (e *HTTPError) Error() string { return fmt.Sprintf("%d: %s", e.HTTPStatus, e.Message) }

// WithInternalMessage returns e with an internal message.
func (e *HTTPError) WithInternalMessage(fmtString string, args ...interface{}) *HTTPError {
	return e
}

func httpError(httpStatus int, errorCode ErrorCode, fmtString string, args ...interface{}) *HTTPError {
	return &HTTPError{
		HTTPStatus: httpStatus,
		ErrorCode:  errorCode,
		Message:    fmt.Sprintf(fmtString, args...),
	}
}

// NewBadRequestError is a 400 with code: its status is fixed in its
// body, and the config, which names it, says nothing of it.
func NewBadRequestError(errorCode ErrorCode, fmtString string, args ...interface{}) *HTTPError { // want NewBadRequestError:`emitter\(code=arg0 status=i:400\)`
	return httpError(http.StatusBadRequest, errorCode, fmtString, args...)
}

// NewForbiddenError is a 403: the config says so too.
func NewForbiddenError(errorCode ErrorCode, fmtString string, args ...interface{}) *HTTPError { // want NewForbiddenError:`emitter\(code=arg0 status=i:403\)`
	return httpError(http.StatusForbidden, errorCode, fmtString, args...)
}

// NewInternalServerError is a 500 with a fixed code, which it has no
// parameter for.
func NewInternalServerError(fmtString string, args ...interface{}) *HTTPError { // want NewInternalServerError:`returns\("unexpected_failure" \(500\)\)` NewInternalServerError:`emitter\(code=s:unexpected_failure status=i:500\)`
	return httpError(http.StatusInternalServerError, ErrorCodeUnexpectedFailure, fmtString, args...)
}
