// Package gateway serves the orders over HTTP and calls other services
// over gRPC; its catalog has HTTP codes only.
package gateway

import (
	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

func upstream() error {
	// Silent: the catalog documents no gRPC code by name, so it says
	// nothing of codes.Unavailable.
	return status.Error(codes.Unavailable, "upstream down")
}

func reason() any {
	return &errdetails.ErrorInfo{Reason: "invalid_order_numbr"} // want `code "invalid_order_numbr" is not in the catalog; did you mean "invalid_order_number"\?`
}
