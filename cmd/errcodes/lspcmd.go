package main

import (
	"context"
	"fmt"
	"os"

	"github.com/errcodes/errcodes/lsp"
)

const lspUsage = `usage: errcodes lsp

Serves errcodes' findings to an editor as a Language Server, over stdin and
stdout: the editor starts it for Go files, beside gopls. See doc/editors.md
for each editor's setup.
`

func lspMain(args []string) int {
	if len(args) > 0 {
		if isHelp(args[0]) && len(args) == 1 {
			fmt.Fprint(os.Stdout, lspUsage)
			return 0
		}
		fmt.Fprint(os.Stderr, lspUsage)
		return 2
	}
	if err := lsp.Serve(context.Background(), os.Stdin, os.Stdout); err != nil {
		fmt.Fprintf(os.Stderr, "errcodes lsp: %v\n", err)
		return 1
	}
	return 0
}
