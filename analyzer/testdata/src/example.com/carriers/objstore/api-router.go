package objstore

import (
	"net/http"

	"github.com/gorilla/mux"
)

// objectAPIHandlers serves the S3 API.
type objectAPIHandlers struct {
	maxObjectSize int64
}

// configureServerHandler returns the server's handler.
func configureServerHandler() http.Handler {
	router := mux.NewRouter()
	registerAPIRouter(router)
	return router
}

// registerAPIRouter registers the S3 API's routes on router.
func registerAPIRouter(router *mux.Router) {
	api := objectAPIHandlers{maxObjectSize: 5 << 40}
	apiRouter := router.PathPrefix("/").Subrouter()
	bucket := apiRouter.PathPrefix("/{bucket}").Subrouter()

	bucket.Methods(http.MethodGet).Path("/{object:.+}").HandlerFunc(s3APIMiddleware(api.GetObjectHandler))
	bucket.Methods(http.MethodPut).Path("/{object:.+}").HandlerFunc(s3APIMiddleware(api.PutObjectHandler))
	apiRouter.Methods(http.MethodGet).Path("/{bucket}").HandlerFunc(s3APIMiddleware(api.ListObjectsV1Handler))
	apiRouter.Methods(http.MethodPut).Path("/{bucket}").HandlerFunc(s3APIMiddleware(api.PutBucketHandler))
	apiRouter.Methods(http.MethodDelete).Path("/{bucket}").HandlerFunc(s3APIMiddleware(api.DeleteBucketHandler))
}

// s3APIMiddleware sets the headers every S3 answer has.
func s3APIMiddleware(f http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Server", "objstore")
		f.ServeHTTP(w, r)
	}
}
