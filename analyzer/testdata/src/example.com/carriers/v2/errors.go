// Package v2 registers the registry API's codes with errcode, in a
// package of its own: distribution/distribution's registry/api/v2.
package v2

import (
	"net/http"

	"example.com/carriers/errcode"
)

const errGroup = "registry.api.v2"

var (
	// ErrorCodeBlobUnknown is returned when a blob is unknown.
	ErrorCodeBlobUnknown = errcode.Register(errGroup, errcode.ErrorDescriptor{ // want ErrorCodeBlobUnknown:`carries\("BLOB_UNKNOWN" \(404\)\)`
		Value:          "BLOB_UNKNOWN",
		Message:        "blob unknown to registry",
		HTTPStatusCode: http.StatusNotFound,
	})

	// ErrorCodeManifestUnknown is returned when a manifest is unknown.
	ErrorCodeManifestUnknown = errcode.Register(errGroup, errcode.ErrorDescriptor{ // want ErrorCodeManifestUnknown:`carries\("MANIFEST_UNKNOWN" \(404\)\)`
		Value:          "MANIFEST_UNKNOWN",
		Message:        "manifest unknown",
		HTTPStatusCode: http.StatusNotFound,
	})

	// ErrorCodeDigestInvalid is returned when a digest does not match.
	ErrorCodeDigestInvalid = errcode.Register(errGroup, errcode.ErrorDescriptor{ // want ErrorCodeDigestInvalid:`carries\("DIGEST_INVALID" \(400\)\)`
		Value:          "DIGEST_INVALID",
		Message:        "provided digest did not match uploaded content",
		HTTPStatusCode: http.StatusBadRequest,
	})

	// ErrorCodeNameUnknown is documented with 404.
	ErrorCodeNameUnknown = errcode.Register(errGroup, errcode.ErrorDescriptor{ // want ErrorCodeNameUnknown:`carries\("NAME_UNKNOWN" \(400\)\)`
		Value:          "NAME_UNKNOWN",
		Message:        "repository name not known to registry",
		HTTPStatusCode: http.StatusBadRequest, // want `code "NAME_UNKNOWN" is documented with status 404 Not Found \(errcodes.yaml:\d+\) but returned with 400 Bad Request`
	})

	// ErrorCodeSizeInvalid is not documented.
	ErrorCodeSizeInvalid = errcode.Register(errGroup, errcode.ErrorDescriptor{ // want ErrorCodeSizeInvalid:`carries\("SIZE_INVALID" \(400\)\)`
		Value:          "SIZE_INVALID", // want `code "SIZE_INVALID" is not in the catalog`
		Message:        "provided length did not match content length",
		HTTPStatusCode: http.StatusBadRequest,
	})
)

// Traps: variables that carry nothing certain.
var (
	// Two literals: which one is registered?
	ErrorCodePair = registerPair(
		errcode.ErrorDescriptor{Value: "MANIFEST_UNKNOWN", HTTPStatusCode: http.StatusNotFound},
		errcode.ErrorDescriptor{Value: "BLOB_UNKNOWN", HTTPStatusCode: http.StatusNotFound},
	)

	// Reassigned by Reset.
	ErrorCodeMoved = errcode.Register(errGroup, errcode.ErrorDescriptor{
		Value:          "MANIFEST_UNKNOWN",
		HTTPStatusCode: http.StatusNotFound,
	})
)

func registerPair(a, b errcode.ErrorDescriptor) errcode.ErrorCode {
	errcode.Register(errGroup, b)
	return errcode.Register(errGroup, a)
}

// Reset reassigns ErrorCodeMoved.
func Reset() { ErrorCodeMoved = errcode.ErrorCodeUnknown }
