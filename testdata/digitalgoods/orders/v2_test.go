package orders

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/errcodes/errcodes/testdata/digitalgoods/problem"
)

// Must stay silent: test files are not checked. This one builds a
// retryable kind without its flag on purpose, to test that clients are
// told not to retry it.
func TestWriteKeepsRetryableOff(t *testing.T) {
	rec := httptest.NewRecorder()
	req := httptest.NewRequest(http.MethodGet, "/api/v2/order/1", nil)
	problem.Write(rec, req, &problem.Problem{Kind: problem.KindOrderHold, Status: http.StatusTeapot})
	problem.Send(rec, req, http.StatusTeapot, "NotAKind", "test", false)
	if rec.Code != http.StatusTeapot {
		t.Fatalf("status %d", rec.Code)
	}
}
