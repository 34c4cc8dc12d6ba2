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

// byMediaType is the code of each media type a blob cannot be served as.
var byMediaType = map[string]errcode.ErrorCode{
	"application/vnd.oci.image.manifest.v1+json": v2.ErrorCodeManifestUnknown,
}

// codeFor returns the code of a media type, looked up at run time. Its
// return passes the code on to its caller, which is no response.
func codeFor(mediaType string) errcode.ErrorCode { return byMediaType[mediaType] }

// StatBlob answers a HEAD request for a blob: the app writes the error
// it returns.
//
//errcodes:endpoint Blob
func (bh *blobHandler) StatBlob(r *http.Request) error {
	if bh.Digest == "" {
		return v2.ErrorCodeDigestInvalid.WithDetail(bh.Digest) // resolved
	}
	if r.ContentLength > 0 {
		return bh.remove(r) // an error of no emitter type: no site
	}
	code := v2.ErrorCodeBlobUnknown
	for _, accept := range r.Header.Values("Accept") {
		if c, ok := byMediaType[accept]; ok {
			code = c // reassigned in a loop: which code is returned?
		}
	}
	return code.WithDetail(bh.Digest) // unresolved
}

// PutBlob stores a blob.
//
//errcodes:endpoint Blob Upload
func (bh *blobHandler) PutBlob(w http.ResponseWriter, r *http.Request) {
	// A code looked up at run time: one unresolved site, here, not one
	// per step of its flow.
	err := codeFor(r.Header.Get("Content-Type")).WithDetail(bh.Digest)
	log.Print(err)
	bh.Errors = append(bh.Errors, err)
}
