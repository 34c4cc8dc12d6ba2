// Package server serves the GraphQL API over HTTP: POST /graphql runs an
// operation, GET /exports/{id} downloads a finished CSV export.
package server

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strings"

	"github.com/errcodes/errcodes/testdata/graphqlapi/gqlerr"
	"github.com/errcodes/errcodes/testdata/graphqlapi/resolvers"
)

// Tokens checks API tokens.
type Tokens interface {
	// Verify returns the shop a token acts for, and whether it may write.
	Verify(ctx context.Context, token string) (shopID string, write bool, err error)
}

// ErrBadSignature is returned by Tokens.Verify for a token whose JWT
// signature or claims do not check out.
var ErrBadSignature = errors.New("bad signature")

// Limiter counts requests per shop.
type Limiter interface {
	Allow(shopID string) bool
}

// Exports finds CSV exports.
type Exports interface {
	Open(ctx context.Context, shopID, id string) (data []byte, downloads int, err error)
}

// Server is the API's HTTP server.
type Server struct {
	Tokens    Tokens
	Limiter   Limiter
	Exports   Exports
	Resolvers *resolvers.Resolvers
	// UpstreamStatus is the status a proxied upstream failure is answered
	// with; it depends on the deployment.
	UpstreamStatus int
}

// Routes registers the API's endpoints.
func (s *Server) Routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /graphql", s.authenticate(s.graphql))
	mux.HandleFunc("GET /exports/{id}", s.authenticate(s.download))
}

type shopKey struct{}

// authenticate checks the bearer token and the shop's rate limit before
// next runs.
func (s *Server) authenticate(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		token, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		if !ok {
			// Right: the overlay documents Unauthorized with 401.
			gqlerr.Write(w, http.StatusUnauthorized, gqlerr.Unauthorized, "Missing bearer token")
			return
		}
		shopID, write, err := s.Tokens.Verify(r.Context(), token)
		switch {
		case errors.Is(err, ErrBadSignature):
			// Wrong: JWTValidationFailed is documented with 401.
			gqlerr.Write(w, http.StatusForbidden, gqlerr.JWTValidationFailed, "Token signature is invalid")
			return
		case err != nil:
			// Silent: the status is not a constant.
			gqlerr.Write(w, s.UpstreamStatus, gqlerr.InternalServerError, "Cannot verify the token")
			return
		case !write && r.Method == http.MethodPost && isMutation(r):
			// Silent: the docs and the overlay give JWTInvalidForWrite no
			// status, so any status goes.
			gqlerr.Write(w, http.StatusForbidden, gqlerr.JWTInvalidForWrite, "This token is read-only")
			return
		}
		if !s.Limiter.Allow(shopID) {
			// Wrong: TooManyRequests is documented with 429.
			gqlerr.Write(w, http.StatusServiceUnavailable, gqlerr.TooManyRequests, "Slow down")
			return
		}
		next(w, r.WithContext(context.WithValue(r.Context(), shopKey{}, shopID)))
	}
}

func isMutation(r *http.Request) bool {
	return strings.HasPrefix(r.URL.Query().Get("op"), "mutation")
}

type request struct {
	OperationName string          `json:"operationName"`
	Variables     json.RawMessage `json:"variables"`
}

// graphql runs one operation. GraphQL errors go with 200.
func (s *Server) graphql(w http.ResponseWriter, r *http.Request) {
	var req request
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		// Silent: ParsingFailure has no documented status; a GraphQL
		// error goes with 200.
		gqlerr.Write(w, http.StatusOK, gqlerr.ParsingFailure, "The request body is not JSON")
		return
	}
	resolve, ok := s.Resolvers.Operation(req.OperationName)
	if !ok {
		// Silent: NotFound is an API code here, not the HTTP status.
		gqlerr.Write(w, http.StatusOK, gqlerr.NotFound, "Unknown operation "+req.OperationName)
		return
	}
	data, err := resolve(r.Context(), r.Context().Value(shopKey{}).(string), req.Variables)
	var apiErr *gqlerr.Error
	switch {
	case errors.As(err, &apiErr):
		gqlerr.WriteError(w, http.StatusOK, apiErr)
	case err != nil:
		// Right: InternalServerError with 500, as the overlay documents.
		gqlerr.Write(w, http.StatusInternalServerError, gqlerr.InternalServerError, "Internal server error")
	default:
		w.Header().Set("Content-Type", "application/graphql-response+json")
		json.NewEncoder(w).Encode(map[string]any{"data": data})
	}
}

// maxDownloads is how many times an export may be downloaded.
const maxDownloads = 5

// download serves a finished export.
func (s *Server) download(w http.ResponseWriter, r *http.Request) {
	data, n, err := s.Exports.Open(r.Context(), r.Context().Value(shopKey{}).(string), r.PathValue("id"))
	if err != nil {
		// Silent: a code from a function result is not a constant.
		gqlerr.Write(w, http.StatusNotFound, codeOf(err), err.Error())
		return
	}
	if n >= maxDownloads {
		// Wrong: a message nobody wrote yet.
		gqlerr.Write(w, http.StatusTooManyRequests, gqlerr.DownloadLimitExceeded, "?")
		return
	}
	w.Header().Set("Content-Type", "text/csv")
	w.Write(data)
}

func codeOf(err error) gqlerr.ErrorCode {
	var e *gqlerr.Error
	if errors.As(err, &e) {
		return e.Code
	}
	return gqlerr.NotFound
}
