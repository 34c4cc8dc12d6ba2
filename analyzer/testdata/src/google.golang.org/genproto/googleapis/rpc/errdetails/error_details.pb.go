// Package errdetails is a stub of
// google.golang.org/genproto/googleapis/rpc/errdetails for the analyzer's
// tests. The grpc preset matches a literal of ErrorInfo (by this path and
// name) and reads its Reason field as the code; a literal of another
// detail type, such as BadRequest_FieldViolation, is no site. Fields are
// those of the generated code, with its tags; the unexported protobuf
// state and the methods are left out.
package errdetails

// ErrorInfo describes the cause of an error (google.rpc.ErrorInfo).
type ErrorInfo struct {
	Reason   string            `protobuf:"bytes,1,opt,name=reason,proto3" json:"reason,omitempty"`
	Domain   string            `protobuf:"bytes,2,opt,name=domain,proto3" json:"domain,omitempty"`
	Metadata map[string]string `protobuf:"bytes,3,rep,name=metadata,proto3" json:"metadata,omitempty" protobuf_key:"bytes,1,opt,name=key,proto3" protobuf_val:"bytes,2,opt,name=value,proto3"`
}

// BadRequest_FieldViolation is a single bad request field.
type BadRequest_FieldViolation struct {
	Field       string `protobuf:"bytes,1,opt,name=field,proto3" json:"field,omitempty"`
	Description string `protobuf:"bytes,2,opt,name=description,proto3" json:"description,omitempty"`
	Reason      string `protobuf:"bytes,3,opt,name=reason,proto3" json:"reason,omitempty"`
}
