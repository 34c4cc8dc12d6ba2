package lsp

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/errcodes/errcodes/internal/testmod"
	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"
)

// wait bounds every wait for the server: the first analysis on a cold
// build cache compiles the export data of net/http.
const wait = 3 * time.Minute

// A client drives a server over pipes, the way an editor does over stdio.
type client struct {
	t      *testing.T
	conn   jsonrpc2.Conn
	diags  chan *protocol.PublishDiagnosticsParams
	shown  chan string // window/showMessage
	served chan error  // what Serve returned
}

func startServer(t *testing.T) *client {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	serverIn, clientOut := io.Pipe()
	clientIn, serverOut := io.Pipe()
	c := &client{
		t:      t,
		diags:  make(chan *protocol.PublishDiagnosticsParams, 100),
		shown:  make(chan string, 100),
		served: make(chan error, 1),
	}
	go func() { c.served <- Serve(ctx, serverIn, serverOut) }()
	c.conn = jsonrpc2.NewConn(jsonrpc2.NewStream(&stdio{clientIn, clientOut}))
	c.conn.Go(ctx, func(ctx context.Context, reply jsonrpc2.Replier, req jsonrpc2.Request) error {
		switch req.Method() {
		case protocol.MethodTextDocumentPublishDiagnostics:
			var p protocol.PublishDiagnosticsParams
			if err := json.Unmarshal(req.Params(), &p); err != nil {
				t.Errorf("publishDiagnostics: %v", err)
			}
			c.diags <- &p
		case protocol.MethodWindowShowMessage:
			var p protocol.ShowMessageParams
			json.Unmarshal(req.Params(), &p)
			c.shown <- p.Message
		case protocol.MethodWindowLogMessage:
			var p protocol.LogMessageParams
			json.Unmarshal(req.Params(), &p)
			t.Logf("server log: %s", p.Message)
		}
		return reply(ctx, nil, nil)
	})
	t.Cleanup(func() {
		cancel()
		c.conn.Close()
		serverIn.Close()
		serverOut.Close()
	})
	return c
}

func (c *client) call(method string, params, result any) {
	c.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), wait)
	defer cancel()
	if _, err := c.conn.Call(ctx, method, params, result); err != nil {
		c.t.Fatalf("%s: %v", method, err)
	}
}

func (c *client) notify(method string, params any) {
	c.t.Helper()
	if err := c.conn.Notify(context.Background(), method, params); err != nil {
		c.t.Fatalf("%s: %v", method, err)
	}
}

// waitDiags returns the next diagnostics published for u, failing on
// diagnostics published for any other file.
func (c *client) waitDiags(u protocol.DocumentURI) []protocol.Diagnostic {
	c.t.Helper()
	timeout := time.After(wait)
	for {
		select {
		case p := <-c.diags:
			if p.URI == u {
				if p.Diagnostics == nil {
					c.t.Fatalf("diagnostics for %s published as null, not as an empty list", u)
				}
				return p.Diagnostics
			}
			c.t.Errorf("unexpected diagnostics for %s: %v", p.URI, p.Diagnostics)
		case <-timeout:
			c.t.Fatalf("no diagnostics for %s in %v", u, wait)
		}
	}
}

// wantOrders returns testdata/shop/want.txt's findings in orders.go, as
// line:col: message.
func wantOrders(t *testing.T) []string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "testdata", "shop", "want.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, l := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(l, "testdata/shop/orders/orders.go:"); ok {
			want = append(want, rest)
		}
	}
	if len(want) == 0 {
		t.Fatal("want.txt has no finding in orders.go")
	}
	return want
}

// format formats diagnostics as line:col: message, 1-based, columns in
// UTF-16 units, sorted by position.
func format(diags []protocol.Diagnostic) []string {
	sorted := append([]protocol.Diagnostic(nil), diags...)
	sort.SliceStable(sorted, func(i, j int) bool { return before(sorted[i].Range.Start, sorted[j].Range.Start) })
	var out []string
	for _, d := range sorted {
		out = append(out, fmt.Sprintf("%d:%d: %s", d.Range.Start.Line+1, d.Range.Start.Character+1, d.Message))
	}
	return out
}

func equal(t *testing.T, what string, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("%s:\n%s\nwant:\n%s", what, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func find(t *testing.T, diags []protocol.Diagnostic, prefix string) protocol.Diagnostic {
	t.Helper()
	for _, d := range diags {
		if l := format([]protocol.Diagnostic{d})[0]; strings.HasPrefix(l, prefix) {
			return d
		}
	}
	t.Fatalf("no diagnostic at %s", prefix)
	return protocol.Diagnostic{}
}

// TestServe drives the server as an editor would: open a handler, read
// its diagnostics, ask for a quick fix, apply it and save, break the
// config and mend it, shut down.
func TestServe(t *testing.T) {
	dir := testmod.Copy(t, "shop")
	orders := filepath.Join(dir, "orders", "orders.go")
	ordersURI := uri.File(orders)
	configURI := uri.File(filepath.Join(dir, "errcodes.yaml"))
	c := startServer(t)

	var init protocol.InitializeResult
	c.call(protocol.MethodInitialize, &protocol.InitializeParams{
		RootURI: uri.File(dir),
		Capabilities: protocol.ClientCapabilities{TextDocument: &protocol.TextDocumentClientCapabilities{
			PublishDiagnostics: &protocol.PublishDiagnosticsClientCapabilities{RelatedInformation: true},
		}},
	}, &init)
	if init.Capabilities.CodeActionProvider == nil || init.Capabilities.TextDocumentSync == nil {
		t.Fatalf("initialize: capabilities %+v, want code actions and text document sync", init.Capabilities)
	}
	c.notify(protocol.MethodInitialized, &protocol.InitializedParams{})
	text, err := os.ReadFile(orders)
	if err != nil {
		t.Fatal(err)
	}
	c.notify(protocol.MethodTextDocumentDidOpen, &protocol.DidOpenTextDocumentParams{TextDocument: protocol.TextDocumentItem{
		URI: ordersURI, LanguageID: "go", Version: 1, Text: string(text),
	}})

	// The findings of the command line, with their categories.
	diags := c.waitDiags(ordersURI)
	want := wantOrders(t)
	equal(t, "diagnostics on open", format(diags), want)
	counts := make(map[string]int)
	for _, d := range diags {
		cat, _ := d.Code.(string)
		counts[cat]++
		if d.Source != "errcodes" || d.Severity != protocol.DiagnosticSeverityWarning {
			t.Errorf("%s: source %q, severity %v, want errcodes and Warning", d.Message, d.Source, d.Severity)
		}
		if d.CodeDescription == nil || string(d.CodeDescription.Href) != "https://github.com/errcodes/errcodes/blob/main/doc/checks.md#"+cat {
			t.Errorf("%s: codeDescription %+v, want doc/checks.md#%s", d.Message, d.CodeDescription, cat)
		}
	}
	wantCounts := map[string]int{"undocumented": 4, "status": 3, "placeholder": 1, "endpoint-placeholder": 1, "directive": 1, "endpoint": 1, "message": 1}
	if fmt.Sprint(counts) != fmt.Sprint(wantCounts) {
		t.Errorf("categories %v, want %v", counts, wantCounts)
	}

	// A message's citation is the diagnostic's related information.
	paid := find(t, diags, `49:19: code "already_paid"`)
	if got := paid.RelatedInformation; len(got) != 1 || got[0].Location.URI != configURI || got[0].Location.Range.Start.Line != 6 {
		t.Errorf("related information of %q: %+v, want %s line 7", paid.Message, got, configURI)
	}
	canceled := find(t, diags, `73:32: code "order_already_canceled"`)
	catalogURI := uri.File(filepath.Join(dir, "docs", "errors.yaml"))
	if got := canceled.RelatedInformation; len(got) != 1 || got[0].Location.URI != catalogURI || got[0].Location.Range.Start.Line != 14 {
		t.Errorf("related information of %q: %+v, want %s line 15", canceled.Message, got, catalogURI)
	}

	// The "did you mean" finding offers its fix as a quick fix.
	typo := find(t, diags, `45:40: code "invalid_order_numbr"`)
	var actions []protocol.CodeAction
	c.call(protocol.MethodTextDocumentCodeAction, &protocol.CodeActionParams{
		TextDocument: protocol.TextDocumentIdentifier{URI: ordersURI},
		Range:        protocol.Range{Start: typo.Range.Start, End: typo.Range.Start},
		Context:      protocol.CodeActionContext{Diagnostics: []protocol.Diagnostic{typo}},
	}, &actions)
	if len(actions) != 1 {
		t.Fatalf("code actions at %v: %+v, want 1", typo.Range.Start, actions)
	}
	a := actions[0]
	wantEdit := protocol.TextEdit{
		Range:   protocol.Range{Start: protocol.Position{Line: 44, Character: 39}, End: protocol.Position{Line: 44, Character: 60}},
		NewText: `"invalid_order_number"`,
	}
	if a.Title != `Replace with "invalid_order_number"` || a.Kind != protocol.QuickFix || a.Edit == nil ||
		len(a.Edit.Changes) != 1 || len(a.Edit.Changes[ordersURI]) != 1 || a.Edit.Changes[ordersURI][0] != wantEdit {
		t.Fatalf("code action %+v, want a quick fix with the edit %+v", a, wantEdit)
	}
	if len(a.Diagnostics) != 1 || a.Diagnostics[0].Message != typo.Message {
		t.Errorf("code action diagnostics %+v, want the typo's", a.Diagnostics)
	}
	c.call(protocol.MethodTextDocumentCodeAction, &protocol.CodeActionParams{
		TextDocument: protocol.TextDocumentIdentifier{URI: ordersURI},
		Range:        protocol.Range{Start: protocol.Position{Line: 0}, End: protocol.Position{Line: 1}},
	}, &actions)
	if len(actions) != 0 {
		t.Errorf("code actions on line 1: %+v, want none", actions)
	}

	// Apply the fix and write a message with characters outside ASCII
	// before a finding; save. The fixed finding goes, the column after
	// the message counts UTF-16 units.
	lines := strings.Split(string(text), "\n")
	l45 := lines[44]
	lines[44] = l45[:wantEdit.Range.Start.Character] + wantEdit.NewText + l45[wantEdit.Range.End.Character:]
	if !strings.HasPrefix(want[6], fmt.Sprintf("89:%d: ", strings.Index(lines[88], "//errcodes:ignore")+1)) {
		t.Fatalf("want.txt's 7th finding is %q, not the directive on line 89", want[6])
	}
	lines[88] = strings.Replace(lines[88], `"Order already completed"`, `"Commande déjà terminée 🎉"`, 1)
	if err := os.WriteFile(orders, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	c.notify(protocol.MethodTextDocumentDidSave, &protocol.DidSaveTextDocumentParams{TextDocument: protocol.TextDocumentIdentifier{URI: ordersURI}})
	prefix := lines[88][:strings.Index(lines[88], "//errcodes:ignore")]
	units := len(utf16.Encode([]rune(prefix)))
	if units == len(prefix) {
		t.Fatal("the edited line 89 is all ASCII before the directive")
	}
	var saved []string
	for i, w := range want {
		switch i {
		case 0: // 45:40, fixed
		case 6:
			saved = append(saved, fmt.Sprintf("89:%d:%s", units+1, strings.SplitN(w, ":", 3)[2]))
		default:
			saved = append(saved, w)
		}
	}
	equal(t, "diagnostics after save", format(c.waitDiags(ordersURI)), saved)

	// A broken config: its problems on the config, shown to the user;
	// no findings left standing. Mended: all back, the config clear.
	config, err := os.ReadFile(filepath.Join(dir, "errcodes.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	broken := strings.Replace(string(config), "    status: 409", "    stauts: 409", 1)
	if err := os.WriteFile(filepath.Join(dir, "errcodes.yaml"), []byte(broken), 0o644); err != nil {
		t.Fatal(err)
	}
	c.notify(protocol.MethodTextDocumentDidSave, &protocol.DidSaveTextDocumentParams{TextDocument: protocol.TextDocumentIdentifier{URI: ordersURI}})
	got := map[protocol.DocumentURI][]protocol.Diagnostic{}
	timeout := time.After(wait)
	for len(got) < 2 {
		select {
		case p := <-c.diags:
			got[p.URI] = p.Diagnostics
		case <-timeout:
			t.Fatalf("diagnostics after breaking the config: only %v", got)
		}
	}
	if d := got[ordersURI]; d == nil || len(d) != 0 {
		t.Errorf("orders.go diagnostics with a broken config: %v, want none", d)
	}
	if d := got[configURI]; len(d) != 1 || !strings.Contains(d[0].Message, `unknown key "stauts"`) ||
		d[0].Range.Start.Line != 6 || d[0].Severity != protocol.DiagnosticSeverityError {
		t.Errorf("errcodes.yaml diagnostics: %+v, want the unknown key on line 7", d)
	}
	select {
	case msg := <-c.shown:
		if !strings.Contains(msg, `errcodes.yaml:7:5: unknown key "stauts"`) {
			t.Errorf("shown %q, want the config's problem", msg)
		}
	case <-time.After(10 * time.Second):
		t.Error("a broken config was not shown to the user")
	}
	if err := os.WriteFile(filepath.Join(dir, "errcodes.yaml"), config, 0o644); err != nil {
		t.Fatal(err)
	}
	c.notify(protocol.MethodTextDocumentDidSave, &protocol.DidSaveTextDocumentParams{TextDocument: protocol.TextDocumentIdentifier{URI: ordersURI}})
	got = map[protocol.DocumentURI][]protocol.Diagnostic{}
	for len(got) < 2 {
		select {
		case p := <-c.diags:
			got[p.URI] = p.Diagnostics
		case <-time.After(wait):
			t.Fatalf("diagnostics after mending the config: only %v", got)
		}
	}
	equal(t, "diagnostics after mending the config", format(got[ordersURI]), saved)
	if d := got[configURI]; d == nil || len(d) != 0 {
		t.Errorf("errcodes.yaml diagnostics once mended: %v, want none", d)
	}

	c.call(protocol.MethodShutdown, nil, nil)
	c.notify(protocol.MethodExit, nil)
	select {
	case err := <-c.served:
		if err != nil {
			t.Errorf("Serve: %v, want nil after shutdown and exit", err)
		}
	case <-time.After(wait):
		t.Error("Serve did not return after exit")
	}
}

// TestExitWithoutShutdown: the protocol's exit code 1.
func TestExitWithoutShutdown(t *testing.T) {
	c := startServer(t)
	c.call(protocol.MethodInitialize, &protocol.InitializeParams{}, nil)
	c.notify(protocol.MethodExit, nil)
	select {
	case err := <-c.served:
		if err == nil {
			t.Error("Serve returned nil after exit without shutdown")
		}
	case <-time.After(wait):
		t.Error("Serve did not return after exit")
	}
}
