package handlers

import (
	"encoding/json"
	"net/http"
)

// GetBlobInfo answers a request for a blob's metadata itself, with the
// status of the error's own descriptor.
//
//errcodes:endpoint Blob
func (bh *blobHandler) GetBlobInfo(w http.ResponseWriter, r *http.Request) {
	e := codeFor(r.Header.Get("Accept")).WithDetail(bh.Digest)
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(e.Code.Descriptor().HTTPStatusCode)
	_ = json.NewEncoder(w).Encode(e) // unresolved, whatever its status
}
