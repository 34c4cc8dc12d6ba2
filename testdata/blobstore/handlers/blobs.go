// Package handlers serves blobs and manifests: each handler appends the
// errors it meets to its context, which the app serves after it returns.
package handlers

import (
	"log"
	"net/http"

	"github.com/errcodes/errcodes/testdata/blobstore/errcode"
	v2 "github.com/errcodes/errcodes/testdata/blobstore/v2"
)

// Context is a request's context.
type Context struct {
	Errors errcode.Errors
	Digest string
}

type blobHandler struct {
	*Context
}

// GetBlob serves a blob.
//
//errcodes:endpoint Blob
func (bh *blobHandler) GetBlob(w http.ResponseWriter, r *http.Request) {
	if bh.Digest == "" {
		bh.Errors = append(bh.Errors, v2.ErrorCodeDigestInvalid.WithDetail(bh.Digest))
		return
	}
	if r.Header.Get("Authorization") == "" {
		bh.Errors = append(bh.Errors, errcode.ErrorCodeUnauthorized)
		return
	}
	if r.URL.Query().Get("manifest") != "" {
		// A manifest's code, from a blob's endpoint.
		bh.Errors = append(bh.Errors, v2.ErrorCodeManifestUnknown.WithDetail(bh.Digest))
		return
	}
	bh.Errors = append(bh.Errors, v2.ErrorCodeBlobUnknown.WithDetail(bh.Digest))
}

// DeleteBlob deletes a blob.
//
//errcodes:endpoint Blob Upload
func (bh *blobHandler) DeleteBlob(w http.ResponseWriter, r *http.Request) {
	err := error(v2.ErrorCodeBlobUnknown.WithDetail(bh.Digest))
	if r.ContentLength > 0 {
		err = bh.remove(r) // whatever it returns: the code is not known
	}
	bh.Errors = append(bh.Errors, err)
	log.Print(v2.ErrorCodeManifestUnknown.WithDetail("only logged"))
}

func (bh *blobHandler) remove(r *http.Request) error { return nil }
