package analyzer

// gorilla/mux registers routes in chains on a *mux.Router:
//
//	r.HandleFunc("/orders/{id}", h.Get).Methods("GET")
//	r.Path("/orders").Methods("POST").HandlerFunc(h.Create)
//	api := r.PathPrefix("/v1").Subrouter()
//
// Its handlers are net/http's; the nethttp preset registers these.

const muxPkg = "github.com/gorilla/mux"

// gorillaRoutes returns gorilla/mux's route functions.
func gorillaRoutes() map[string]routeFunc {
	routes := map[string]routeFunc{
		muxPkg + ".NewRouter":         {kind: routeNew},
		muxPkg + ".Router.HandleFunc": {handler: 1},
		muxPkg + ".Router.Handle":     {handler: 1},
		muxPkg + ".Router.NewRoute":   {kind: routeBuild, path: -1},
		muxPkg + ".Route.Handler":     {kind: routeSetHandler},
		muxPkg + ".Route.HandlerFunc": {kind: routeSetHandler},
		muxPkg + ".Route.Subrouter":   {kind: routeSubrouter},
	}
	for _, t := range []string{".Router.", ".Route."} {
		routes[muxPkg+t+"Path"] = routeFunc{kind: routeBuild}
		routes[muxPkg+t+"PathPrefix"] = routeFunc{kind: routeBuildPrefix}
		routes[muxPkg+t+"Methods"] = routeFunc{kind: routeMethods}
		for _, m := range []string{"Name", "Host", "Queries", "Headers", "Schemes"} {
			routes[muxPkg+t+m] = routeFunc{kind: routeNeutralBuild, path: -1}
		}
	}
	return routes
}
