package lsp

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/errcodes/errcodes/internal/testmod"
)

// initLua is the minimal Neovim setup the test runs with: start
// `errcodes lsp` for Go buffers (with the 0.7 API Debian ships; 0.8 and
// later have vim.lsp.start, as in doc/editors.md), and once the file is
// loaded, wait for its diagnostics and write them, with the quick fix
// offered at the first one, to $ERRCODES_OUT.
const initLua = `
local client
vim.api.nvim_create_autocmd("FileType", {
  pattern = "go",
  callback = function(args)
    if not client then
      local gomod = vim.fn.findfile("go.mod", vim.fn.expand("%:p:h") .. ";")
      client = vim.lsp.start_client({
        name = "errcodes",
        cmd = { os.getenv("ERRCODES_BIN"), "lsp" },
        root_dir = vim.fn.fnamemodify(gomod, ":p:h"),
      })
    end
    vim.lsp.buf_attach_client(args.buf, client)
  end,
})

vim.api.nvim_create_autocmd("VimEnter", {
  callback = function()
    local out = {}
    local ok = vim.wait(180000, function() return #vim.diagnostic.get(0) > 0 end, 100)
    if not ok then
      table.insert(out, "timeout")
    end
    local diags = vim.diagnostic.get(0)
    table.sort(diags, function(a, b)
      return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col)
    end)
    for _, d in ipairs(diags) do
      local related = ""
      local lsp = d.user_data and d.user_data.lsp or {}
      if lsp.relatedInformation and lsp.relatedInformation[1] then
        local loc = lsp.relatedInformation[1].location
        related = loc.uri .. ":" .. (loc.range.start.line + 1)
      end
      table.insert(out, string.format("%d:%d: %s\t%s\t%s", d.lnum + 1, d.col + 1, d.message, d.code or "", related))
    end
    if diags[1] then
      local d = diags[1]
      local pos = { line = d.lnum, character = d.col }
      local res = vim.lsp.buf_request_sync(0, "textDocument/codeAction", {
        textDocument = vim.lsp.util.make_text_document_params(),
        range = { start = pos, ["end"] = pos },
        context = { diagnostics = {} },
      }, 60000)
      for _, r in pairs(res or {}) do
        for _, action in ipairs(r.result or {}) do
          for _, edits in pairs(action.edit.changes) do
            for _, e in ipairs(edits) do
              table.insert(out, string.format("action %s: %d:%d-%d:%d %s", action.title,
                e.range.start.line + 1, e.range.start.character + 1,
                e.range["end"].line + 1, e.range["end"].character + 1, e.newText))
            end
          end
        end
      end
    end
    vim.fn.writefile(out, os.getenv("ERRCODES_OUT"))
    vim.cmd("qa!")
  end,
})
`

// TestNeovim runs a real editor, Debian's Neovim, headless against
// `errcodes lsp`, and reads the diagnostics it shows.
func TestNeovim(t *testing.T) {
	if os.Getenv("ERRCODES_E2E_NVIM") == "" {
		t.Skip("set ERRCODES_E2E_NVIM=1 to run Neovim against errcodes lsp (needs nvim 0.7 or later on PATH; .ci/run does)")
	}
	nvim, err := exec.LookPath("nvim")
	if err != nil {
		t.Fatalf("ERRCODES_E2E_NVIM is set but there is no nvim: %v", err)
	}
	tmp := t.TempDir()
	bin := filepath.Join(tmp, "errcodes")
	if out, err := exec.Command("go", "build", "-o", bin, "../cmd/errcodes").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}

	// A message outside ASCII before a finding: Neovim turns the UTF-16
	// column the server sends back into the byte column errcodes prints.
	dir := testmod.Copy(t, "shop")
	orders := filepath.Join(dir, "orders", "orders.go")
	text, err := os.ReadFile(orders)
	if err != nil {
		t.Fatal(err)
	}
	edited := strings.Replace(string(text), `"order_completed", "Order already completed"`, `"order_completed", "Commande déjà terminée 🎉"`, 1)
	if edited == string(text) {
		t.Fatal("orders.go has no order_completed line to edit")
	}
	if err := os.WriteFile(orders, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	line89 := strings.Split(edited, "\n")[88]
	want := wantOrders(t)
	want[6] = fmt.Sprintf("89:%d:%s", strings.Index(line89, "//errcodes:ignore")+1, strings.SplitN(want[6], ":", 3)[2])

	if err := os.WriteFile(filepath.Join(tmp, "init.lua"), []byte(initLua), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(tmp, "diagnostics.txt")
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, nvim, "--headless", "-n", "-u", filepath.Join(tmp, "init.lua"), orders)
	cmd.Dir = dir
	// A home of its own keeps the user's Neovim config out; the go
	// command keeps its caches, or the server would rebuild the standard
	// library's export data.
	goenv, err := exec.Command("go", "env", "GOCACHE", "GOMODCACHE", "GOPATH").Output()
	if err != nil {
		t.Fatalf("go env: %v", err)
	}
	dirs := strings.Split(strings.TrimSpace(string(goenv)), "\n")
	if len(dirs) != 3 {
		t.Fatalf("go env printed %q", goenv)
	}
	home := filepath.Join(tmp, "home")
	cmd.Env = append(os.Environ(), "ERRCODES_BIN="+bin, "ERRCODES_OUT="+out, "HOME="+home,
		"GOCACHE="+dirs[0], "GOMODCACHE="+dirs[1], "GOPATH="+dirs[2],
		"XDG_CONFIG_HOME="+filepath.Join(home, "config"), "XDG_DATA_HOME="+filepath.Join(home, "data"),
		"XDG_STATE_HOME="+filepath.Join(home, "state"), "XDG_CACHE_HOME="+filepath.Join(home, "cache"))
	if output, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("nvim: %v\n%s", err, output)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatalf("nvim wrote no diagnostics: %v", err)
	}

	var got, actions []string
	codes := make(map[string]string)
	related := make(map[string]string)
	for _, l := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		if strings.HasPrefix(l, "action ") {
			actions = append(actions, l)
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) != 3 {
			t.Fatalf("nvim wrote %q, want position: message, code and related location", l)
		}
		got = append(got, f[0])
		pos := strings.SplitN(f[0], ": ", 2)[0]
		codes[pos], related[pos] = f[1], f[2]
	}
	equal(t, "Neovim's diagnostics", got, want)
	for pos, code := range map[string]string{"45:40": "undocumented", "49:19": "status", "84:64": "message", "89:40": "undocumented"} {
		if codes[pos] != code {
			t.Errorf("code of the diagnostic at %s: %q, want %q", pos, codes[pos], code)
		}
	}
	if want := "file://" + filepath.ToSlash(filepath.Join(dir, "errcodes.yaml")) + ":7"; related["49:19"] != want {
		t.Errorf("related location at 49:19: %q, want %q", related["49:19"], want)
	}
	equal(t, "Neovim's code actions at 45:40", actions, []string{`action Replace with "invalid_order_number": 45:40-45:61 "invalid_order_number"`})
}
