package payments

import (
	"encoding/json"
	"net/http/httptest"
	"testing"

	"github.com/errcodes/errcodes/testdata/checkout/apierror"
)

// Test files are not checked: this test feeds Respond an error with a
// made-up code, a non-HTTP status and an undocumented field on purpose,
// and errcodes stays silent about it.
func TestRespondKeepsExtraFields(t *testing.T) {
	rec := httptest.NewRecorder()
	apierror.Respond(rec, &apierror.Error{Status: 499, Code: "NoSuchCode", Message: "?", Extra: apierror.Fields{"hint": "x"}})
	var body struct {
		StatusCode int              `json:"statusCode"`
		Errors     []map[string]any `json:"errors"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
		t.Fatal(err)
	}
	if body.StatusCode != 499 || len(body.Errors) != 1 || body.Errors[0]["hint"] != "x" || body.Errors[0]["code"] != "NoSuchCode" {
		t.Fatalf("got %+v", body)
	}
}
