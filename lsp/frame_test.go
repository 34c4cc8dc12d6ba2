package lsp

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"testing"
	"time"
)

// A rawClient writes bytes to a server as they are, malformed frames
// included, and reads the frames it answers with.
type rawClient struct {
	t      *testing.T
	out    io.Writer
	frames chan rawFrame
	served chan error
}

// A rawFrame is a message from the server, read without jsonrpc2, which
// cannot read a response whose id is null.
type rawFrame struct {
	ID     json.RawMessage `json:"id"`
	Method string          `json:"method"`
	Params json.RawMessage `json:"params"`
	Result json.RawMessage `json:"result"`
	Error  *struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

func startRawServer(t *testing.T) *rawClient {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	serverIn, clientOut := io.Pipe()
	clientIn, serverOut := io.Pipe()
	c := &rawClient{t: t, out: clientOut, frames: make(chan rawFrame, 100), served: make(chan error, 1)}
	go func() { c.served <- Serve(ctx, serverIn, serverOut) }()
	go func() {
		in := bufio.NewReader(clientIn)
		for {
			length := -1
			for {
				line, err := in.ReadString('\n')
				if err != nil {
					return
				}
				line = strings.TrimSpace(line)
				if line == "" {
					break
				}
				if v, ok := strings.CutPrefix(line, "Content-Length: "); ok {
					length, _ = strconv.Atoi(v)
				}
			}
			if length < 0 {
				t.Errorf("server frame without Content-Length")
				return
			}
			body := make([]byte, length)
			if _, err := io.ReadFull(in, body); err != nil {
				return
			}
			var f rawFrame
			if err := json.Unmarshal(body, &f); err != nil {
				t.Errorf("server frame %q: %v", body, err)
			}
			c.frames <- f
		}
	}()
	t.Cleanup(func() {
		cancel()
		serverIn.Close()
		serverOut.Close()
		clientIn.Close()
	})
	return c
}

// frame frames a body with a valid header.
func frame(body string) string {
	return fmt.Sprintf("Content-Length: %d\r\n\r\n%s", len(body), body)
}

func (c *rawClient) send(data string) {
	c.t.Helper()
	if _, err := io.WriteString(c.out, data); err != nil {
		c.t.Fatalf("writing to the server: %v", err)
	}
}

// until returns the frames the server sends up to the response with the
// id given, that response last.
func (c *rawClient) until(id int) []rawFrame {
	c.t.Helper()
	var got []rawFrame
	timeout := time.After(wait)
	for {
		select {
		case f := <-c.frames:
			got = append(got, f)
			if string(f.ID) == strconv.Itoa(id) && f.Method == "" {
				return got
			}
		case err := <-c.served:
			c.t.Fatalf("Serve returned %v, waiting for the response to %d", err, id)
		case <-timeout:
			c.t.Fatalf("no response to %d in %v; got %+v", id, wait, got)
		}
	}
}

// TestMalformedFrames: a malformed frame is answered with a JSON-RPC
// error where its body is at fault, skipped (and logged) where its header
// is; the server serves the next frame and does not exit.
func TestMalformedFrames(t *testing.T) {
	// A shutdown inside a skipped frame: were it served, the requests
	// after it would be refused.
	const shutdown = `{"jsonrpc":"2.0","id":99,"method":"shutdown"}`
	tests := []struct {
		name string
		raw  string
		code int    // of the error answered, 0 for none
		id   string // of the error answered
		log  bool   // whether the frame is logged as skipped
	}{
		{name: "body not JSON", raw: frame("not json at all"), code: -32700, id: "null"},
		{name: "truncated JSON body", raw: frame(`{"jsonrpc":"2.0","id":5,"method":`), code: -32700, id: "null"},
		{name: "JSON body not a message", raw: frame(`{"foo":1}`), code: -32600, id: "null"},
		{name: "wrong JSON-RPC version", raw: frame(`{"jsonrpc":"1.0","id":7,"method":"x"}`), code: -32600, id: "7"},
		{name: "Content-Length not a number", raw: "Content-Length: abc\r\n\r\n" + shutdown, log: true},
		{name: "negative Content-Length", raw: "Content-Length: -3\r\n\r\n" + shutdown, log: true},
		{name: "zero Content-Length", raw: "Content-Length: 0\r\n\r\n", log: true},
		{name: "Content-Length out of range", raw: "Content-Length: 99999999999\r\n\r\n" + shutdown, log: true},
		{name: "no Content-Length", raw: "Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n" + shutdown, log: true},
		{name: "header line without colon", raw: "garbage\r\n" + frame(shutdown), log: true},
		{name: "header line without colon, no Content-Length", raw: "garbage\r\n\r\n", log: true},
		{name: "invalid Content-Length, a header in a string of the body",
			raw: "Content-Length: x\r\n\r\n" + `{"jsonrpc":"2.0","id":99,"method":"shutdown","params":"}Content-Length: 2\r\n\r\n{}"}`, log: true},
		{name: "invalid Content-Length, body not JSON", raw: "Content-Length: x\r\n\r\nhello, world", log: true},
		{name: "garbage before a header", raw: "junk", log: true},
		{name: "body longer than its Content-Length", raw: "Content-Length: 2\r\n\r\n{}}}", code: -32600, id: "null", log: true},
		{name: "stray line breaks", raw: "\r\n\r\n"},
	}

	c := startRawServer(t)
	c.send(frame(`{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}`))
	if got := c.until(1); got[len(got)-1].Error != nil {
		t.Fatalf("initialize: %+v", got[len(got)-1].Error)
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c.t = t
			id := 100 + i
			c.send(tt.raw + frame(fmt.Sprintf(`{"jsonrpc":"2.0","id":%d,"method":"textDocument/codeAction",`+
				`"params":{"textDocument":{"uri":"file:///x.go"},"range":{"start":{"line":0,"character":0},"end":{"line":0,"character":0}},"context":{"diagnostics":[]}}}`, id)))
			got := c.until(id)
			answer := got[len(got)-1]
			if answer.Error != nil || string(answer.Result) != "[]" {
				t.Errorf("the valid request after the malformed frame: result %s, error %+v, want []", answer.Result, answer.Error)
			}
			var codes []string
			logged := false
			for _, f := range got[:len(got)-1] {
				switch {
				case f.Method == "window/logMessage":
					var p struct{ Message string }
					json.Unmarshal(f.Params, &p)
					t.Logf("logged: %s", p.Message)
					logged = logged || strings.Contains(p.Message, "skipped")
				case f.Method == "":
					if f.Error == nil {
						t.Errorf("unexpected response %s: %s", f.ID, f.Result)
						continue
					}
					t.Logf("answered: id %s, %d %s", f.ID, f.Error.Code, f.Error.Message)
					codes = append(codes, fmt.Sprintf("%s:%d", f.ID, f.Error.Code))
				default:
					t.Errorf("unexpected %s", f.Method)
				}
			}
			var want []string
			if tt.code != 0 {
				want = append(want, fmt.Sprintf("%s:%d", tt.id, tt.code))
			}
			if fmt.Sprint(codes) != fmt.Sprint(want) {
				t.Errorf("errors answered (id:code) %v, want %v", codes, want)
			}
			if logged != tt.log {
				t.Errorf("logged a skipped frame: %v, want %v", logged, tt.log)
			}
			select {
			case err := <-c.served:
				t.Fatalf("Serve returned: %v", err)
			default:
			}
		})
	}

	c.t = t
	c.send(frame(`{"jsonrpc":"2.0","id":2,"method":"shutdown"}`))
	if got := c.until(2); got[len(got)-1].Error != nil {
		t.Fatalf("shutdown: %+v", got[len(got)-1].Error)
	}
	c.send(frame(`{"jsonrpc":"2.0","method":"exit"}`))
	select {
	case err := <-c.served:
		if err != nil {
			t.Errorf("Serve: %v, want nil after shutdown and exit", err)
		}
	case <-time.After(wait):
		t.Error("Serve did not return after exit")
	}
}
