package orders

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/errcodes/errcodes/testdata/dispensary/apierr"
)

// Must stay silent: test files are not checked; this one writes a code
// the docs do not have on purpose, to test how WriteError passes it on.
func TestWriteErrorPassesCodeOn(t *testing.T) {
	rec := httptest.NewRecorder()
	apierr.Write(rec, http.StatusTeapot, "NOT_A_MEADOW_CODE", "test", apierr.Meta{"x": 1})
	apierr.WriteError(rec, &apierr.Error{Status: http.StatusTeapot, Code: "ALSO_NOT_A_CODE"})
	if rec.Code != http.StatusTeapot {
		t.Fatalf("status %d", rec.Code)
	}
}
