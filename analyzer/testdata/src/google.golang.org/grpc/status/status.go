// Package status is a stub of google.golang.org/grpc/status for the
// analyzer's tests: it declares what the grpc preset matches and the
// handlers in example.com/grpcshop call, with the real library's shapes.
//
//   - Error, Errorf, New and Newf take a codes.Code first: the preset
//     reads the code's name from that parameter's type and its package.
//   - Status is an alias of internal/status.Status, where WithDetails and
//     Err are declared (see that package).
//   - ErrorProto is no site; it is here for the handlers that call it.
package status

import (
	spb "google.golang.org/genproto/googleapis/rpc/status"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/internal/status"
)

// Status references google.golang.org/grpc/internal/status.
type Status = status.Status

// New returns a Status representing c and msg.
func New(c codes.Code, msg string) *Status { return &Status{} }

// Newf returns New(c, fmt.Sprintf(format, a...)).
func Newf(c codes.Code, format string, a ...any) *Status { return &Status{} }

// Error returns an error representing c and msg; nil for codes.OK.
func Error(c codes.Code, msg string) error { return nil }

// Errorf returns Error(c, fmt.Sprintf(format, a...)).
func Errorf(c codes.Code, format string, a ...any) error { return nil }

// ErrorProto returns an error representing s.
func ErrorProto(s *spb.Status) error { return nil }
