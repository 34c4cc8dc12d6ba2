// Package orders is the shop's gRPC order service.
package orders

import (
	"context"

	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

// archived is a constant of the shop's own: its value is codes.DataLoss,
// and that is the name checked.
const archived = codes.DataLoss

// Server serves orders.
type Server struct{}

// GetOrder returns the order id.
func (s *Server) GetOrder(ctx context.Context, id string) error { // want GetOrder:`returns\("Aborted", "DataLoss", "FailedPrecondition", "InvalidArgument", "NotFound", "ORDER_ALREADY_PAID", "ORDER_ALREADY_PAYED", "ORDER_NOT_FOUND", "Unavailable"\)`
	switch id {
	case "":
		return status.Error(codes.InvalidArgument, "id is required") // ok: documented
	case "missing":
		st := status.New(codes.NotFound, "order not found") // ok: documented
		st, _ = st.WithDetails(&errdetails.ErrorInfo{Reason: "ORDER_NOT_FOUND", Domain: "shop.example.com"})
		return st.Err()
	case "paid":
		st := status.Newf(codes.FailedPrecondition, "order %s is paid", id)
		st, _ = st.WithDetails(&errdetails.ErrorInfo{Reason: "ORDER_ALREADY_PAYED"}) // want `code "ORDER_ALREADY_PAYED" is not in the catalog; did you mean "ORDER_ALREADY_PAID"\?`
		return st.Err()
	case "gone":
		st := status.New(codes.FailedPrecondition, "order is gone") // want `code "ORDER_NOT_FOUND" is documented with gRPC code NotFound \(errcodes.yaml:12\) but returned with FailedPrecondition`
		st, _ = st.WithDetails(&errdetails.ErrorInfo{Reason: "ORDER_NOT_FOUND"})
		return st.Err()
	case "reused":
		// st is reassigned to something else than its WithDetails: the
		// code it holds is not certain, so the detail's code is not checked.
		st := status.New(codes.NotFound, "order not found")
		if id == "x" {
			st = status.New(codes.InvalidArgument, "bad id")
		}
		st, _ = st.WithDetails(&errdetails.ErrorInfo{Reason: "ORDER_ALREADY_PAID"})
		return st.Err()
	case "busy":
		return status.Errorf(codes.Unavailable, "order %s is busy", id) // want `code "Unavailable" is not in the catalog$`
	case "conflict":
		return status.Error(codes.Aborted, "?") // want `code "Aborted" is deprecated \(errcodes.yaml:8\)` `message "\?" is an unresolved placeholder`
	case "archived":
		return status.Error(archived, "order archived") // want `code "DataLoss" is not in the catalog$`
	case "converted":
		return status.Error(codes.Code(5), "order not found") // ok: 5 is NotFound
	}
	return nil
}

// fakeStatus has an Error method shaped like status.Error: a same-named
// function of another package or type is not matched.
type fakeStatus struct{}

func (fakeStatus) Error(c codes.Code, msg string) error { return nil }

// Silent holds what the grpc preset must not report.
func Silent(c codes.Code, reason string) []error {
	return []error{
		// codes.OK is no error: status.Error returns nil.
		status.Error(codes.OK, ""),
		// Not constants.
		status.Error(c, "dynamic"),
		status.ErrorProto(nil),
		fakeStatus{}.Error(codes.ResourceExhausted, "fake"),
		detailed(&errdetails.ErrorInfo{Reason: reason}),
		// Another detail type: its fields are no code.
		detailed(&errdetails.BadRequest_FieldViolation{Field: "id", Description: "UNKNOWN_FIELD"}),
	}
}

func detailed(any) error { return nil }
