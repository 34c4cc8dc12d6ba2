package objstore

import (
	"net/http"
)

// GetObjectHandler is GET /{bucket}/{object}.
func (api objectAPIHandlers) GetObjectHandler(w http.ResponseWriter, r *http.Request) { // want GetObjectHandler:`returns\("BucketAlreadyOwnedByYou" \(409\), "BucketNotEmpty" \(409\), "InvalidBucketName" \(404\), "NoSuchBucket" \(404\), "NoSuchKey" \(404\)\)`
	ctx := r.Context()
	if r.Header.Get("Range") == "bytes=-0" {
		writeErrorResponse(ctx, w, errorCodes[ErrBucketNotEmpty], r.URL) // want `code "BucketNotEmpty" is not documented for endpoint "GET /\{bucket\}/\{object\}" \(only for "DELETE /\{bucket\}"\)`
		return
	}
	if r.Header.Get("If-Match") != "" {
		// Through the accessor, evaluated with its constant argument.
		writeErrorResponse(ctx, w, errorCodes.ToAPIErr(ErrBucketAlreadyOwnedByYou), r.URL) // want `code "BucketAlreadyOwnedByYou" is not documented for endpoint "GET /\{bucket\}/\{object\}" \(only for "PUT /\{bucket\}"\)`
		return
	}
	if r.Header.Get("If-Unmodified-Since") != "" {
		// Through a helper evaluated with its constant argument: only
		// the branch it takes, reported here and not again as
		// returned through the helper.
		writeErrorResponse(ctx, w, bucketErr(""), r.URL) // want `code "InvalidBucketName" is not documented for endpoint "GET /\{bucket\}/\{object\}" \(only for "PUT /\{bucket\}"\)`
		return
	}
	if r.Header.Get("If-None-Match") != "" {
		apiErr := errorCodes.ToAPIErrWithErr(ErrNoSuchBucket, ctx.Err())
		apiErr.Description = "The bucket was removed while the object was read"
		writeErrorResponse(ctx, w, apiErr, r.URL) // ok
		return
	}
	writeErrorResponse(ctx, w, errorCodes[ErrNoSuchKey], r.URL) // ok
}

// PutObjectHandler is PUT /{bucket}/{object}. None of its answers is
// certain: each is looked up in a way errcodes does not follow.
func (api objectAPIHandlers) PutObjectHandler(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	switch {
	case r.ContentLength > api.maxObjectSize:
		// Through an accessor that sets the code from its argument.
		writeErrorResponse(ctx, w, errorCodes.toAPIErrWithCode(ErrBucketNotEmpty, r.Header.Get("X-Code")), r.URL) // ok: code swapped
	case r.Header.Get("X-Amz-Storage-Class") != "":
		// Through the accessor with a key the map lacks: the entry or
		// the fallback.
		writeErrorResponse(ctx, w, errorCodes.ToAPIErr(ErrNotImplemented), r.URL) // ok: either
	case r.Header.Get("X-Amz-Grant-Read") != "":
		// A variable assigned one entry or another.
		apiErr := errorCodes[ErrBucketNotEmpty]
		if r.Header.Get("X-Amz-Grant-Write") != "" {
			apiErr = errorCodes[ErrEntityTooLarge]
		}
		apiErr.Description = "grants are not supported"
		writeErrorResponse(ctx, w, apiErr, r.URL) // ok: assigned twice
	case r.Header.Get("X-Amz-Acl") != "":
		// Through the accessor with a key from the request.
		writeErrorResponse(ctx, w, errorCodes.ToAPIErr(APIErrorCode(r.ContentLength)), r.URL) // ok: key not constant
	case r.ContentLength < 0:
		// A key known only at run time.
		writeErrorResponse(ctx, w, errorCodes[toAPIErrorCode(r.Context().Err())], r.URL) // ok: key not constant
	case r.Header.Get("Content-MD5") == "":
		// A key the literal lacks: the zero value.
		writeErrorResponse(ctx, w, errorCodes[ErrNotImplemented], r.URL) // ok: no such entry
	case r.Header.Get("X-Amz-Copy-Source") != "":
		// A map that gains entries at run time.
		registerAdminError(ErrAdminNoSuchPolicy, errorCodes[ErrInternalError])
		writeErrorResponse(ctx, w, adminErrorCodes[ErrAdminNoSuchUser], r.URL) // ok: the map is changed
	case r.Header.Get("X-Amz-Tagging") != "":
		// An exported map, and one a function changes.
		writeErrorResponse(ctx, w, StorageErrors[ErrNoSuchKey], r.URL)    // ok: exported
		writeErrorResponse(ctx, w, objectErrorCodes[ErrNoSuchKey], r.URL) // ok: passed to overlay
	default:
		// A local map changed after its literal.
		answers := map[string]APIError{"large": errorCodes[ErrBucketNotEmpty]}
		if r.URL.Query().Get("uploadId") != "" {
			answers["large"] = errorCodes[ErrEntityTooLarge]
		}
		writeErrorResponse(ctx, w, answers["large"], r.URL) // ok: updated
	}
}

// bucketErr returns the error of a bucket name: invalid when empty, else
// a missing bucket.
func bucketErr(bucket string) APIError {
	if bucket == "" {
		return errorCodes[ErrInvalidBucketName]
	}
	return errorCodes[ErrNoSuchBucket]
}
