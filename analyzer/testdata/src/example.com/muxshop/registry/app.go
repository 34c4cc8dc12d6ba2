// Package registry serves a container registry's API on gorilla/mux, in
// the style of distribution/distribution's registry/handlers/app.go: a
// /v2 sub-router, handlers wrapped by the app's instrumentation, a route
// table, and an admin ServeMux mounted with http.StripPrefix.
package registry

import (
	"fmt"
	"log"
	"net/http"
	"os"
	"regexp"
	"strings"
	"time"

	"example.com/muxshop/middleware"
	"github.com/gorilla/mux"
)

// App is the registry application.
type App struct {
	router   *mux.Router
	readOnly bool
}

// route is an entry of the app's route table.
type route struct {
	method  string
	path    string
	handler http.HandlerFunc
}

// NewApp registers the registry's routes. Its summary holds the codes of
// the handler that manifestGetter, which it calls, makes.
func NewApp() *App { // want NewApp:`returns\("BLOB_UNKNOWN" \(404\), "MANIFEST_UNKNOWN" \(404\)\)`
	app := &App{router: mux.NewRouter(), readOnly: os.Getenv("READ_ONLY") != ""}
	v2 := app.router.PathPrefix("/v2").Subrouter()

	// Registered with HandleFunc(...).Methods(...), and in a chain
	// ending with Handler, each through the instrumentation adapter.
	v2.HandleFunc("/{name}/blobs/{digest}", app.instrument(app.getBlob)).Methods("GET")
	v2.Path("/{name}/manifests/{reference}").Methods(http.MethodPut).Handler(app.instrument(app.putManifest))
	v2.Handle("/{name}/manifests/{reference}", app.manifestGetter()).Methods("GET", "HEAD")

	// A local adapter that delegates to the app's authentication
	// adapter, which calls the handler it is given.
	withAuth := func(h http.HandlerFunc) http.Handler {
		return app.authenticate(h)
	}
	v2.Handle("/{name}/blobs/{digest}", withAuth(app.removeBlob)).Methods("DELETE")

	// Paths whose variables carry a pattern built at run time, on a
	// sub-router of a route with no path, through adapters made by calls.
	cors := corsHeaders(os.Getenv("ALLOW_ORIGIN"))
	repos := v2.NewRoute().Subrouter()
	repos.HandleFunc(fmt.Sprintf("/{name:%s}/blobs/uploads/{uuid}", nameRegexp.String()), cors(app.patchUpload)).Methods("PATCH")
	repos.HandleFunc("/{name:"+nameRegexp.String()+"}/tags/list", allowMethods("GET")(app.listTagsV2)).Methods("GET")

	// Adapters of another package, read through their facts.
	v2.Handle("/{name}/manifests/{reference}", middleware.Logging(middleware.Timeout(30)(app.deleteManifest))).Methods("DELETE")

	// A route table, ranged over and registered.
	routes := []route{
		{http.MethodGet, "/{name}/tags/list", app.listTags},
		{method: http.MethodPut, path: "/{name}/blobs/uploads/{uuid}", handler: app.putUpload},
	}
	for _, rt := range routes {
		v2.HandleFunc(rt.path, app.instrument(rt.handler)).Methods(rt.method)
	}

	// An admin ServeMux with Go 1.22 method patterns, served under
	// /admin with the prefix stripped.
	admin := http.NewServeMux()
	admin.HandleFunc("POST /gc", app.garbageCollect)
	app.router.PathPrefix("/admin/").Handler(http.StripPrefix("/admin", admin))

	app.traps(v2, cors)
	return app
}

// traps registers routes errcodes cannot read with certainty: each is
// left unmapped, and its handler is checked as no endpoint.
func (app *App) traps(v2 *mux.Router, cors func(http.HandlerFunc) http.HandlerFunc) {
	// A path that is not a constant.
	base := os.Getenv("BLOB_BASE")
	v2.HandleFunc(base+"/{name}/blobs/{digest}", app.instrument(app.deleteBlob)).Methods("DELETE")

	// A handler that serves two endpoints of the catalog: checked as
	// neither.
	v2.HandleFunc("/{name}/blobs/{digest}", app.instrument(app.blobOps)).Methods("GET", "DELETE")

	// An adapter of another package that does not call its handler.
	v2.Handle("/{name}/manifests/{reference}", middleware.Deny(http.HandlerFunc(app.deleteManifestV1))).Methods("DELETE")

	// A run-time part of a path outside its variables.
	v2.HandleFunc(fmt.Sprintf("/%s/blobs/uploads/{uuid}", os.Getenv("REPO")), cors(app.patchUploadV1)).Methods("PATCH")

	// A handler chosen at run time.
	h := app.startUpload
	if app.readOnly {
		h = app.denyUpload
	}
	v2.HandleFunc("/{name}/blobs/uploads/", h).Methods("POST")

	// An adapter that does not call its handler: the route serves the
	// adapter's own answer, not statBlob.
	v2.HandleFunc("/{name}/blobs/{digest}", app.maintenance(app.statBlob)).Methods("DELETE")

	// A route kept in a variable: its methods may be set later.
	rt := v2.HandleFunc("/{name}/tags/list", app.listTagsV1)
	rt.Name("tags")

	// A sub-router restricted to a method: not read.
	gets := app.router.Methods("GET").Subrouter()
	gets.HandleFunc("/v2/{name}/tags/list", app.listTagsV1)
}

// instrument wraps a handler with timing, as the registry's
// instrumentation does.
func (app *App) instrument(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		h(w, r)
		log.Printf("%s %s in %s", r.Method, r.URL.Path, time.Since(start))
	}
}

// authenticate serves requests that carry credentials with h, through
// a helper that calls it.
func (app *App) authenticate(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		app.serveAuthenticated(w, r, h)
	})
}

func (app *App) serveAuthenticated(w http.ResponseWriter, r *http.Request, next http.Handler) {
	if _, _, ok := r.BasicAuth(); !ok {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	next.ServeHTTP(w, r)
}

// nameRegexp matches repository names.
var nameRegexp = regexp.MustCompile(`[a-z0-9]+(?:/[a-z0-9]+)*`)

// corsHeaders returns an adapter that sets the CORS headers.
func corsHeaders(origin string) func(http.HandlerFunc) http.HandlerFunc {
	return func(next http.HandlerFunc) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Access-Control-Allow-Origin", origin)
			next.ServeHTTP(w, r)
		}
	}
}

// allowMethods returns an adapter that announces the allowed methods.
func allowMethods(methods ...string) func(http.HandlerFunc) http.HandlerFunc {
	return func(next http.HandlerFunc) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Allow", strings.Join(methods, ","))
			next(w, r)
		}
	}
}

// maintenance answers every request itself and never calls h.
func (app *App) maintenance(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusServiceUnavailable)
	}
}

// ServeHTTP serves the registry.
func (app *App) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	app.router.ServeHTTP(w, r)
}
