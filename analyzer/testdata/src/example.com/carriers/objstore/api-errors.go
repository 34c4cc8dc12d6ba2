// Package objstore serves an S3-compatible object store the way
// minio/minio's cmd package does: every API error is defined once, as an
// entry of the errorCodes map, looked up by its APIErrorCode and written
// with the status it carries.
package objstore

import (
	"errors"
	"fmt"
	"net/http"
	"os"
)

// APIError is an error of the S3 API.
type APIError struct {
	Code           string
	Description    string
	HTTPStatusCode int
}

// APIErrorCode is the kind of an API error.
type APIErrorCode int

// The API errors.
const (
	ErrNone APIErrorCode = iota
	ErrAccessDenied
	ErrInternalError
	ErrInvalidBucketName
	ErrNoSuchBucket
	ErrNoSuchKey
	ErrBucketNotEmpty
	ErrBucketAlreadyOwnedByYou
	ErrEntityTooLarge
	ErrServerNotInitialized
	ErrNotImplemented
	ErrAdminNoSuchUser
	ErrAdminNoSuchPolicy
)

type errorCodeMap map[APIErrorCode]APIError

// ToAPIErrWithErr returns the error of errCode, or an internal error,
// with err in its description.
func (e errorCodeMap) ToAPIErrWithErr(errCode APIErrorCode, err error) APIError {
	apiErr, ok := e[errCode]
	if !ok {
		apiErr = e[ErrInternalError]
	}
	if err != nil {
		apiErr.Description = fmt.Sprintf("%s (%s)", apiErr.Description, err)
	}
	if region := os.Getenv("MINIO_REGION"); region != "" {
		if errCode == ErrInvalidBucketName {
			apiErr.Description = fmt.Sprintf("The bucket name is not valid in region '%s'.", region)
			return apiErr
		}
	}
	return apiErr
}

// ToAPIErr returns the error of errCode, or an internal error.
func (e errorCodeMap) ToAPIErr(errCode APIErrorCode) APIError {
	return e.ToAPIErrWithErr(errCode, nil)
}

// toAPIErrWithCode returns the error of errCode under another code: the
// code is not the entry's.
func (e errorCodeMap) toAPIErrWithCode(errCode APIErrorCode, code string) APIError {
	apiErr := e[errCode]
	apiErr.Code = code
	return apiErr
}

// errorCodes is every API error, by its code. Nothing changes it after
// its literal: a lookup with a constant key is that entry.
var errorCodes = errorCodeMap{
	ErrAccessDenied: {
		Code:           "AccessDenied",
		Description:    "Access Denied.",
		HTTPStatusCode: http.StatusForbidden,
	},
	ErrInternalError: {
		Code:           "InternalError",
		Description:    "We encountered an internal error, please try again.",
		HTTPStatusCode: http.StatusInternalServerError,
	},
	ErrInvalidBucketName: {
		Code:           "InvalidBucketName",
		Description:    "The specified bucket is not valid.",
		HTTPStatusCode: http.StatusNotFound, // want `code "InvalidBucketName" is documented with status 400 Bad Request \(errcodes.yaml:\d+\) but returned with 404 Not Found`
	},
	ErrNoSuchBucket: {
		Code:           "NoSuchBucket",
		Description:    "The specified bucket does not exist",
		HTTPStatusCode: http.StatusNotFound,
	},
	ErrNoSuchKey: {
		Code:           "NoSuchKey",
		Description:    "The specified key does not exist.",
		HTTPStatusCode: http.StatusNotFound,
	},
	ErrBucketNotEmpty: {
		Code:           "BucketNotEmpty",
		Description:    "The bucket you tried to delete is not empty",
		HTTPStatusCode: http.StatusConflict,
	},
	ErrBucketAlreadyOwnedByYou: {
		Code:           "BucketAlreadyOwnedByYou",
		Description:    "Your previous request to create the named bucket succeeded and you already own it.",
		HTTPStatusCode: http.StatusConflict,
	},
	ErrEntityTooLarge: {
		Code:           "EntityTooLarge",
		Description:    "Your proposed upload exceeds the maximum allowed object size.",
		HTTPStatusCode: http.StatusBadRequest,
	},
	ErrServerNotInitialized: {
		Code:           "XMinioServerNotInitialized", // want `code "XMinioServerNotInitialized" is not in the catalog`
		Description:    "Server not initialized yet, please try again.",
		HTTPStatusCode: http.StatusServiceUnavailable,
	},
}

// Traps: maps whose entries are not certain.

// adminErrorCodes gains entries at run time.
var adminErrorCodes = errorCodeMap{
	ErrAdminNoSuchUser: {
		Code:           "NoSuchKey",
		Description:    "The specified user does not exist.",
		HTTPStatusCode: http.StatusNotFound,
	},
}

// registerAdminError adds an admin API error.
func registerAdminError(code APIErrorCode, apiErr APIError) {
	adminErrorCodes[code] = apiErr
}

// StorageErrors is exported: another package may change it.
var StorageErrors = errorCodeMap{
	ErrNoSuchKey: {
		Code:           "NoSuchKey",
		Description:    "The specified key does not exist.",
		HTTPStatusCode: http.StatusNotFound,
	},
}

// objectErrorCodes is handed to a function that changes it.
var objectErrorCodes = errorCodeMap{
	ErrNoSuchKey: {
		Code:           "NoSuchKey",
		Description:    "The specified key does not exist.",
		HTTPStatusCode: http.StatusNotFound,
	},
}

func init() {
	overlay(objectErrorCodes, ErrNoSuchKey)
}

// overlay replaces an entry of m by the internal error.
func overlay(m errorCodeMap, code APIErrorCode) {
	m[code] = errorCodes[ErrInternalError]
}

// errObjectNotFound is the object layer's error for a missing object.
var errObjectNotFound = errors.New("object not found")

// toAPIErrorCode returns the code of an object layer error.
func toAPIErrorCode(err error) APIErrorCode {
	switch {
	case err == nil:
		return ErrNone
	case errors.Is(err, errObjectNotFound):
		return ErrNoSuchKey
	}
	return ErrInternalError
}
