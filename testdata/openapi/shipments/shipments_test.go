package shipments

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/errcodes/errcodes/testdata/openapi/apierr"
)

// Silent: test files are not checked; this one writes a code the spec
// does not have, with a status no operation documents.
func TestErrorBody(t *testing.T) {
	rec := httptest.NewRecorder()
	apierr.Write(rec, http.StatusTeapot, "shipment_not_fond", "?")
	if rec.Code != http.StatusTeapot || rec.Body.Len() == 0 {
		t.Fatalf("got %d %q", rec.Code, rec.Body.String())
	}
}
