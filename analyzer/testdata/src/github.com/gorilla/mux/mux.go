// Package mux is a stub of github.com/gorilla/mux for the analyzer's
// tests: it declares what route reading relies on and the handlers in
// example.com/muxroutes call, with the real library's shapes.
//
//   - NewRouter returns a *Router; HandleFunc and Handle register a handler
//     for a path and return its *Route, which Methods restricts.
//   - A route is also built in a chain from the router (Path, PathPrefix,
//     Methods, Name) and given its handler by Handler or HandlerFunc.
//   - Subrouter returns a *Router under the route's PathPrefix.
//
// The real Router has many more methods; bodies here do nothing.
// TestFrameworks runs the same handlers against the real gorilla/mux.
package mux

import "net/http"

// Router registers routes to be matched and dispatches a handler.
type Router struct{}

// NewRouter returns a new router instance.
func NewRouter() *Router { return &Router{} }

func (r *Router) ServeHTTP(w http.ResponseWriter, req *http.Request) {}

// Use appends middlewares to the chain.
func (r *Router) Use(mwf ...MiddlewareFunc) {}

func (r *Router) NewRoute() *Route                                { return &Route{} }
func (r *Router) Handle(path string, handler http.Handler) *Route { return &Route{} }
func (r *Router) HandleFunc(path string, f func(http.ResponseWriter, *http.Request)) *Route {
	return &Route{}
}
func (r *Router) Methods(methods ...string) *Route { return &Route{} }
func (r *Router) Path(tpl string) *Route           { return &Route{} }
func (r *Router) PathPrefix(tpl string) *Route     { return &Route{} }
func (r *Router) Name(name string) *Route          { return &Route{} }

// Route stores information to match a request and build URLs.
type Route struct{}

func (r *Route) Handler(handler http.Handler) *Route                           { return r }
func (r *Route) HandlerFunc(f func(http.ResponseWriter, *http.Request)) *Route { return r }
func (r *Route) Methods(methods ...string) *Route                              { return r }
func (r *Route) Name(name string) *Route                                       { return r }
func (r *Route) Path(tpl string) *Route                                        { return r }
func (r *Route) PathPrefix(tpl string) *Route                                  { return r }
func (r *Route) Queries(pairs ...string) *Route                                { return r }
func (r *Route) Subrouter() *Router                                            { return &Router{} }

// MiddlewareFunc is a function which receives an http.Handler and returns
// another http.Handler.
type MiddlewareFunc func(http.Handler) http.Handler

// Vars returns the route variables for the current request.
func Vars(r *http.Request) map[string]string { return nil }
