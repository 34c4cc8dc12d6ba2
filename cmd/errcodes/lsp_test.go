package main_test

import (
	"bytes"
	"fmt"
	"os/exec"
	"strings"
	"testing"
)

// TestLSPStdio: errcodes lsp speaks the protocol on stdin and stdout and
// exits 0 after shutdown and exit. lsp/ tests the server itself.
func TestLSPStdio(t *testing.T) {
	var in bytes.Buffer
	for _, msg := range []string{
		`{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}`,
		`{"jsonrpc":"2.0","method":"initialized","params":{}}`,
		`{"jsonrpc":"2.0","id":2,"method":"shutdown"}`,
		`{"jsonrpc":"2.0","method":"exit"}`,
	} {
		fmt.Fprintf(&in, "Content-Length: %d\r\n\r\n%s", len(msg), msg)
	}
	cmd := exec.Command(errcodesBin, "lsp")
	cmd.Stdin = &in
	var out, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("errcodes lsp: %v\n%s", err, stderr.String())
	}
	for _, want := range []string{`"id":1`, `"codeActionProvider"`, `"name":"errcodes"`, `"id":2`} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("errcodes lsp wrote no %s:\n%s", want, out.String())
		}
	}

	if code := exec.Command(errcodesBin, "lsp", "./...").Run(); code == nil || !strings.Contains(code.Error(), "exit status 2") {
		t.Errorf("errcodes lsp ./...: %v, want exit status 2", code)
	}
}
