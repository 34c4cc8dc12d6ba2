// Package apierr builds errors from codes that are an iota enum, named
// on the wire by String: project-zot/zot's pkg/api/errors, abridged.
package apierr

// ErrorCode is a code; String gives its name on the wire.
type ErrorCode int // want ErrorCode:`enum\(0=BLOB_UNKNOWN 1=MANIFEST_INVALID 2=MANIFEST_UNKNOWN 3=NAME_INVALID 4=UNSUPPORTED\)`

const (
	BLOB_UNKNOWN ErrorCode = iota
	MANIFEST_INVALID
	MANIFEST_UNKNOWN
	NAME_INVALID
	UNSUPPORTED
)

// Error is one error of a response.
type Error struct {
	Code        string            `json:"code"`
	Message     string            `json:"message"`
	Description string            `json:"-"`
	Detail      map[string]string `json:"detail,omitempty"`
}

// ErrorList is a response's errors.
type ErrorList struct {
	Errors []*Error `json:"errors"`
}

func (e ErrorCode) String() string {
	errMap := map[ErrorCode]string{
		BLOB_UNKNOWN:     "BLOB_UNKNOWN",
		MANIFEST_INVALID: "MANIFEST_INVALID",
		MANIFEST_UNKNOWN: "MANIFEST_UNKNOWN",
		NAME_INVALID:     "NAME_INVALID",
		UNSUPPORTED:      "UNSUPPORTED",
	}

	return errMap[e]
}

// NewError returns the error of code.
func NewError(code ErrorCode) *Error {
	return &Error{
		Code:    code.String(),
		Message: code.String(),
	}
}

// AddDetail returns e with detail added.
func (e *Error) AddDetail(m map[string]string) *Error {
	e.Detail = m
	return e
}

// WithCode returns e with another code.
func (e *Error) WithCode(code string) *Error { // want WithCode:"swaps"
	e.Code = code
	return e
}

// NewErrorList returns a response of errors.
func NewErrorList(errors ...*Error) ErrorList {
	return ErrorList{Errors: errors}
}
