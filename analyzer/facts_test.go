package analyzer

import (
	"bytes"
	"encoding/gob"
	"reflect"
	"testing"

	"github.com/errcodes/errcodes/catalog"
)

// Facts travel between processes as gob; they must round-trip and encode
// to the same bytes every time (go vet caches them by content).
func TestFactGobRoundTrip(t *testing.T) {
	w := &callable{
		params: map[catalog.Role]int{catalog.RoleCode: 1, catalog.RoleMessage: 2, catalog.RoleReason: 3},
		fixed:  map[catalog.Role]string{catalog.RoleStatus: "i:404", catalog.RoleRetryable: "b:true"},
	}
	encode := func(f any) []byte {
		var buf bytes.Buffer
		if err := gob.NewEncoder(&buf).Encode(f); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	first := encode(w.fact())
	for range 20 {
		if !bytes.Equal(encode(w.fact()), first) {
			t.Fatal("emitterFact encoding is not deterministic")
		}
	}
	var back emitterFact
	if err := gob.NewDecoder(bytes.NewReader(first)).Decode(&back); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(&back, w.fact()) {
		t.Errorf("round trip: %v, want %v", &back, w.fact())
	}
	if got := back.callable("respond.NotFound"); !reflect.DeepEqual(got.params, w.params) || !reflect.DeepEqual(got.fixed, w.fixed) {
		t.Errorf("callable from fact = %+v, want %+v", got, w)
	}
	if got, want := back.String(), "emitter(code=arg1 message=arg2 reason=arg3 retryable=b:true status=i:404)"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}

	for _, f := range []*adapterFact{{Param: 1}, {Param: 0, Made: true}} {
		var back adapterFact
		if err := gob.NewDecoder(bytes.NewReader(encode(f))).Decode(&back); err != nil || back != *f {
			t.Errorf("adapterFact round trip: %+v, %v; want %+v", back, err, *f)
		}
	}

	var wraps wrapsFact
	if err := gob.NewDecoder(bytes.NewReader(encode(&wrapsFact{}))).Decode(&wraps); err != nil {
		t.Fatal(err)
	}
}

func TestDecodeConst(t *testing.T) {
	for _, s := range []string{"s:already_paid", "s:", "s:a:b", "i:404", "i:-1", "b:true", "b:false"} {
		v, ok := encodeConst(decodeConst(s))
		if !ok || v != s {
			t.Errorf("round trip of %q = %q", s, v)
		}
	}
}

func TestSummaryAndGlobalFactsGob(t *testing.T) {
	for _, f := range []any{
		&summaryFact{Codes: normalize([]CodeStatus{{"s:b", 409, ""}, {"s:a", 404, ""}, {"i:1003", 0, ""}, {"s:a", 404, ""}, {"s:invalid_grant", 400, "oauth"}})},
		&emitterFact{Params: []RoleParam{{"code", 1, ""}}, Fixed: []RoleConst{{"status", "i:400"}}, Catalog: "oauth"},
		&globalFact{Values: []RoleConst{{"Code", "s:invalid_order_number"}, {"Status", "i:404"}}},
	} {
		var first []byte
		for range 10 {
			var buf bytes.Buffer
			if err := gob.NewEncoder(&buf).Encode(f); err != nil {
				t.Fatal(err)
			}
			if first == nil {
				first = buf.Bytes()
			} else if !bytes.Equal(first, buf.Bytes()) {
				t.Fatalf("%T encoding is not deterministic", f)
			}
		}
		back := reflect.New(reflect.TypeOf(f).Elem()).Interface()
		if err := gob.NewDecoder(bytes.NewReader(first)).Decode(back); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(back, f) {
			t.Errorf("round trip: %v, want %v", back, f)
		}
	}
	s := &summaryFact{Codes: normalize([]CodeStatus{{"s:b", 409, ""}, {"s:a", 404, ""}, {"i:1003", 0, ""}, {"s:a", 404, ""}, {"s:invalid_grant", 400, "oauth"}})}
	if got, want := s.String(), `returns(1003, "a" (404), "b" (409), oauth:"invalid_grant" (400))`; got != want {
		t.Errorf("String() = %s, want %s", got, want)
	}
}

func TestFieldWrapperFact(t *testing.T) {
	w := &callable{
		params: map[catalog.Role]int{catalog.RoleCode: 1, catalog.RoleStatus: 1},
		fields: map[catalog.Role]string{catalog.RoleCode: "Code", catalog.RoleStatus: "Status"},
	}
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(w.fact()); err != nil {
		t.Fatal(err)
	}
	var back emitterFact
	if err := gob.NewDecoder(&buf).Decode(&back); err != nil {
		t.Fatal(err)
	}
	if got, want := back.String(), "emitter(code=arg1.Code status=arg1.Status)"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	if c := back.callable("respondErr"); c.fields[catalog.RoleCode] != "Code" || c.params[catalog.RoleStatus] != 1 {
		t.Errorf("callable from fact = %+v", c)
	}
}

// The facts of code-carrying variables and of enums' String tables
// round-trip through gob too.
func TestCarrierFactsGob(t *testing.T) {
	for _, f := range []any{
		&carrierFact{Codes: []CodeStatus{{"s:BLOB_UNKNOWN", 404, ""}, {"s:UNKNOWN", 0, "oauth"}}},
		&enumFact{Names: []RoleConst{{"0", "BLOB_UNKNOWN"}, {"1", "MANIFEST_INVALID"}}},
	} {
		var buf bytes.Buffer
		if err := gob.NewEncoder(&buf).Encode(f); err != nil {
			t.Fatal(err)
		}
		back := reflect.New(reflect.TypeOf(f).Elem()).Interface()
		if err := gob.NewDecoder(&buf).Decode(back); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(back, f) {
			t.Errorf("round trip: %v, want %v", back, f)
		}
	}
}
