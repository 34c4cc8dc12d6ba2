// Package apierr builds errors from codes that are an iota enum, named on
// the wire by String.
package apierr

// ErrorCode is a code; String gives its name on the wire.
type ErrorCode int

const (
	BLOB_UNKNOWN ErrorCode = iota
	MANIFEST_INVALID
	MANIFEST_UNKNOWN
	NAME_UNKNOWN
	UNSUPPORTED
	MANIFEST_BLOB_UNKNOWN
)

// Error is one error of a response.
type Error struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// ErrorList is a response's errors.
type ErrorList struct {
	Errors []*Error `json:"errors"`
}

func (e ErrorCode) String() string {
	errMap := map[ErrorCode]string{
		BLOB_UNKNOWN:          "BLOB_UNKNOWN",
		MANIFEST_INVALID:      "MANIFEST_INVALID",
		MANIFEST_UNKNOWN:      "MANIFEST_UNKNOWN",
		NAME_UNKNOWN:          "NAME_UNKNOWN",
		UNSUPPORTED:           "UNSUPPORTED",
		MANIFEST_BLOB_UNKNOWN: "MANIFEST_BLOB_UNKNOWN",
	}

	return errMap[e]
}

// NewError returns the error of code.
func NewError(code ErrorCode) *Error {
	return &Error{Code: code.String(), Message: code.String()}
}

// NewErrorList returns a response of errors.
func NewErrorList(errors ...*Error) ErrorList {
	return ErrorList{Errors: errors}
}
