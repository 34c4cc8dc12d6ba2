// Package conflict names constructors in its config that their bodies
// contradict: a config error, with both positions.
package conflict

import "net/http"

// HTTPError is an error with a status and a code.
type HTTPError struct {
	HTTPStatus int
	ErrorCode  string
	Message    string
}

func (e *HTTPError) Error() string { return e.Message }

// NewBadRequestError fixes 400; the config says 422.
func NewBadRequestError(code, msg string) *HTTPError {
	return &HTTPError{HTTPStatus: http.StatusBadRequest, ErrorCode: code, Message: msg}
}

// NewNotFoundError passes its first argument as the code; the config
// says its second.
func NewNotFoundError(code, msg string) *HTTPError {
	return &HTTPError{HTTPStatus: http.StatusNotFound, ErrorCode: code, Message: msg}
}
