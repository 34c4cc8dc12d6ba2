package holdtraps

import (
	"net/http"
	"os"
)

// Accessors: functions that give a handler its API error from a
// constant it passes. Each is evaluated with its arguments; where what
// it returns depends on anything else, errcodes must not choose.

// strictMode is set from the environment at start-up.
var strictMode = os.Getenv("MINIO_API_STRICT") != ""

// defaultErr is the error of a request the API does not serve: the
// admin API may change it.
var defaultErr = ErrNoSuchKey

// apiErrFor returns the error of code, or another in strict mode.
func apiErrFor(code APIErrorCode) APIError {
	if strictMode {
		return errorCodes[ErrNoSuchKey]
	}
	return errorCodes[code]
}

// unservedErr returns the error of a request the API does not serve.
func unservedErr(code APIErrorCode) APIError {
	if code == ErrNone {
		return errorCodes[defaultErr]
	}
	return errorCodes[code]
}

// pickErr returns the error of code, or NoSuchKey for an object
// request.
func pickErr(code APIErrorCode, object bool) APIError {
	if code == ErrNoSuchBucket && object {
		return errorCodes[ErrNoSuchKey]
	}
	return errorCodes[code]
}

// switchErr returns the error of code.
func switchErr(code APIErrorCode) APIError {
	switch code {
	case ErrNoSuchBucket:
		return errorCodes[ErrNoSuchBucket]
	case ErrNoSuchKey:
		return errorCodes[ErrNoSuchKey]
	case ErrAccessDenied, ErrSlowDown:
		return errorCodes[code]
	}
	return errorCodes[ErrInternalError]
}

// mustErr returns the error of code; a code without one is a bug.
func mustErr(code APIErrorCode) APIError {
	apiErr, ok := errorCodes[code]
	if !ok {
		panic("no API error for code")
	}
	return apiErr
}

// deferredErr returns the error of code, throttled when the server is
// busy: a deferred function changes what it returns.
func deferredErr(code APIErrorCode) (apiErr APIError) {
	defer func() {
		if busy() {
			apiErr = errorCodes[ErrSlowDown]
		}
	}()
	return errorCodes[code]
}

// recoveredErr returns the error of code, or an internal error if
// looking it up panics.
func recoveredErr(code APIErrorCode) (apiErr APIError) {
	defer func() {
		if recover() != nil {
			apiErr = errorCodes[ErrInternalError]
		}
	}()
	return errorCodes[code]
}

// busy reports whether the server is overloaded.
func busy() bool { return os.Getenv("MINIO_BUSY") != "" }

// nestedErr returns the error of code: the one of NoSuchKey, unless
// code is another.
func nestedErr(code APIErrorCode) APIError {
	if code != ErrNoSuchKey {
		return switchErr(code)
	}
	return apiErrFor(code)
}

// retryErr returns the error of code after attempts tries.
func retryErr(code APIErrorCode, attempts int) APIError {
	if attempts > 0 {
		return retryErr(code, attempts-1)
	}
	return errorCodes[code]
}

// objectCodes is the object API's errors, looked up by a generic
// helper.
var objectCodes = errorCodeMap{
	ErrNoSuchKey: {Code: "NoSuchKey", Description: "The specified key does not exist.", HTTPStatusCode: http.StatusNotFound},
}

// lookupIn returns m's entry for k.
func lookupIn[K comparable, V any](m map[K]V, k K) V { return m[k] }

// boolErr returns NoSuchKey's error for an object, NoSuchBucket's
// otherwise.
func boolErr(object bool) APIError {
	if object {
		return errorCodes[ErrNoSuchKey]
	}
	return errorCodes[ErrNoSuchBucket]
}

// rewrittenErr returns the error of code, with a code from the request.
func rewrittenErr(code APIErrorCode, r *http.Request) APIError {
	apiErr := errorCodes[code]
	if c := r.Header.Get("X-Minio-Error-Code"); c != "" {
		apiErr.Code = c
	}
	return apiErr
}

// hideExistence answers AccessDenied for a missing key, so that an
// anonymous user cannot probe which keys exist.
func hideExistence(apiErr APIError) APIError {
	if apiErr.Code == "NoSuchKey" {
		return errorCodes[ErrAccessDenied]
	}
	return apiErr
}

// forAnonymous is the error an anonymous user is answered with: one
// that does not tell a missing key from a forbidden one.
func (e APIError) forAnonymous() APIError {
	if e.Code == "NoSuchKey" {
		return errorCodes[ErrAccessDenied]
	}
	return e
}

// withDescription returns e with another description: the same error.
func (e APIError) withDescription(format string) APIError {
	e.Description = format
	return e
}

// withCode returns e under another code.
func (e APIError) withCode(code string) APIError {
	e.Code = code
	return e
}

// withResource returns a copy of e that names the resource: the same
// error, as fosite's WithHint gives it.
func (e *APIError) withResource(resource string) *APIError {
	err := *e
	err.Description += " (" + resource + ")"
	return &err
}

// masked answers AccessDenied in place of e, whatever e was.
func (e *APIError) masked() *APIError {
	err := *e
	err.Code, err.HTTPStatusCode = "AccessDenied", http.StatusForbidden
	return &err
}

// internalErr is the internal error, with e's description.
func (e APIError) internalErr() APIError {
	return APIError{Code: "InternalError", Description: e.Description, HTTPStatusCode: http.StatusInternalServerError}
}

// errNoSuchKey is the object layer's missing key.
var errNoSuchKey = &APIError{Code: "NoSuchKey", Description: "The specified key does not exist.", HTTPStatusCode: http.StatusNotFound}

// codeOf returns the error of code and whether there is one.
func codeOf(code APIErrorCode) (APIError, bool) {
	apiErr, ok := errorCodes[code]
	return apiErr, ok
}

// lookupErr returns m's error for code.
func lookupErr(m errorCodeMap, code APIErrorCode) APIError {
	if apiErr, ok := m[code]; ok {
		return apiErr
	}
	return errorCodes[ErrInternalError]
}
