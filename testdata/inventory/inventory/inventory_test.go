package inventory

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/errcodes/errcodes/testdata/inventory/problem"
)

type fakeStore struct{ Store }

func (fakeStore) StoreActive(string) (bool, bool) { return false, false }

// Test files are not checked: this test writes a made-up code with a
// made-up status on purpose, to see the client error path, and errcodes
// stays silent about it.
func TestRespondPassesCodeThrough(t *testing.T) {
	rec := httptest.NewRecorder()
	problem.Write(rec, http.StatusTeapot, "no_such_code", "?")
	if rec.Code != http.StatusTeapot || !strings.Contains(rec.Body.String(), "no_such_code") {
		t.Fatalf("got %d %s", rec.Code, rec.Body)
	}
}

func TestUpsertUnknownStore(t *testing.T) {
	h := &Handler{Store: fakeStore{}}
	rec := httptest.NewRecorder()
	h.Upsert(rec, httptest.NewRequest("POST", "/stores/s1/inventories", strings.NewReader("[]")))
	if !strings.Contains(rec.Body.String(), "store_not_found") {
		t.Fatalf("body %s", rec.Body)
	}
}
