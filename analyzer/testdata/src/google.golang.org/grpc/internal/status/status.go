// Package status is a stub of google.golang.org/grpc/internal/status for
// the analyzer's tests. The public grpc/status.Status is an alias of this
// package's Status, so its methods are declared here: the grpc preset
// matches (*Status).WithDetails by this package's path
// (google.golang.org/grpc/internal/status.Status.WithDetails).
//
// The real WithDetails takes ...protoadapt.MessageV1, which the generated
// errdetails types implement; here it takes ...any, so that this stub
// needs no protobuf runtime.
package status

// Status represents an RPC status code, message, and details.
type Status struct{}

// Err returns an error representing s, or nil for codes.OK.
func (s *Status) Err() error { return nil }

// WithDetails returns a new status with the provided details.
func (s *Status) WithDetails(details ...any) (*Status, error) { return s, nil }
