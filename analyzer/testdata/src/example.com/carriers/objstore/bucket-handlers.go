package objstore

import (
	"net/http"

	"github.com/gorilla/mux"
)

// ListObjectsV1Handler is GET /{bucket}.
func (api objectAPIHandlers) ListObjectsV1Handler(w http.ResponseWriter, r *http.Request) { // want ListObjectsV1Handler:`returns\("AccessDenied" \(403\), "NoSuchBucket" \(404\), "NoSuchKey" \(404\)\)`
	ctx := r.Context()
	bucket := mux.Vars(r)["bucket"]
	if bucket == "" {
		writeErrorResponse(ctx, w, errorCodes[ErrNoSuchBucket], r.URL) // ok
		return
	}
	if r.URL.Query().Get("prefix") == "/" {
		writeErrorResponse(ctx, w, errorCodes[ErrNoSuchKey], r.URL) // want `code "NoSuchKey" is not documented for endpoint "GET /\{bucket\}" \(only for "GET /\{bucket\}/\{object\}"\)`
		return
	}
	writeErrorResponse(ctx, w, errorCodes[ErrAccessDenied], r.URL) // ok: documented for every endpoint
}

// PutBucketHandler is PUT /{bucket}.
func (api objectAPIHandlers) PutBucketHandler(w http.ResponseWriter, r *http.Request) { // want PutBucketHandler:`returns\("BucketAlreadyOwnedByYou" \(409\), "InvalidBucketName" \(404\), "XMinioServerNotInitialized" \(503\)\)`
	ctx := r.Context()
	if r.Header.Get("X-Amz-Bucket-Object-Lock-Enabled") != "" {
		writeErrorResponse(ctx, w, errorCodes[ErrServerNotInitialized], r.URL) // ok: not in the catalog, reported at its literal
		return
	}
	if len(mux.Vars(r)["bucket"]) < 3 {
		writeErrorResponse(ctx, w, errorCodes[ErrInvalidBucketName], r.URL) // ok: its status is reported at its literal
		return
	}
	writeErrorResponse(ctx, w, errorCodes[ErrBucketAlreadyOwnedByYou], r.URL) // ok
}

// DeleteBucketHandler is DELETE /{bucket}.
func (api objectAPIHandlers) DeleteBucketHandler(w http.ResponseWriter, r *http.Request) { // want DeleteBucketHandler:`returns\("BucketAlreadyOwnedByYou" \(409\), "BucketNotEmpty" \(409\), "NoSuchBucket" \(404\)\)`
	ctx := r.Context()
	if apiErr, ok := errorCodes[ErrBucketNotEmpty]; ok && r.URL.Query().Get("force") == "" {
		writeErrorResponse(ctx, w, apiErr, r.URL) // ok
		return
	}
	// A local table of the answers, never changed.
	answers := map[string]APIError{
		"missing": errorCodes[ErrNoSuchBucket],
		"exists":  errorCodes[ErrBucketAlreadyOwnedByYou],
	}
	if r.URL.Query().Get("exists") != "" {
		writeErrorResponse(ctx, w, answers["exists"], r.URL) // want `code "BucketAlreadyOwnedByYou" is not documented for endpoint "DELETE /\{bucket\}" \(only for "PUT /\{bucket\}"\)`
		return
	}
	writeErrorResponse(ctx, w, answers["missing"], r.URL) // ok
}
