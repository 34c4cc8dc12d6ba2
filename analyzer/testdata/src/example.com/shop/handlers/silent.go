package handlers

import (
	"net/http"
	"strconv"

	"example.com/shop/apierr"
	"example.com/shop/other"
)

// Each function here must produce no finding.

// fromRequest: a code that is not a constant is skipped without a word.
func fromRequest(w http.ResponseWriter, r *http.Request) {
	apierr.Write(w, 400, r.FormValue("code"), "")
}

// dynamicStatus: a documented code with a status that is not a constant.
func dynamicStatus(w http.ResponseWriter, r *http.Request) {
	status, _ := strconv.Atoi(r.FormValue("status"))
	apierr.Write(w, status, "already_paid", "Order already paid")
}

// otherNew: a function named New in another package is not the emitter.
func otherNew() error {
	return other.New("nobody_documented_this", 400, "")
}

// otherFail: a Fail method on another type is not the emitter.
func otherFail() {
	var l other.Logger
	l.Fail(400, "nobody_documented_this", "")
}

// shadowed: a local New shadows nothing of apierr's and is not matched by name.
func shadowed() error {
	New := func(code string, status int, message string) error { return nil }
	return New("nobody_documented_this", 400, "")
}

// methodValue: a method value is a func value; its calls are not resolved.
func methodValue(wr *apierr.Writer) {
	fail := wr.Fail
	fail(400, "nobody_documented_this", "")
}

// tuple: the arguments come from one call; errcodes does not look into it.
func tuple() error {
	return apierr.New(args())
}

func args() (string, int, string) { return "nobody_documented_this", 400, "" }

// nonHTTPStatus: a status that is not an HTTP status is not compared.
func nonHTTPStatus() error {
	return apierr.New("already_paid", 0, "")
}

// ignored: a finding suppressed with a reason.
func ignored(w http.ResponseWriter) {
	//errcodes:ignore legacy clients match on this code; removed in v3
	apierr.Write(w, 400, "legacy_bad_request", "")
	apierr.Write(w, 400, "legacy_bad_request", "") //errcodes:ignore same as above
	//errcodes:ignore undocumented,status the v1 gateway maps this code itself
	apierr.Write(w, 400, "legacy_bad_request", "")
}

// ignoredBySite: an ignore above an emit site suppresses a finding on a
// later line of the site, as on the site's own.
func ignoredBySite(w http.ResponseWriter) {
	//errcodes:ignore status the mobile app retries on 400
	apierr.Write(w,
		400, "already_paid", "")
}
