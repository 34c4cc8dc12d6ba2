// Command errcodes checks the error codes Go handlers return against a
// catalog of documented codes.
//
// Usage:
//
//	errcodes [flags] packages          # check packages (standalone)
//	go vet -vettool=$(which errcodes)  # check packages under go vet
//	errcodes catalog lint [path]       # check a config or catalog file alone
//	errcodes audit [packages]          # report on the whole program
//	errcodes extract [packages]        # write a catalog from the code
//	errcodes -baseline=FILE packages   # report only findings not in FILE
//	errcodes baseline write [packages] # record the current findings in FILE
//	errcodes lsp                       # serve diagnostics to an editor
//
// See the README for the config file and the checks.
package main

import (
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/errcodes/errcodes/analyzer"
	"github.com/errcodes/errcodes/catalog"
	"golang.org/x/tools/go/analysis/singlechecker"
)

func main() {
	if len(os.Args) > 1 {
		switch os.Args[1] {
		case "catalog":
			os.Exit(catalogMain(os.Args[2:]))
		case "audit":
			os.Exit(auditMain(os.Args[2:]))
		case "extract":
			os.Exit(extractMain(os.Args[2:]))
		case "baseline":
			os.Exit(baselineMain(os.Args[2:]))
		case "lsp":
			os.Exit(lspMain(os.Args[2:]))
		case "-V=full", "--V=full":
			os.Exit(printVersion())
		}
	}
	if path, args, ok := baselineFlag(os.Args[1:]); ok {
		os.Exit(checkWithBaseline(path, args))
	}
	if standalone(os.Args[1:]) && len(configsInScope()) == 0 {
		wd, _ := os.Getwd()
		fmt.Fprintf(os.Stderr, "errcodes: no %s in %s, above it, or in its module; write one (see the README) or pass -config\n", catalog.ConfigName, wd)
		os.Exit(1)
	}
	if standalone(os.Args[1:]) {
		warnEmptyCatalogs(configsInScope(), os.Stderr)
	}
	if vetInvocation(os.Args[1:]) && slices.ContainsFunc(os.Args[1:], func(a string) bool { return a == "-config=" || a == "--config=" }) {
		// The flag package would print the error and the usage in every
		// process go vet starts: one line each is enough.
		fmt.Fprintf(os.Stderr, "errcodes: -config: %v\n", analyzer.ErrEmptyConfig)
		os.Exit(1)
	}
	if vetInvocation(os.Args[1:]) {
		singlechecker.Main(analyzer.Analyzer) // hands the .cfg file to unitchecker; exits
		return
	}
	os.Exit(checkMain(os.Args[1:]))
}

// standalone reports whether args ask to check packages by themselves,
// with no config named: not go vet's one-package runs (a .cfg file), nor
// -flags, -V or -help.
func standalone(args []string) bool {
	pkgs := false
	for _, a := range args {
		switch {
		case strings.HasSuffix(a, ".cfg"), strings.HasPrefix(a, "-V"), a == "-flags",
			strings.HasPrefix(a, "-h"), strings.HasPrefix(a, "--h"),
			strings.HasPrefix(a, "-"+analyzer.FlagConfig), strings.HasPrefix(a, "--"+analyzer.FlagConfig):
			return false
		case !strings.HasPrefix(a, "-"):
			pkgs = true
		}
	}
	return pkgs
}
