// Package v2 registers the registry API's codes.
package v2

import (
	"net/http"

	"github.com/errcodes/errcodes/testdata/blobstore/errcode"
)

const errGroup = "registry.api.v2"

var (
	ErrorCodeBlobUnknown = errcode.Register(errGroup, errcode.ErrorDescriptor{
		Value:          "BLOB_UNKNOWN",
		Message:        "blob unknown to registry",
		HTTPStatusCode: http.StatusNotFound,
	})
	ErrorCodeDigestInvalid = errcode.Register(errGroup, errcode.ErrorDescriptor{
		Value:          "DIGEST_INVALID",
		Message:        "provided digest did not match uploaded content",
		HTTPStatusCode: http.StatusBadRequest,
	})
	ErrorCodeManifestUnknown = errcode.Register(errGroup, errcode.ErrorDescriptor{
		Value:          "MANIFEST_UNKNOWN",
		Message:        "manifest unknown",
		HTTPStatusCode: http.StatusNotFound,
	})
	ErrorCodeNameUnknown = errcode.Register(errGroup, errcode.ErrorDescriptor{
		Value:          "NAME_UNKNOWN",
		Message:        "repository name not known to registry",
		HTTPStatusCode: http.StatusBadRequest,
	})
	ErrorCodeSizeInvalid = errcode.Register(errGroup, errcode.ErrorDescriptor{
		Value:          "SIZE_INVALID",
		Message:        "provided length did not match content length",
		HTTPStatusCode: http.StatusBadRequest,
	})
)
