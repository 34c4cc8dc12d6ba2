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
//	errcodes help [command]            # print the usage of errcodes or a command
//
// See the README and doc/ for the config file and the checks.
package main

import (
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/errcodes/errcodes/analyzer"
	"golang.org/x/tools/go/analysis/singlechecker"
)

func main() {
	if len(os.Args) == 1 {
		printMainUsage(os.Stderr, mainFlagSet())
		os.Exit(2)
	}
	if len(os.Args) > 1 {
		switch os.Args[1] {
		case "help":
			os.Exit(helpMain(os.Args[2:], os.Stdout, os.Stderr))
		case "-h", "-help", "--help", "--h":
			os.Exit(helpMain(nil, os.Stdout, os.Stderr))
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
	if vetInvocation(os.Args[1:]) && slices.ContainsFunc(os.Args[1:], func(a string) bool { return a == "-config=" || a == "--config=" }) {
		// The flag package would print the error and the usage in every
		// process go vet starts: one line each is enough.
		fmt.Fprintf(os.Stderr, "errcodes: -config: %v\n", analyzer.ErrEmptyConfig)
		os.Exit(1)
	}
	if vetInvocation(os.Args[1:]) {
		if n := len(os.Args); strings.HasSuffix(os.Args[n-1], ".cfg") {
			warnVetNoConfig(os.Args[1:])
		}
		singlechecker.Main(analyzer.Analyzer) // hands the .cfg file to unitchecker; exits
		return
	}
	os.Exit(checkMain(os.Args[1:]))
}
