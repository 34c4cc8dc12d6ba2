package lsp

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"
)

// A frameStream is the jsonrpc2.Stream of the server: messages framed with
// Content-Length headers, as jsonrpc2.NewStream writes them, but read so
// that one malformed frame does not end the connection (jsonrpc2's own
// stream fails on the first, and its connection with it).
//
//   - A body that is not JSON is answered with a parse error (-32700), one
//     that is JSON but not a JSON-RPC message with an invalid request
//     error (-32600), as JSON-RPC asks: id null, or the request's id when
//     it can be read.
//   - A header that cannot be read (a line without a colon, a
//     Content-Length that is not a positive number, none at all) makes
//     the frame skipped: its body is skipped by its Content-Length if a
//     valid one was given, else up to the end of the JSON value it holds
//     or to the next Content-Length header, whichever comes first. The
//     skip is logged to the client with window/logMessage; no request was
//     read, so there is nothing to answer.
//
// Only a failure to read the input itself (it ended, it was closed) ends
// the stream.
type frameStream struct {
	in  *bufio.Reader
	w   io.Writer       // for the frames jsonrpc2 cannot write
	out jsonrpc2.Stream // writes the frames, closes the connection

	mu sync.Mutex // serialises writes: the connection's and Read's own
}

func newFrameStream(rwc io.ReadWriteCloser) *frameStream {
	return &frameStream{in: bufio.NewReader(rwc), w: rwc, out: jsonrpc2.NewStream(rwc)}
}

// Write implements jsonrpc2.Stream.
func (s *frameStream) Write(ctx context.Context, msg jsonrpc2.Message) (int64, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.out.Write(ctx, msg)
}

// Close implements jsonrpc2.Stream.
func (s *frameStream) Close() error { return s.out.Close() }

// Read implements jsonrpc2.Stream: it returns the next well-formed
// message, answering or skipping the malformed frames before it.
func (s *frameStream) Read(ctx context.Context) (jsonrpc2.Message, int64, error) {
	var total int64
	for {
		if err := ctx.Err(); err != nil {
			return nil, total, err
		}
		length, n, problem, err := s.readHeader()
		total += n
		if err != nil {
			return nil, total, err
		}
		if problem != "" {
			n, err := s.skipBody(length)
			total += n
			if err != nil {
				return nil, total, err
			}
			s.logf("errcodes lsp: skipped a frame with an invalid header: %s", problem)
			continue
		}
		var body bytes.Buffer
		m, err := io.CopyN(&body, s.in, length) // no allocation of a length that never comes
		total += m
		if err != nil {
			return nil, total, fmt.Errorf("reading a frame's body: %w", err)
		}
		msg, err := jsonrpc2.DecodeMessage(body.Bytes())
		if err == nil {
			return msg, total, nil
		}
		if err := s.answerBadBody(ctx, body.Bytes(), err); err != nil {
			return nil, total, err
		}
	}
}

// readHeader reads a frame's header up to the empty line that ends it.
// It returns the Content-Length, and what is wrong with the header if
// anything is; err is only a failure to read. Header names are matched
// without regard to case, as in HTTP.
func (s *frameStream) readHeader() (length, total int64, problem string, err error) {
	lines := 0
	for {
		line, err := s.in.ReadString('\n')
		total += int64(len(line))
		if err != nil {
			return 0, total, "", fmt.Errorf("reading a header line: %w", err)
		}
		line = strings.TrimSpace(line)
		if line == "" {
			if lines == 0 {
				continue // a stray line break between frames
			}
			break
		}
		lines++
		colon := strings.IndexByte(line, ':')
		if colon < 0 {
			if problem == "" {
				problem = fmt.Sprintf("header line %q has no colon", line)
			}
			continue
		}
		name, value := strings.TrimSpace(line[:colon]), strings.TrimSpace(line[colon+1:])
		if !strings.EqualFold(name, jsonrpc2.HdrContentLength) {
			if i := indexFold(line, jsonrpc2.HdrContentLength+":"); i > 0 {
				// Garbage (the rest of a body longer than its
				// Content-Length said) before this frame's header:
				// dropped, the frame read.
				s.logf("errcodes lsp: skipped %q before a %s header", line[:i], jsonrpc2.HdrContentLength)
				value = strings.TrimSpace(line[i+len(jsonrpc2.HdrContentLength)+1:])
			} else {
				continue // other headers are of no use
			}
		}
		n, perr := strconv.ParseInt(value, 10, 32)
		if perr != nil || n <= 0 {
			if problem == "" {
				problem = fmt.Sprintf("invalid %s %q", jsonrpc2.HdrContentLength, value)
			}
			length = -1 // whatever another header line says
			continue
		}
		if length >= 0 {
			length = n
		}
	}
	if length == 0 && problem == "" {
		problem = "no " + jsonrpc2.HdrContentLength
	}
	if length < 0 {
		length = 0
	}
	return length, total, problem, nil
}

// skipBody skips the body of a frame whose header is invalid: length
// bytes if the header gave a valid Content-Length, else one JSON value, or
// whatever comes before the next Content-Length header outside a JSON
// string. A JSON string cannot hold a line break, so the next frame's
// header is not taken for a string however broken the body is, unless the
// body opens a string on the header's very line.
func (s *frameStream) skipBody(length int64) (int64, error) {
	if length > 0 {
		n, err := io.CopyN(io.Discard, s.in, length)
		if err != nil {
			return n, fmt.Errorf("skipping a frame's body: %w", err)
		}
		return n, nil
	}
	var (
		total    int64
		depth    int
		inString bool
		escaped  bool
	)
	for {
		if !inString {
			if next, err := s.in.Peek(len(jsonrpc2.HdrContentLength) + 1); err == nil && indexFold(string(next), jsonrpc2.HdrContentLength+":") == 0 {
				return total, nil // the next frame
			}
		}
		b, err := s.in.ReadByte()
		if err != nil {
			return total, fmt.Errorf("skipping a frame's body: %w", err)
		}
		total++
		switch {
		case inString && escaped:
			escaped = false
		case inString && b == '\\':
			escaped = true
		case inString && b < 0x20: // no control characters in strings: it was not one
			inString = false
		case inString && b == '"':
			inString = false
		case inString:
		case b == '"':
			inString = true
		case b == '{' || b == '[':
			depth++
		case b == '}' || b == ']':
			depth--
			if depth <= 0 {
				return total, nil // the end of the body's JSON value
			}
		}
	}
}

// answerBadBody answers a frame whose body is not a JSON-RPC message.
func (s *frameStream) answerBadBody(ctx context.Context, body []byte, decodeErr error) error {
	var resp struct {
		Version string          `json:"jsonrpc"`
		ID      json.RawMessage `json:"id"`
		Error   *jsonrpc2.Error `json:"error"`
	}
	resp.Version = jsonrpc2.Version
	resp.ID = json.RawMessage("null")
	if !json.Valid(body) {
		resp.Error = jsonrpc2.Errorf(jsonrpc2.ParseError, "JSON-RPC parse error: the message is not JSON")
	} else {
		resp.Error = jsonrpc2.Errorf(jsonrpc2.InvalidRequest, "invalid JSON-RPC message: %v", decodeErr)
		var req struct {
			ID     json.RawMessage `json:"id"`
			Method json.RawMessage `json:"method"`
			Result json.RawMessage `json:"result"`
			Error  json.RawMessage `json:"error"`
		}
		if json.Unmarshal(body, &req) == nil && req.Method == nil && (req.Result != nil || req.Error != nil) {
			return nil // a response the client sent that cannot be read: nothing to answer
		}
		if id := bytes.TrimSpace(req.ID); len(id) > 0 && (id[0] == '"' || id[0] == '-' || id[0] >= '0' && id[0] <= '9') {
			resp.ID = id
		}
	}
	data, err := json.Marshal(&resp)
	if err != nil {
		return err
	}
	return s.writeRaw(data)
}

// logf sends the client a window/logMessage error; a failure to write
// will end the connection at its next read or write.
func (s *frameStream) logf(format string, args ...any) {
	n, err := jsonrpc2.NewNotification(protocol.MethodWindowLogMessage, &protocol.LogMessageParams{
		Type:    protocol.MessageTypeError,
		Message: fmt.Sprintf(format, args...),
	})
	if err == nil {
		_, _ = s.Write(context.Background(), n)
	}
}

// writeRaw writes a frame of JSON that jsonrpc2's messages cannot
// express (a response whose id is null).
func (s *frameStream) writeRaw(data []byte) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, err := fmt.Fprintf(s.w, "%s: %d%s%s", jsonrpc2.HdrContentLength, len(data), jsonrpc2.HdrContentSeparator, data); err != nil {
		return fmt.Errorf("writing to the client: %w", err)
	}
	return nil
}

// indexFold is strings.Index without regard to ASCII case.
func indexFold(s, substr string) int {
	return strings.Index(strings.ToLower(s), strings.ToLower(substr))
}
