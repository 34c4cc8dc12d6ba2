// Package status is a stub of google.golang.org/genproto/googleapis/rpc/status
// for the analyzer's tests: grpc/status.ErrorProto takes a *Status. The
// real message also has Details and protobuf state.
package status

// Status is the google.rpc.Status message.
type Status struct {
	Code    int32  `protobuf:"varint,1,opt,name=code,proto3" json:"code,omitempty"`
	Message string `protobuf:"bytes,2,opt,name=message,proto3" json:"message,omitempty"`
}
