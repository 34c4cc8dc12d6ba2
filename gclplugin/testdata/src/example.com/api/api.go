// Package api is checked by the plugin with an inline catalog. It imports
// nothing: an emitter that took an http.ResponseWriter would make the test
// type-check net/http from source, for no check of the plugin's.
package api

// Response is what the emitter writes.
type Response struct {
	Status int
	Body   string
}

// Write is the emitter the inline catalog names.
func Write(w *Response, status int, code string) {
	w.Status, w.Body = status, code
}

func handler(w *Response, path, method string) {
	if path == "" {
		Write(w, 404, "nope") // want `^undocumented: code "nope" is not in the catalog$`
		return
	}
	if method == "" {
		Write(w, 400, "gone") // want `^status: code "gone" is documented with status 410 Gone \(settings.catalog:4\) but returned with 400 Bad Request$`
		return
	}
	Write(w, 410, "gone") // documented as returned: silent
}
