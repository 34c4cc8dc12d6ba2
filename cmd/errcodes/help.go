package main

// This file is errcodes' help: "errcodes -h", "errcodes help [command]",
// and the parsing of each subcommand's flags, so that every -h prints to
// stdout and exits 0, and every usage error prints to stderr and exits 2.

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/errcodes/errcodes/analyzer"
)

const mainUsage = `errcodes checks the error codes Go handlers return against the API's
documented catalog (errcodes.yaml; see doc/config.md).

Usage:
  errcodes [flags] [packages]              check packages (standalone)
  go vet -vettool=$(which errcodes) [packages]
  errcodes <command> [arguments]

Commands:
  catalog   check, show or convert the config and catalog (lint, show, convert)
  audit     report on the whole program: codes, endpoints, coverage
  extract   write the catalog the code implies, as an errcodes.yaml
  baseline  record today's findings (baseline write), for -baseline
  lsp       serve diagnostics to an editor, over stdin and stdout
  help      print help: "errcodes help <command>", "errcodes help checks"

Exit status: 0 no findings, 1 an error, 2 a usage error, 3 findings
(with -baseline: new findings or stale entries).

Flags:
`

// hiddenFlags are flags the standalone driver accepts, as singlechecker
// does, but does not list: vet's legacy flags, which do nothing, and
// go vet's own protocol.
var hiddenFlags = map[string]bool{"all": true, "source": true, "tags": true, "v": true, "flags": true}

// printMainUsage prints errcodes' usage and the standalone driver's flags.
func printMainUsage(w io.Writer, fs *flag.FlagSet) {
	fmt.Fprint(w, mainUsage)
	out := fs.Output()
	fs.SetOutput(w)
	defer fs.SetOutput(out)
	shown := flag.NewFlagSet(fs.Name(), flag.ContinueOnError)
	shown.SetOutput(w)
	fs.VisitAll(func(f *flag.Flag) {
		if !hiddenFlags[f.Name] {
			shown.Var(f.Value, f.Name, f.Usage)
			shown.Lookup(f.Name).DefValue = f.DefValue
		}
	})
	shown.PrintDefaults()
}

// mainFlagSet returns the standalone driver's flags, for its usage.
func mainFlagSet() *flag.FlagSet {
	var f checkFlags
	fs := flag.NewFlagSet("errcodes", flag.ContinueOnError)
	f.register(fs, analyzer.Analyzer)
	return fs
}

// isHelp reports whether arg asks for help.
func isHelp(arg string) bool {
	switch arg {
	case "-h", "-help", "--help", "--h", "help":
		return true
	}
	return false
}

// helpMain runs "errcodes help [command]".
func helpMain(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		printMainUsage(stdout, mainFlagSet())
		return 0
	}
	if len(args) > 1 {
		fmt.Fprintf(stderr, "usage: errcodes help [command]\n")
		return 2
	}
	switch args[0] {
	case "catalog":
		fmt.Fprint(stdout, catalogUsage)
	case "audit":
		return auditMain([]string{"-h"})
	case "extract":
		return extractMain([]string{"-h"})
	case "baseline":
		fmt.Fprint(stdout, baselineUsage)
	case "lsp":
		fmt.Fprint(stdout, lspUsage)
	case "checks":
		fmt.Fprintln(stdout, analyzer.Analyzer.Doc)
	case "help":
		fmt.Fprintln(stdout, "usage: errcodes help [command]")
	default:
		fmt.Fprintf(stderr, "errcodes help: unknown command %q; the commands are catalog, audit, extract, baseline, lsp and checks\n", args[0])
		return 2
	}
	return 0
}

// parseFlags parses args with fs. -h prints usage to stdout: parseFlags
// returns 0 and false. A usage error prints the error and usage to
// stderr: parseFlags returns 2 and false. usage writes to its argument.
func parseFlags(fs *flag.FlagSet, args []string, usage func(w io.Writer), stdout, stderr io.Writer) (int, bool) {
	fs.SetOutput(stderr)
	fs.Usage = func() {}
	err := fs.Parse(args)
	fs.Usage = func() { usage(fs.Output()) }
	switch {
	case errors.Is(err, flag.ErrHelp):
		fs.SetOutput(stdout)
		usage(stdout)
		return 0, false
	case err != nil:
		usage(stderr)
		return 2, false
	}
	return 0, true
}

// withDefaults returns a usage that prints text, then fs's flags.
func withDefaults(fs *flag.FlagSet, text string) func(w io.Writer) {
	return func(w io.Writer) {
		fmt.Fprint(w, text)
		if hasFlags(fs) {
			fmt.Fprintln(w, "\nFlags:")
			out := fs.Output()
			fs.SetOutput(w)
			fs.PrintDefaults()
			fs.SetOutput(out)
		}
	}
}

func hasFlags(fs *flag.FlagSet) bool {
	n := 0
	fs.VisitAll(func(*flag.Flag) { n++ })
	return n > 0
}

// usageError prints msg and usage on stderr and returns 2.
func usageError(stderr io.Writer, msg, usage string) int {
	if msg != "" {
		fmt.Fprintln(stderr, strings.TrimSuffix(msg, "\n"))
	}
	fmt.Fprint(stderr, usage)
	return 2
}
