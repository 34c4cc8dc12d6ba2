package handlers

import (
	"testing"

	"example.com/shop/apierr"
)

// Tests build deliberately wrong errors: test files are not checked.
func TestErrorString(t *testing.T) {
	err := apierr.New("made_up_for_the_test", 418, "teapot")
	if err.Error() != "made_up_for_the_test: teapot" {
		t.Fatal(err)
	}
}
