package objstore

import (
	"context"
	"encoding/xml"
	"net/http"
	"net/url"
)

// APIErrorResponse is the XML body of an error.
type APIErrorResponse struct {
	XMLName  xml.Name `xml:"Error" json:"-"`
	Code     string
	Message  string
	Resource string
}

// writeErrorResponse writes err with the status it carries.
func writeErrorResponse(ctx context.Context, w http.ResponseWriter, err APIError, reqURL *url.URL) {
	w.Header().Set("Content-Type", "application/xml")
	w.WriteHeader(err.HTTPStatusCode)
	_ = xml.NewEncoder(w).Encode(APIErrorResponse{Code: err.Code, Message: err.Description, Resource: reqURL.Path})
}
