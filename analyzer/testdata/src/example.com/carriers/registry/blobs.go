// Package registry serves the registry API the way distribution's
// registry/handlers does: a handler appends the errors it meets to its
// context, and the app serves them after it returns.
package registry

import (
	"errors"
	"fmt"
	"log"
	"net/http"

	"example.com/carriers/errcode"
	v2 "example.com/carriers/v2"
	pkgerrors "github.com/pkg/errors"
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
func (bh *blobHandler) GetBlob(w http.ResponseWriter, r *http.Request) { // want GetBlob:`returns\("BLOB_UNKNOWN" \(404\), "DIGEST_INVALID" \(400\), "MANIFEST_UNKNOWN" \(404\), "UNAUTHORIZED" \(401\)\)`
	if bh.Digest == "" {
		bh.Errors = append(bh.Errors, v2.ErrorCodeDigestInvalid.WithDetail(bh.Digest)) // ok: documented for Blob
		return
	}
	if r.Header.Get("Authorization") == "" {
		bh.Errors = append(bh.Errors, errcode.ErrorCodeUnauthorized) // ok: documented for every endpoint
		return
	}
	if r.URL.Query().Get("manifest") != "" {
		bh.Errors = append(bh.Errors, v2.ErrorCodeManifestUnknown.WithDetail(bh.Digest)) // want `code "MANIFEST_UNKNOWN" is not documented for endpoint "Blob" \(only for "Manifest"\)`
		return
	}
	if r.URL.Query().Get("anonymous") != "" {
		// Both answer UNAUTHORIZED, whatever they are given: errcode's
		// bodies say so, through a fact, so neither is MANIFEST_UNKNOWN.
		bh.Errors = append(bh.Errors, v2.ErrorCodeManifestUnknown.Concealed())                           // ok: UNAUTHORIZED
		bh.Errors = append(bh.Errors, errcode.Redact(v2.ErrorCodeManifestUnknown.WithDetail(bh.Digest))) // ok: UNAUTHORIZED
		return
	}
	bh.Errors = append(bh.Errors, v2.ErrorCodeBlobUnknown.WithArgs(bh.Digest).WithDetail(bh.Digest)) // ok
}

// GetManifest serves a manifest.
//
//errcodes:endpoint Manifest
func GetManifest(ctx *Context, w http.ResponseWriter, r *http.Request) error { // want GetManifest:`returns\("BLOB_UNKNOWN" \(404\), "DIGEST_INVALID" \(400\), "MANIFEST_UNKNOWN" \(404\)\)`
	if ctx.Digest == "" {
		err := v2.ErrorCodeDigestInvalid.WithMessage("bad digest")
		return err // want `code "DIGEST_INVALID" is not documented for endpoint "Manifest" \(only for "Blob", "Blob Upload"\)`
	}
	if r.URL.Query().Get("blob") != "" {
		return pkgerrors.WithStack(v2.ErrorCodeBlobUnknown.WithDetail("blob")) // want `code "BLOB_UNKNOWN" is not documented for endpoint "Manifest" \(only for "Blob"\)`
	}
	if r.URL.Query().Get("wrapped") != "" {
		return fmt.Errorf("manifest: %w", v2.ErrorCodeBlobUnknown) // ok: fmt.Errorf makes an error of its own
	}
	if r.Method == http.MethodHead {
		return blobErr() // want `code "BLOB_UNKNOWN" \(returned through blobErr\) is not documented for endpoint "Manifest" \(only for "Blob"\)`
	}
	return v2.ErrorCodeManifestUnknown // ok
}

// blobErr returns a blob's error: its callers' endpoints decide.
func blobErr() error {
	return v2.ErrorCodeBlobUnknown.WithDetail("blob") // ok: no endpoint here
}

// Traps: uses whose code errcodes cannot tell, or that are no response.

// PutManifest is marked for Manifest: none of its uses is certain.
//
//errcodes:endpoint Manifest
func PutManifest(ctx *Context, w http.ResponseWriter, r *http.Request, fromCaller error) error {
	// A variable reassigned, on some path, to an unknown error.
	err := error(v2.ErrorCodeBlobUnknown.WithDetail(ctx.Digest))
	if r.ContentLength > 0 {
		err = decode(r)
	}
	ctx.Errors = append(ctx.Errors, err)

	// A method that swaps the code for another.
	ctx.Errors = append(ctx.Errors, v2.ErrorCodeManifestUnknown.WithDetail("x").Wrap(v2.ErrorCodeBlobUnknown))

	// Registered with two literals; reassigned elsewhere.
	ctx.Errors = append(ctx.Errors, v2.ErrorCodePair, v2.ErrorCodeMoved)

	// A code picked from the request.
	code := errcode.ErrorCodeUnknown
	if r.URL.Query().Get("blob") != "" {
		code = codeFor(r.URL.Query().Get("blob"))
	}
	ctx.Errors = append(ctx.Errors, code.WithDetail(nil))

	// Passed to a logger only.
	log.Print(v2.ErrorCodeBlobUnknown.WithDetail("logged"))

	// From a parameter.
	return fromCaller
}

// StatBlob answers a HEAD request with a code picked at run time: each
// use is unresolved, so nothing is checked there (the audit lists them).
//
//errcodes:endpoint Blob
func StatBlob(ctx *Context, r *http.Request, kinds []errcode.ErrorCode) error {
	code := v2.ErrorCodeManifestUnknown
	for _, k := range kinds {
		code = k // reassigned in a loop
	}
	ctx.Errors = append(ctx.Errors, byName[r.URL.Query().Get("kind")]) // ok: a map lookup at run time
	log.Print(code.WithDetail("only logged"))                          // ok: no response
	return code.WithDetail(ctx.Digest)                                 // ok: not certain
}

func decode(r *http.Request) error { return errors.New("bad body") }

var byName = map[string]errcode.ErrorCode{"blob": v2.ErrorCodeBlobUnknown}

func codeFor(name string) errcode.ErrorCode { return byName[name] }
