// Package codes is a stub of google.golang.org/grpc/codes for the
// analyzer's tests. The grpc preset names a code by the constant of type
// Code its package declares with that value (codes.NotFound is
// "NotFound"): it lists every exported constant of the package whose type
// is Code, so this stub declares all seventeen, with the real values, and
// no other constant of type Code.
package codes // import "google.golang.org/grpc/codes"

// A Code is a status code defined according to the gRPC documentation.
type Code uint32

const (
	OK                 Code = 0
	Canceled           Code = 1
	Unknown            Code = 2
	InvalidArgument    Code = 3
	DeadlineExceeded   Code = 4
	NotFound           Code = 5
	AlreadyExists      Code = 6
	PermissionDenied   Code = 7
	ResourceExhausted  Code = 8
	FailedPrecondition Code = 9
	Aborted            Code = 10
	OutOfRange         Code = 11
	Unimplemented      Code = 12
	Internal           Code = 13
	Unavailable        Code = 14
	DataLoss           Code = 15
	Unauthenticated    Code = 16
)
