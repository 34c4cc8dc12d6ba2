// Package v2 serves the registry's /v2 API on a ServeMux with Go 1.22
// method patterns, mounted under /v2 with http.StripPrefix. Handlers pass
// through the app's instrumentation adapter, come from a route table or
// a handler factory, and are checked as the operation their route serves.
package v2

import (
	"log"
	"net/http"
	"os"
	"time"

	"github.com/errcodes/errcodes/testdata/gateway/apierr"
)

// App serves the API.
type App struct {
	deletesEnabled bool
	readOnly       bool
}

// route is an entry of the app's route table.
type route struct {
	pattern string
	handler http.HandlerFunc
}

// Handler returns the registry's root handler.
func (a *App) Handler() http.Handler {
	v2 := http.NewServeMux()
	routes := []route{
		{"GET /{name}/blobs/{digest}", a.getBlob},
		{"DELETE /{name}/blobs/{digest}", a.deleteBlob},
	}
	for _, rt := range routes {
		v2.Handle(rt.pattern, a.instrument(rt.handler))
	}
	v2.HandleFunc("PUT /{name}/manifests/{reference}", a.instrument(a.putManifest))
	v2.Handle("GET /{name}/tags/list", a.tagsHandler())

	// Traps: a path from the environment, and a handler chosen at run
	// time. Neither route is read.
	v2.HandleFunc("GET "+os.Getenv("TAGS_PREFIX")+"/{name}/tags/list", a.instrument(a.legacyTags))
	upload := a.startUpload
	if a.readOnly {
		upload = a.denyUpload
	}
	v2.HandleFunc("POST /{name}/blobs/uploads/", upload)

	root := http.NewServeMux()
	root.Handle("/v2/", http.StripPrefix("/v2", v2))
	return root
}

// instrument logs how long each request took.
func (a *App) instrument(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		h(w, r)
		log.Printf("%s %s in %s", r.Method, r.URL.Path, time.Since(start))
	}
}

// ServeHTTP serves the registry behind its access check: a router
// adapter, which the audit does not count as a handler.
func (a *App) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if a.readOnly && r.Method != http.MethodGet && r.Method != http.MethodHead {
		apierr.Write(w, http.StatusForbidden, "DENIED", "requested access to the resource is denied")
		return
	}
	a.Handler().ServeHTTP(w, r)
}
