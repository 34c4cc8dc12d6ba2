// Package api is checked by the plugin with an inline catalog.
package api

import "net/http"

// Write is the emitter the inline catalog names.
func Write(w http.ResponseWriter, status int, code string) {
	w.WriteHeader(status)
	w.Write([]byte(code))
}

func handler(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "" {
		Write(w, http.StatusNotFound, "nope") // want `^undocumented: code "nope" is not in the catalog$`
		return
	}
	if r.Method == "" {
		Write(w, http.StatusBadRequest, "gone") // want `^status: code "gone" is documented with status 410 Gone \(settings.catalog:4\) but returned with 400 Bad Request$`
		return
	}
	Write(w, http.StatusGone, "gone") // documented as returned: silent
}
