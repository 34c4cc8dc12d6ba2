// Package lsp serves errcodes' findings to editors over the Language
// Server Protocol.
//
// gopls cannot load third-party analyzers (golang/go#59869), so errcodes
// runs as a small language server of its own, `errcodes lsp`, beside
// gopls. It analyses the package of each Go file the editor opens or
// saves, with the errcodes analyzer run through the x/tools checker (so
// wrappers in other packages of the module are known by their facts), and
// publishes the findings of every open file of the analysed packages:
// their category as the diagnostic code, the catalog position a message
// cites as related information. Each suggested fix is offered as a quick
// fix code action.
//
// The server reads files from disk: it analyses on open and on save, not
// while the user types.
package lsp

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"
)

// debounce is how long the server waits after a request to analyse before
// it starts, so that a burst of opens (an editor restoring a session) or
// saves (save all) is analysed in one load.
const debounce = 50 * time.Millisecond

// Serve serves the Language Server Protocol on in and out, framed with
// Content-Length headers as over stdio, until the client sends exit, in
// ends or ctx is done. It returns nil when the client shut the server down
// before exit, as the protocol asks.
func Serve(ctx context.Context, in io.Reader, out io.Writer) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	conn := jsonrpc2.NewConn(newFrameStream(&stdio{in, out}))
	s := &server{
		ctx:     ctx,
		conn:    conn,
		open:    make(map[string]protocol.DocumentURI),
		found:   make(map[string][]finding),
		pending: make(map[string]bool),
		kick:    make(chan struct{}, 1),
		exit:    make(chan struct{}),
	}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		s.analyseLoop(ctx)
	}()
	conn.Go(ctx, s.handle)

	var err error
	select {
	case <-s.exit:
		s.mu.Lock()
		if !s.shutdown {
			err = errors.New("exit before shutdown")
		}
		s.mu.Unlock()
	case <-conn.Done():
		err = fmt.Errorf("connection closed before exit: %v", conn.Err())
	case <-ctx.Done():
		err = ctx.Err()
	}
	cancel()
	wg.Wait() // an analysis in progress stops at its next step
	conn.Close()
	return err
}

// stdio joins the server's input and output into the stream jsonrpc2
// reads and writes.
type stdio struct {
	io.Reader
	io.Writer
}

func (s *stdio) Close() error {
	var errs []error
	if c, ok := s.Reader.(io.Closer); ok {
		errs = append(errs, c.Close())
	}
	if c, ok := s.Writer.(io.Closer); ok {
		errs = append(errs, c.Close())
	}
	return errors.Join(errs...)
}

// A server is one client's session.
type server struct {
	ctx      context.Context
	conn     jsonrpc2.Conn
	exit     chan struct{} // closed on exit
	exitOnce sync.Once

	mu          sync.Mutex
	initialized bool
	shutdown    bool
	root        string                          // the workspace root, "" if the client named none
	open        map[string]protocol.DocumentURI // open Go files: path -> the URI the client gave
	found       map[string][]finding            // what was last published for each open file
	configDiags map[string]bool                 // config files that have diagnostics published
	configMsg   string                          // the config error last shown to the user

	pending map[string]bool    // package directories to analyse next
	running map[string]bool    // those being analysed
	cancel  context.CancelFunc // cancels the analysis running
	kick    chan struct{}      // wakes the analysis loop
}

// A finding is a published diagnostic and the quick fixes it offers.
type finding struct {
	diag  protocol.Diagnostic
	fixes []fix
}

// handle answers one request or notification. It runs on the connection's
// read loop, so it never waits for an analysis.
func (s *server) handle(ctx context.Context, reply jsonrpc2.Replier, req jsonrpc2.Request) error {
	_, isCall := req.(*jsonrpc2.Call)
	s.mu.Lock()
	initialized, shutdown := s.initialized, s.shutdown
	s.mu.Unlock()
	switch m := req.Method(); {
	case m == protocol.MethodExit:
		s.exitOnce.Do(func() { close(s.exit) })
		return nil
	case !initialized && m != protocol.MethodInitialize:
		if isCall {
			return reply(ctx, nil, jsonrpc2.Errorf(jsonrpc2.ServerNotInitialized, "%s before initialize", m))
		}
		return nil
	case shutdown:
		if isCall {
			return reply(ctx, nil, jsonrpc2.Errorf(jsonrpc2.InvalidRequest, "%s after shutdown", m))
		}
		return nil
	}

	switch req.Method() {
	case protocol.MethodInitialize:
		var p protocol.InitializeParams
		if err := json.Unmarshal(req.Params(), &p); err != nil {
			return reply(ctx, nil, badParams(err))
		}
		return reply(ctx, s.initialize(&p), nil)
	case protocol.MethodShutdown:
		s.mu.Lock()
		s.shutdown = true
		if s.cancel != nil {
			s.cancel()
		}
		s.mu.Unlock()
		return reply(ctx, nil, nil)
	case protocol.MethodTextDocumentDidOpen:
		var p protocol.DidOpenTextDocumentParams
		if err := json.Unmarshal(req.Params(), &p); err != nil {
			return reply(ctx, nil, badParams(err))
		}
		s.didOpen(p.TextDocument.URI)
		return reply(ctx, nil, nil)
	case protocol.MethodTextDocumentDidSave:
		var p protocol.DidSaveTextDocumentParams
		if err := json.Unmarshal(req.Params(), &p); err != nil {
			return reply(ctx, nil, badParams(err))
		}
		s.didSave(p.TextDocument.URI)
		return reply(ctx, nil, nil)
	case protocol.MethodTextDocumentDidClose:
		var p protocol.DidCloseTextDocumentParams
		if err := json.Unmarshal(req.Params(), &p); err != nil {
			return reply(ctx, nil, badParams(err))
		}
		s.didClose(p.TextDocument.URI)
		return reply(ctx, nil, nil)
	case protocol.MethodTextDocumentCodeAction:
		var p protocol.CodeActionParams
		if err := json.Unmarshal(req.Params(), &p); err != nil {
			return reply(ctx, nil, badParams(err))
		}
		return reply(ctx, s.codeActions(&p), nil)
	}
	if isCall {
		return jsonrpc2.MethodNotFoundHandler(ctx, reply, req)
	}
	return nil // notifications the server has no use for: initialized, $/cancelRequest, ...
}

func badParams(err error) error {
	return jsonrpc2.Errorf(jsonrpc2.InvalidParams, "%v", err)
}

func (s *server) initialize(p *protocol.InitializeParams) *protocol.InitializeResult {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.initialized = true
	switch {
	case len(p.WorkspaceFolders) > 0:
		s.root, _ = pathOf(protocol.DocumentURI(p.WorkspaceFolders[0].URI))
	case p.RootURI != "":
		s.root, _ = pathOf(p.RootURI)
	case p.RootPath != "":
		s.root = filepath.Clean(p.RootPath)
	}
	return &protocol.InitializeResult{
		Capabilities: protocol.ServerCapabilities{
			TextDocumentSync: &protocol.TextDocumentSyncOptions{
				OpenClose: true,
				Change:    protocol.TextDocumentSyncKindNone, // files are analysed as saved
				Save:      &protocol.SaveOptions{},
			},
			CodeActionProvider: &protocol.CodeActionOptions{
				CodeActionKinds: []protocol.CodeActionKind{protocol.QuickFix},
			},
		},
		ServerInfo: &protocol.ServerInfo{Name: "errcodes"},
	}
}

// didOpen analyses the package of a Go file the editor opened.
func (s *server) didOpen(u protocol.DocumentURI) {
	path, ok := pathOf(u)
	if !ok || !isGo(path) {
		return
	}
	s.mu.Lock()
	s.open[path] = u
	s.mu.Unlock()
	s.request(filepath.Dir(path))
}

// didSave analyses again the packages of every open Go file of the module
// the saved file is in: an edit in one package changes the facts the
// packages that import it see. A saved config or catalog file (when the
// client sends those) changes every package's findings.
func (s *server) didSave(u protocol.DocumentURI) {
	path, ok := pathOf(u)
	if !ok {
		return
	}
	saved := ""
	if isGo(path) {
		saved = moduleRoot(filepath.Dir(path))
	}
	s.mu.Lock()
	var dirs []string
	if isGo(path) {
		dirs = append(dirs, filepath.Dir(path))
	}
	for p := range s.open {
		if saved == "" || moduleRoot(filepath.Dir(p)) == saved {
			dirs = append(dirs, filepath.Dir(p))
		}
	}
	s.mu.Unlock()
	s.request(dirs...)
}

// didClose forgets a file and clears its diagnostics: they would not be
// kept up to date.
func (s *server) didClose(u protocol.DocumentURI) {
	path, ok := pathOf(u)
	if !ok {
		return
	}
	s.mu.Lock()
	_, wasOpen := s.open[path]
	delete(s.open, path)
	delete(s.found, path)
	s.mu.Unlock()
	if wasOpen {
		s.publish(u, nil)
	}
}

// request asks for the packages in dirs to be analysed. Only the latest
// request counts: an analysis of any of them already running is
// cancelled, its results dropped, and its directories analysed again with
// the new ones.
func (s *server) request(dirs ...string) {
	if len(dirs) == 0 {
		return
	}
	s.mu.Lock()
	overlap := false
	for _, d := range dirs {
		s.pending[d] = true
		overlap = overlap || s.running[d]
	}
	if overlap && s.cancel != nil {
		s.cancel()
		for d := range s.running {
			s.pending[d] = true
		}
	}
	s.mu.Unlock()
	select {
	case s.kick <- struct{}{}:
	default:
	}
}

// analyseLoop runs one analysis at a time, of the directories requested
// since the last one.
func (s *server) analyseLoop(ctx context.Context) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-s.kick:
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(debounce):
		}
		s.mu.Lock()
		if len(s.pending) == 0 || s.shutdown {
			s.mu.Unlock()
			continue
		}
		dirs := make([]string, 0, len(s.pending))
		for d := range s.pending {
			dirs = append(dirs, d)
		}
		runCtx, cancel := context.WithCancel(ctx)
		s.running, s.pending, s.cancel = s.pending, make(map[string]bool), cancel
		root := s.root
		s.mu.Unlock()

		rep := analyse(runCtx, root, dirs)

		s.mu.Lock()
		cancelled := runCtx.Err() != nil
		s.running, s.cancel = nil, nil
		s.mu.Unlock()
		cancel()
		if !cancelled {
			s.report(rep)
		}
	}
}

// report publishes what an analysis found: for every open file of the
// analysed packages, its diagnostics, or none (so no stale ones stay);
// the problems of broken configs on the config files.
func (s *server) report(rep *report) {
	type pub struct {
		uri   protocol.DocumentURI
		diags []protocol.Diagnostic
	}
	var pubs []pub
	s.mu.Lock()
	for path, fs := range rep.files {
		u, ok := s.open[path]
		if !ok || s.pending[filepath.Dir(path)] {
			continue // not open, or analysed again soon
		}
		s.found[path] = fs
		diags := make([]protocol.Diagnostic, len(fs))
		for i, f := range fs {
			diags[i] = f.diag
		}
		pubs = append(pubs, pub{u, diags})
	}
	// An open file of a directory asked for that no analysed package
	// holds (a test file, a package that failed to load) has no findings.
	asked := make(map[string]bool, len(rep.dirs))
	for _, d := range rep.dirs {
		asked[d] = true
	}
	for path, u := range s.open {
		if _, ok := rep.files[path]; !ok && asked[filepath.Dir(path)] && !s.pending[filepath.Dir(path)] {
			delete(s.found, path)
			pubs = append(pubs, pub{u, nil})
		}
	}
	for path := range s.configDiags {
		if _, ok := rep.config[path]; !ok {
			pubs = append(pubs, pub{uri.File(path), nil})
		}
	}
	s.configDiags = make(map[string]bool)
	for path, diags := range rep.config {
		s.configDiags[path] = true
		pubs = append(pubs, pub{uri.File(path), diags})
	}
	showConfig := rep.configMsg != "" && rep.configMsg != s.configMsg
	s.configMsg = rep.configMsg
	s.mu.Unlock()

	for _, p := range pubs {
		s.publish(p.uri, p.diags)
	}
	if showConfig {
		s.notify(protocol.MethodWindowShowMessage, &protocol.ShowMessageParams{Type: protocol.MessageTypeError, Message: rep.configMsg})
	}
	for _, msg := range rep.logs {
		s.notify(protocol.MethodWindowLogMessage, &protocol.LogMessageParams{Type: protocol.MessageTypeWarning, Message: msg})
	}
}

func (s *server) publish(u protocol.DocumentURI, diags []protocol.Diagnostic) {
	if diags == nil {
		diags = []protocol.Diagnostic{} // null is no list
	}
	s.notify(protocol.MethodTextDocumentPublishDiagnostics, &protocol.PublishDiagnosticsParams{URI: u, Diagnostics: diags})
}

func (s *server) notify(method string, params any) {
	// A failed write means the client is gone: the read loop ends too.
	_ = s.conn.Notify(s.ctx, method, params)
}

// codeActions returns the quick fixes of the diagnostics in the range
// asked about.
func (s *server) codeActions(p *protocol.CodeActionParams) []protocol.CodeAction {
	actions := []protocol.CodeAction{}
	if len(p.Context.Only) > 0 {
		wanted := false
		for _, k := range p.Context.Only {
			wanted = wanted || k == protocol.QuickFix || strings.HasPrefix(string(protocol.QuickFix), string(k)+".")
		}
		if !wanted {
			return actions
		}
	}
	path, ok := pathOf(p.TextDocument.URI)
	if !ok {
		return actions
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, f := range s.found[path] {
		if !overlaps(f.diag.Range, p.Range) {
			continue
		}
		for _, fx := range f.fixes {
			edit := &protocol.WorkspaceEdit{Changes: make(map[protocol.DocumentURI][]protocol.TextEdit)}
			for file, edits := range fx.edits {
				u, ok := s.open[file]
				if !ok {
					u = uri.File(file)
				}
				edit.Changes[u] = edits
			}
			actions = append(actions, protocol.CodeAction{
				Title:       fx.title,
				Kind:        protocol.QuickFix,
				Diagnostics: []protocol.Diagnostic{f.diag},
				IsPreferred: len(f.fixes) == 1,
				Edit:        edit,
			})
		}
	}
	return actions
}

// overlaps reports whether two ranges share a position, ends included:
// a cursor at either end of a diagnostic is on it.
func overlaps(a, b protocol.Range) bool {
	return !before(a.End, b.Start) && !before(b.End, a.Start)
}

func before(a, b protocol.Position) bool {
	return a.Line < b.Line || a.Line == b.Line && a.Character < b.Character
}

// pathOf returns the file path of a file URI.
func pathOf(u protocol.DocumentURI) (string, bool) {
	parsed, err := url.Parse(string(u))
	if err != nil || parsed.Scheme != uri.FileScheme || parsed.Path == "" {
		return "", false
	}
	p := parsed.Path
	if len(p) >= 3 && p[0] == '/' && p[2] == ':' { // /C:/... on Windows
		p = p[1:]
	}
	return filepath.Clean(filepath.FromSlash(p)), true
}

func isGo(path string) bool { return strings.HasSuffix(path, ".go") }
