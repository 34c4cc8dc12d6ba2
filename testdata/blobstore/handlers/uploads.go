package handlers

import (
	"net/http"

	zcommon "github.com/errcodes/errcodes/testdata/blobstore/common"
	"github.com/errcodes/errcodes/testdata/blobstore/errcode"
	v2 "github.com/errcodes/errcodes/testdata/blobstore/v2"
)

// uploadResponse is what an upload handler answers with.
type uploadResponse struct {
	Err      error
	Location string
}

// uploadErrors is the error of each way an upload can fail: nothing
// changes it after its literal.
var uploadErrors = map[string]errcode.ErrorCode{
	"digest":   v2.ErrorCodeDigestInvalid,
	"manifest": v2.ErrorCodeManifestUnknown,
}

// PatchUpload appends a chunk to an upload.
//
//errcodes:endpoint Blob Upload
func (bh *blobHandler) PatchUpload(w http.ResponseWriter, r *http.Request) {
	resp := &uploadResponse{Location: r.URL.Path}
	if r.ContentLength == 0 {
		// The error kept in the response, appended from there.
		resp.Err = v2.ErrorCodeManifestUnknown.WithDetail(bh.Digest)
		bh.Errors = append(bh.Errors, resp.Err)
		return
	}
	if bh.Digest == "" {
		// An entry of the table, written with a status of its own.
		zcommon.WriteJSON(w, http.StatusNotFound, uploadErrors["digest"].WithDetail(bh.Digest))
		return
	}
	// A reason from the request: no one entry.
	bh.Errors = append(bh.Errors, uploadErrors[r.URL.Query().Get("reason")])
}
