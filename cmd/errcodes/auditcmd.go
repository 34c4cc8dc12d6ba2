package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/errcodes/errcodes/audit"
	"github.com/errcodes/errcodes/catalog"
)

const auditUsage = `usage: errcodes audit [-format=text|json|markdown|sarif|html] [-o file] [-config=errcodes.yaml] [packages]

Audit loads the packages (default ./...) once and reports on the whole
program: every code returned, where, with which statuses and from which
endpoints, against the catalog; the codes the catalog documents that
nothing returns; the placeholders; and how much errcodes could resolve.
With no errcodes.yaml it audits with every framework preset and no catalog.
`

// auditMain runs "errcodes audit".
func auditMain(args []string) int {
	fs := flag.NewFlagSet("errcodes audit", flag.ContinueOnError)
	format := fs.String("format", "text", "output format: text, json, markdown, sarif or html")
	out := fs.String("o", "", "write the report to this file instead of standard output")
	config := fs.String("config", "", "the errcodes.yaml to use (default: the one nearest above the packages; packages under several are an error)")
	tests := fs.Bool("test", false, "also load test packages (findings in _test.go files are never reported)")
	if code, ok := parseFlags(fs, args, withDefaults(fs, auditUsage), os.Stdout, os.Stderr); !ok {
		return code
	}
	write, ok := auditWriters[*format]
	if !ok {
		fmt.Fprintf(os.Stderr, "errcodes audit: unknown -format %q (text, json, markdown, sarif or html)\n", *format)
		return 2
	}
	r, code := runAudit(audit.Options{Patterns: fs.Args(), Config: *config, Tests: *tests})
	if r == nil {
		return code
	}
	return writeReport(*out, func(w io.Writer, tty bool) error { return write(w, r, tty && *out == "") })
}

// auditWriters render a report; color says the output is a terminal.
var auditWriters = map[string]func(w io.Writer, r *audit.Report, color bool) error{
	"text": func(w io.Writer, r *audit.Report, color bool) error {
		return audit.WriteText(w, r, audit.TextOptions{Color: color})
	},
	"json":     func(w io.Writer, r *audit.Report, _ bool) error { return audit.WriteJSON(w, r) },
	"markdown": func(w io.Writer, r *audit.Report, _ bool) error { return audit.WriteMarkdown(w, r) },
	"sarif":    func(w io.Writer, r *audit.Report, _ bool) error { return audit.WriteSARIF(w, r) },
	"html":     func(w io.Writer, r *audit.Report, _ bool) error { return audit.WriteHTML(w, r) },
}

// runAudit runs an audit with a progress indicator on a terminal, and
// prints its error. It returns a nil report and the exit status on error.
func runAudit(opts audit.Options) (*audit.Report, int) {
	done := func() {}
	if isTerminal(os.Stderr) {
		opts.Progress, done = audit.ProgressOn(os.Stderr)
	}
	r, err := audit.Run(opts)
	done()
	if err != nil {
		fmt.Fprintf(os.Stderr, "errcodes: %v\n", err)
		return nil, 1
	}
	for _, w := range r.Warnings {
		fmt.Fprintf(os.Stderr, "warning: %s\n", w)
	}
	return r, 0
}

// writeReport writes to the file out, or to standard output when out is
// "", through a buffer.
func writeReport(out string, write func(w io.Writer, tty bool) error) int {
	var f *os.File = os.Stdout
	if out != "" {
		var err error
		if f, err = os.Create(out); err != nil {
			fmt.Fprintf(os.Stderr, "errcodes: %v\n", err)
			return 1
		}
	}
	bw := bufio.NewWriter(f)
	err := write(bw, isTerminal(f))
	if ferr := bw.Flush(); err == nil {
		err = ferr
	}
	if out != "" {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "errcodes: %v\n", err)
		return 1
	}
	return 0
}

// isTerminal reports whether f is a terminal (a character device).
func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

const extractUsage = `usage: errcodes extract [-o errcodes.yaml] [-config=errcodes.yaml] [packages]

Extract writes, as an errcodes.yaml, the catalog the code implies: every
code the packages (default ./...) return, with the statuses, messages and
endpoints they are returned with. A code returned with several statuses
gets status "?" for a human to decide; checked against the file, the same
code reports only those.
`

// extractMain runs "errcodes extract".
func extractMain(args []string) int {
	fs := flag.NewFlagSet("errcodes extract", flag.ContinueOnError)
	out := fs.String("o", "", "write the config to this file instead of standard output")
	config := fs.String("config", "", "the errcodes.yaml whose emitters and presets to use (default: the one nearest above the packages; packages under several are an error)")
	if code, ok := parseFlags(fs, args, withDefaults(fs, extractUsage), os.Stdout, os.Stderr); !ok {
		return code
	}
	wd, err := os.Getwd()
	if err != nil {
		fmt.Fprintf(os.Stderr, "errcodes: %v\n", err)
		return 1
	}
	read := *config // the config this run reads, as far as known before loading
	if read == "" {
		read = catalog.FindConfig(wd)
	}
	if *out == "" && read != "" && sameFile(os.Stdout, read) {
		fmt.Fprintf(os.Stderr, "errcodes extract: standard output is %s, the config this run reads, which the shell emptied before errcodes started (restore it, e.g. git checkout %s); write it with -o %s, which keeps its emitters and presets\n", read, catalog.ConfigName, catalog.ConfigName)
		return 1
	}
	// Writing over the config read keeps its emitters and presets
	// (WriteConfig writes them); it would lose the catalog files and
	// codes it names, which the extracted codes cannot replace. Refused
	// before the packages load when the config is known by then, after
	// when the packages turn out to be governed by it.
	if refuseOverwrite(*out, read) {
		return 1
	}
	r, code := runAudit(audit.Options{Patterns: fs.Args(), Config: *config})
	if r == nil {
		return code
	}
	if refuseOverwrite(*out, r.Config) {
		return 1
	}
	return writeReport(*out, func(w io.Writer, _ bool) error { return audit.WriteConfig(w, r) })
}

// refuseOverwrite reports, having said why, whether extract must not
// write to out because it is config and config names a catalog.
func refuseOverwrite(out, config string) bool {
	if out == "" || config == "" || !samePath(out, config) {
		return false
	}
	cfg, err := catalog.LoadConfig(config)
	if err != nil || (len(cfg.Sources) == 0 && len(cfg.Codes) == 0) {
		return false
	}
	fmt.Fprintf(os.Stderr, "errcodes extract: %s names a catalog, which extract would replace by the codes the code returns; write to another file (-o errcodes.extracted.yaml) and compare\n", config)
	return true
}

// sameFile reports whether f is the file at path.
func sameFile(f *os.File, path string) bool {
	fi, err := f.Stat()
	if err != nil || !fi.Mode().IsRegular() {
		return false
	}
	pi, err := os.Stat(path)
	return err == nil && os.SameFile(fi, pi)
}

// samePath reports whether the paths a and b name the same file.
func samePath(a, b string) bool {
	ai, err := os.Stat(a)
	if err != nil {
		return false
	}
	bi, err := os.Stat(b)
	return err == nil && os.SameFile(ai, bi)
}
