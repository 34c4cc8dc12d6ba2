// Package respond has the shortcuts the handlers use to answer with an
// error. errcodes infers that they are wrappers of apierr.Write and
// checks their callers in other packages.
package respond

import (
	"net/http"

	"github.com/errcodes/errcodes/testdata/shop/apierr"
)

// NotFound answers 404 with code.
func NotFound(w http.ResponseWriter, code, message string) {
	apierr.Write(w, http.StatusNotFound, code, message)
}

// Conflict answers 409 with code.
func Conflict(w http.ResponseWriter, code, message string) {
	apierr.Write(w, http.StatusConflict, code, message)
}
